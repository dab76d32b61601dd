import { InfoCircleOutlined } from '@ant-design/icons';
import { isApiProblemError } from '@kehu/contracts';
import { isFuzzyDuplicateField, type DuplicateField, type DuplicateMode } from '@kehu/domain';
import {
  Alert,
  App,
  Button,
  Flex,
  Segmented,
  Skeleton,
  Slider,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { PageHeader } from '../../../shared/components/PageHeader';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import {
  useCustomFieldLabel,
  useCustomFields,
} from '../../../shared/custom-fields/use-custom-fields';
import { CustomFieldRulesSection } from '../components/CustomFieldRulesSection';
import {
  customFieldRulesToSave,
  newlyBlocking,
  newlyBlockingCustomFields,
  sameRows,
  toCustomFieldRuleRows,
  toRuleRows,
  toRules,
  type CustomFieldRuleRow,
  type DuplicateRuleRow,
} from '../duplicate-rule-rows';
import { useDuplicateRules, useSaveDuplicateRules } from '../hooks/use-duplicate-rules';

const MODES: readonly DuplicateMode[] = ['block', 'warn', 'off'];
const MODE_COLORS: Record<DuplicateMode, string> = { block: 'red', warn: 'orange', off: 'default' };

/** Settings → Duplicate rules (查重规则): per field, refuse, warn or ignore a match. */
export function DuplicateRulesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mayUpdate = useAppAbility().can('update', 'Settings');
  const rules = useDuplicateRules();
  const save = useSaveDuplicateRules();
  const customFields = useCustomFields('customer');
  const customFieldName = useCustomFieldLabel('customer');
  const [draft, setDraft] = useState<DuplicateRuleRow[] | null>(null);
  const [customDraft, setCustomDraft] = useState<CustomFieldRuleRow[] | null>(null);
  /** The names of the fields the refused change made blocking. */
  const [conflict, setConflict] = useState<string[] | null>(null);

  if (rules.isLoading || customFields.isLoading) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (rules.error || !rules.data) {
    return <ProblemAlert error={rules.error} onRetry={() => void rules.refetch()} />;
  }

  const saved = toRuleRows(rules.data.rules);
  const rows = draft ?? saved;
  const savedCustom = toCustomFieldRuleRows(rules.data.customFieldRules, customFields.definitions);
  const customRows = customDraft ?? savedCustom;
  const customChanges = customFieldRulesToSave(savedCustom, customRows);
  const dirty = !sameRows(rows, saved) || customChanges !== undefined;
  const fieldName = (field: DuplicateField) => t(`duplicateRules.fields.${field}`);

  const change = (field: DuplicateField, patch: Partial<DuplicateRuleRow>) => {
    setConflict(null);
    setDraft(rows.map((row) => (row.field === field ? { ...row, ...patch } : row)));
  };

  const submit = async () => {
    setConflict(null);
    const blocking = [
      ...newlyBlocking(saved, rows).map(fieldName),
      ...newlyBlockingCustomFields(savedCustom, customRows).map(customFieldName),
    ];
    try {
      await save.mutateAsync({
        rules: toRules(rows),
        ...(customChanges ? { customFieldRules: customChanges } : {}),
      });
      setDraft(null);
      setCustomDraft(null);
      void message.success(t('duplicateRules.saved'));
    } catch (error) {
      // Other failures are shown by the alert above the table.
      if (isApiProblemError(error) && error.status === 409) setConflict(blocking);
    }
  };

  const columns: TableColumnsType<DuplicateRuleRow> = [
    {
      title: t('duplicateRules.field'),
      dataIndex: 'field',
      width: '34%',
      render: (_, row) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{fieldName(row.field)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t(`duplicateRules.descriptions.${row.field}`)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('duplicateRules.comparison'),
      key: 'comparison',
      width: 130,
      render: (_, row) =>
        isFuzzyDuplicateField(row.field) ? (
          <Tag color="purple">{t('duplicateRules.similarity')}</Tag>
        ) : (
          <Tag color="blue">{t('duplicateRules.exact')}</Tag>
        ),
    },
    {
      title: t('duplicateRules.mode'),
      dataIndex: 'mode',
      width: 260,
      render: (_, row) => (
        <Segmented<DuplicateMode>
          aria-label={`${fieldName(row.field)}: ${t('duplicateRules.mode')}`}
          value={row.mode}
          disabled={!mayUpdate}
          onChange={(mode) => change(row.field, { mode })}
          options={MODES.map((mode) => ({
            value: mode,
            label: (
              <Typography.Text type={row.mode === mode && mode === 'block' ? 'danger' : undefined}>
                {t(`duplicateRules.modes.${mode}`)}
              </Typography.Text>
            ),
          }))}
        />
      ),
    },
    {
      title: t('duplicateRules.threshold'),
      dataIndex: 'threshold',
      render: (_, row) =>
        row.threshold === null ? (
          <Typography.Text type="secondary">{t('duplicateRules.exactHelp')}</Typography.Text>
        ) : (
          <Flex align="center" gap={12}>
            <Slider
              aria-label={`${fieldName(row.field)}: ${t('duplicateRules.threshold')}`}
              min={0.1}
              max={1}
              step={0.05}
              value={row.threshold}
              disabled={!mayUpdate || row.mode === 'off'}
              onChange={(threshold) => change(row.field, { threshold })}
              tooltip={{ formatter: (value) => `${Math.round((value ?? 0) * 100)}%` }}
              style={{ flex: 1, minWidth: 140 }}
            />
            <Typography.Text style={{ width: 44, textAlign: 'right' }}>
              {Math.round(row.threshold * 100)}%
            </Typography.Text>
          </Flex>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('duplicateRules.title')} subtitle={t('duplicateRules.subtitle')} />
      <Alert
        type="info"
        showIcon
        icon={<InfoCircleOutlined />}
        title={t('duplicateRules.howTitle')}
        description={
          <Flex vertical gap={4}>
            <span>
              <Tag color={MODE_COLORS.block} style={{ marginInlineEnd: 8 }}>
                {t('duplicateRules.modes.block')}
              </Tag>
              {t('duplicateRules.modeHelp.block')}
            </span>
            <span>
              <Tag color={MODE_COLORS.warn} style={{ marginInlineEnd: 8 }}>
                {t('duplicateRules.modes.warn')}
              </Tag>
              {t('duplicateRules.modeHelp.warn')}
            </span>
            <span>
              <Tag style={{ marginInlineEnd: 8 }}>{t('duplicateRules.modes.off')}</Tag>
              {t('duplicateRules.modeHelp.off')}
            </span>
            <Typography.Text type="secondary">{t('duplicateRules.normalization')}</Typography.Text>
          </Flex>
        }
        style={{ marginBottom: 16 }}
      />
      {conflict && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('duplicateRules.conflictTitle')}
          description={
            conflict.length > 0
              ? t('duplicateRules.conflictBody', {
                  fields: conflict.join(t('duplicateRules.listSeparator')),
                })
              : t('duplicateRules.conflictGeneric')
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {save.error && !conflict && <ProblemAlert error={save.error} />}
      <Table<DuplicateRuleRow>
        rowKey="field"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 860 }}
      />
      {customFields.error ? (
        <Alert
          type="error"
          showIcon
          title={t('duplicateRules.customFieldRules.loadFailed')}
          style={{ marginTop: 24 }}
        />
      ) : (
        <CustomFieldRulesSection
          rows={customRows}
          definitions={customFields.definitions}
          disabled={!mayUpdate}
          onChange={(next) => {
            setConflict(null);
            setCustomDraft(next);
          }}
        />
      )}
      {mayUpdate && (
        <Flex justify="flex-end" gap={8} style={{ marginTop: 16 }}>
          <Button
            disabled={!dirty}
            onClick={() => {
              setDraft(null);
              setCustomDraft(null);
            }}
          >
            {t('duplicateRules.reset')}
          </Button>
          <Button
            type="primary"
            disabled={!dirty}
            loading={save.isPending}
            onClick={() => void submit()}
          >
            {t('common.save')}
          </Button>
        </Flex>
      )}
    </>
  );
}
