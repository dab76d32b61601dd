import type { TeamResponse } from '@kehu/contracts';
import { Col, Form, Input, InputNumber, Row, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../shared/components/FormModal';
import { OwnerSelect } from '../../../shared/owners/OwnerSelect';
import type { OwnerOption } from '../../../shared/owners/use-owner-options';
import { LEAD_SOURCES } from '../../leads/lead-options';
import type { AssignmentRuleDraft } from '../assignment-rule-drafts';
import type { AssignmentConditions, AssignmentStrategy } from '../lead-settings-types';

const STRATEGIES: readonly AssignmentStrategy[] = ['user', 'round-robin', 'least-open-leads'];

interface RuleFormValues extends Required<Pick<AssignmentConditions, 'regions'>> {
  name: string;
  active: boolean;
  productInterests: string[];
  sources: NonNullable<AssignmentConditions['sources']>;
  minScore?: number | null;
  maxScore?: number | null;
  strategy: AssignmentStrategy;
  userId?: string | null;
  teamId?: string | null;
}

const FIELDS = [
  'name',
  'active',
  'regions',
  'productInterests',
  'sources',
  'minScore',
  'maxScore',
  'strategy',
  'userId',
  'teamId',
] as const;

interface AssignmentRuleModalProps {
  /** The rule to edit, or a fresh draft to add; null: closed. */
  rule: AssignmentRuleDraft | null;
  owners: OwnerOption[];
  teams: TeamResponse[];
  onSave: (rule: AssignmentRuleDraft) => void;
  onClose: () => void;
}

/** Edits one rule's conditions and target; the list is saved as a whole on the page. */
export function AssignmentRuleModal({
  rule,
  owners,
  teams,
  onSave,
  onClose,
}: AssignmentRuleModalProps) {
  const { t } = useTranslation();
  const initial: Partial<RuleFormValues> | undefined = rule
    ? {
        name: rule.name,
        active: rule.active,
        regions: rule.conditions.regions ?? [],
        productInterests: rule.conditions.productInterests ?? [],
        sources: rule.conditions.sources ?? [],
        minScore: rule.conditions.minScore,
        maxScore: rule.conditions.maxScore,
        strategy: rule.strategy,
        userId: rule.userId,
        teamId: rule.teamId,
      }
    : undefined;

  const submit = (values: RuleFormValues) => {
    if (!rule) return Promise.resolve();
    const score = (value: number | null | undefined) =>
      typeof value === 'number' ? value : undefined;
    onSave({
      ...rule,
      name: values.name.trim(),
      active: values.active,
      conditions: {
        regions: values.regions,
        productInterests: values.productInterests,
        sources: values.sources,
        minScore: score(values.minScore),
        maxScore: score(values.maxScore),
      },
      strategy: values.strategy,
      userId: values.strategy === 'user' ? (values.userId ?? null) : null,
      teamId: values.strategy === 'user' ? null : (values.teamId ?? null),
    });
    onClose();
    return Promise.resolve();
  };

  const tagsSelect = (label: string) => (
    <Select
      mode="tags"
      open={false}
      suffixIcon={null}
      aria-label={label}
      tokenSeparators={[',', '，', '、']}
      placeholder={t('leadSettings.rules.anyValue')}
    />
  );

  return (
    <FormModal<RuleFormValues>
      open={rule !== null}
      title={rule?.name ? t('leadSettings.rules.editTitle') : t('leadSettings.rules.newTitle')}
      okText={t('common.save')}
      fieldNames={FIELDS}
      initialValues={initial}
      onSubmit={submit}
      onClose={onClose}
    >
      {(form) => (
        <>
          <Row gutter={12} align="bottom">
            <Col flex="auto">
              <Form.Item
                name="name"
                label={t('leadSettings.rules.name')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('leadSettings.rules.nameRequired'),
                  },
                ]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col>
              <Form.Item
                name="active"
                label={t('leadSettings.rules.active')}
                valuePropName="checked"
              >
                <Switch />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Paragraph type="secondary">
            {t('leadSettings.rules.conditionsHelp')}
          </Typography.Paragraph>
          <Form.Item name="regions" label={t('leadSettings.rules.regions')}>
            {tagsSelect(t('leadSettings.rules.regions'))}
          </Form.Item>
          <Form.Item name="productInterests" label={t('leadSettings.rules.productInterests')}>
            {tagsSelect(t('leadSettings.rules.productInterests'))}
          </Form.Item>
          <Form.Item name="sources" label={t('leadSettings.rules.sources')}>
            <Select
              mode="multiple"
              aria-label={t('leadSettings.rules.sources')}
              placeholder={t('leadSettings.rules.anyValue')}
              options={LEAD_SOURCES.map((value) => ({
                value,
                label: t(`leads.sources.${value}`),
              }))}
            />
          </Form.Item>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="minScore" label={t('leadSettings.rules.minScore')}>
                <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="maxScore" label={t('leadSettings.rules.maxScore')}>
                <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="strategy" label={t('leadSettings.rules.strategy')}>
            <Select
              options={STRATEGIES.map((value) => ({
                value,
                label: t(`leadSettings.rules.strategies.${value}`),
              }))}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['strategy']}>
            {() =>
              form.getFieldValue('strategy') === 'user' ? (
                <Form.Item
                  name="userId"
                  label={t('leadSettings.rules.user')}
                  rules={[{ required: true, message: t('leadSettings.rules.userRequired') }]}
                >
                  <OwnerSelect owners={owners} />
                </Form.Item>
              ) : (
                <Form.Item
                  name="teamId"
                  label={t('leadSettings.rules.team')}
                  rules={[{ required: true, message: t('leadSettings.rules.teamRequired') }]}
                >
                  <Select options={teams.map((team) => ({ value: team.id, label: team.name }))} />
                </Form.Item>
              )
            }
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
