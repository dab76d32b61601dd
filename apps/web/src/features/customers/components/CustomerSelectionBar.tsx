import {
  MinusCircleOutlined,
  SwapOutlined,
  TagsOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { asSubject } from '@kehu/domain';
import { App, Button, Flex, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { describeProblem } from '../../../shared/api/describe-problem';
import { AddToStaticSegmentModal } from '../../segments/components/AddToStaticSegmentModal';
import { useSegment } from '../../segments/hooks/use-segment';
import { useSegmentMutations } from '../../segments/hooks/use-segment-mutations';
import { BulkTagModal, type BulkTagMode } from '../../tags/components/BulkTagModal';

interface CustomerSelectionBarProps {
  selected: string[];
  /** The segment the list is filtered by, offering "Remove from this list" for a static one. */
  segmentId: string | undefined;
  /** Left out when the user may not reassign customers. */
  onTransfer?: () => void;
  onClear: () => void;
}

/** What can be done with the selected customers at once. */
export function CustomerSelectionBar({
  selected,
  segmentId,
  onTransfer,
  onClear,
}: CustomerSelectionBarProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const ability = useAppAbility();
  const [tagging, setTagging] = useState<BulkTagMode | null>(null);
  const [listing, setListing] = useState(false);
  const segment = useSegment(segmentId).data;
  const { removeMembers } = useSegmentMutations();
  const mayTag = ability.can('update', 'Customer') && ability.can('read', 'Tag');
  const mayList = ability.can('create', 'Segment');
  const mayRemoveFromList =
    segment?.kind === 'static' &&
    ability.can('update', asSubject('Segment', { id: segment.id, ownerId: segment.ownerId }));

  const removeFromList = async () => {
    if (!segment) return;
    try {
      const { removed } = await removeMembers.mutateAsync({
        segmentId: segment.id,
        customerIds: selected,
      });
      void message.success(t('segments.removeFromList.done', { count: removed }));
      onClear();
    } catch (error) {
      void message.error(describeProblem(t, error).message);
    }
  };

  return (
    <Flex
      align="center"
      gap={12}
      wrap
      role="region"
      aria-label={t('customers.list.selection')}
      style={{
        marginBottom: 12,
        padding: '8px 12px',
        borderRadius: token.borderRadiusLG,
        background: token.colorPrimaryBg,
      }}
    >
      <Typography.Text strong>
        {t('customers.list.selected', { count: selected.length })}
      </Typography.Text>
      {onTransfer && (
        <Button size="small" type="primary" icon={<SwapOutlined />} onClick={onTransfer}>
          {t('customers.list.transferSelected')}
        </Button>
      )}
      {mayTag && (
        <>
          <Button size="small" icon={<TagsOutlined />} onClick={() => setTagging('add')}>
            {t('tags.bulk.addSelected')}
          </Button>
          <Button size="small" icon={<MinusCircleOutlined />} onClick={() => setTagging('remove')}>
            {t('tags.bulk.removeSelected')}
          </Button>
        </>
      )}
      {mayList && (
        <Button size="small" icon={<UnorderedListOutlined />} onClick={() => setListing(true)}>
          {t('segments.addToList.button')}
        </Button>
      )}
      {mayRemoveFromList && (
        <Button
          size="small"
          danger
          loading={removeMembers.isPending}
          onClick={() => void removeFromList()}
        >
          {t('segments.removeFromList.button')}
        </Button>
      )}
      <Button size="small" type="link" onClick={onClear}>
        {t('customers.list.clearSelection')}
      </Button>
      <BulkTagModal
        target={tagging ? { mode: tagging, customerIds: selected } : null}
        onClose={() => setTagging(null)}
        onDone={onClear}
      />
      <AddToStaticSegmentModal
        customerIds={listing ? selected : null}
        onClose={() => setListing(false)}
        onDone={onClear}
      />
    </Flex>
  );
}
