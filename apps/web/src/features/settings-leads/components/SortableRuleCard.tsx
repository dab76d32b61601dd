import { DeleteOutlined, EditOutlined, HolderOutlined } from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssignmentRuleDraft } from '../assignment-rule-drafts';

interface SortableRuleCardProps {
  rule: AssignmentRuleDraft;
  position: number;
  ownerName: (id: string | null) => string;
  teamName: (id: string) => string;
  editable: boolean;
  onEdit: () => void;
  onRemove: () => void;
}

/** One rule in the ordered list: a drag handle, its conditions and whom it assigns to. */
export function SortableRuleCard(props: SortableRuleCardProps) {
  const { rule, editable } = props;
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } =
    useSortable({ id: rule.key, disabled: !editable });
  const { regions, productInterests, sources, minScore, maxScore } = rule.conditions;
  const conditions = [
    ...(regions ?? []),
    ...(productInterests ?? []),
    ...(sources ?? []).map((source) => t(`leads.sources.${source}`)),
    ...(minScore !== undefined || maxScore !== undefined
      ? [t('leadSettings.rules.scoreRange', { min: minScore ?? 0, max: maxScore ?? 100 })]
      : []),
  ];
  const target =
    rule.strategy === 'user'
      ? t('leadSettings.rules.toUser', { name: props.ownerName(rule.userId) })
      : t('leadSettings.rules.toTeam', {
          team: rule.teamId ? props.teamName(rule.teamId) : '',
          strategy: t(`leadSettings.rules.strategies.${rule.strategy}`),
        });

  return (
    <Card
      ref={setNodeRef}
      size="small"
      data-rule={rule.name}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <Flex gap={12} align="center">
        {editable && (
          <Button
            ref={setActivatorNodeRef}
            type="text"
            icon={<HolderOutlined />}
            aria-label={t('leadSettings.rules.dragHandle', { name: rule.name })}
            style={{ cursor: 'grab' }}
            {...attributes}
            {...listeners}
          />
        )}
        <Typography.Text type="secondary">{props.position}.</Typography.Text>
        <Flex vertical gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong>{rule.name}</Typography.Text>
            {!rule.active && <Tag>{t('leadSettings.rules.inactive')}</Tag>}
            <Typography.Text>{target}</Typography.Text>
          </Flex>
          <Flex gap={4} wrap>
            {conditions.length === 0 ? (
              <Tag>{t('leadSettings.rules.anyLead')}</Tag>
            ) : (
              conditions.map((condition) => (
                <Tag key={condition} color="blue" style={{ marginInlineEnd: 0 }}>
                  {condition}
                </Tag>
              ))
            )}
          </Flex>
        </Flex>
        {editable && (
          <>
            <Button icon={<EditOutlined />} onClick={props.onEdit}>
              {t('common.edit')}
            </Button>
            <Button danger icon={<DeleteOutlined />} onClick={props.onRemove}>
              {t('leadSettings.rules.remove')}
            </Button>
          </>
        )}
      </Flex>
    </Card>
  );
}
