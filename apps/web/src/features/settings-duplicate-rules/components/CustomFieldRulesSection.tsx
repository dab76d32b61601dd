import { DeleteOutlined, WarningOutlined } from '@ant-design/icons';
import type { DuplicateMode } from '@kehu/domain';
import {
  Button,
  Flex,
  Segmented,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDefinition } from '../../../shared/custom-fields/custom-field-types';
import { localized } from '../../../shared/custom-fields/custom-field-values';
import { useCustomFieldLabel } from '../../../shared/custom-fields/use-custom-fields';
import { useEnumLabel } from '../../../shared/i18n/enum-labels';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { ruleableCustomFields, type CustomFieldRuleRow } from '../duplicate-rule-rows';

/** A new rule warns: blocking may be refused while customers already share a value. */
const NEW_RULE_MODE: DuplicateMode = 'warn';

interface CustomFieldRulesSectionProps {
  rows: CustomFieldRuleRow[];
  /** The live customer custom fields. */
  definitions: readonly CustomFieldDefinition[];
  disabled: boolean;
  onChange: (rows: CustomFieldRuleRow[]) => void;
}

/** 自定义字段规则: block or warn when customers share a custom field's value. */
export function CustomFieldRulesSection({
  rows,
  definitions,
  disabled,
  onChange,
}: CustomFieldRulesSectionProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const enumLabel = useEnumLabel();
  const nameOf = useCustomFieldLabel('customer');
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  const ruleable = ruleableCustomFields(definitions);
  const free = ruleable.filter((definition) => !rows.some((row) => row.key === definition.key));

  const change = (key: string, mode: DuplicateMode) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, mode } : row)));

  const columns: TableColumnsType<CustomFieldRuleRow> = [
    {
      title: t('duplicateRules.field'),
      dataIndex: 'key',
      render: (_, row) => {
        const definition = byKey.get(row.key);
        return (
          <Flex vertical gap={2}>
            <Flex gap={8} align="baseline" wrap>
              <Typography.Text strong>{nameOf(row.key)}</Typography.Text>
              {definition && (
                <Tag style={{ marginInlineEnd: 0 }}>
                  {enumLabel('customFieldType', definition.type)}
                </Tag>
              )}
            </Flex>
            {!row.applies && (
              <Typography.Text type="warning" style={{ fontSize: 13 }}>
                <WarningOutlined /> {t('duplicateRules.customFieldRules.notApplied')}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    },
    {
      title: t('duplicateRules.mode'),
      dataIndex: 'mode',
      width: 260,
      render: (_, row) => (
        <Segmented<DuplicateMode>
          aria-label={`${nameOf(row.key)}: ${t('duplicateRules.mode')}`}
          value={row.mode}
          disabled={disabled || !row.applies}
          onChange={(mode) => change(row.key, mode)}
          options={(row.mode === 'off' ? ['block', 'warn', 'off'] : ['block', 'warn']).map(
            (mode) => ({
              value: mode as DuplicateMode,
              label: (
                <Typography.Text
                  type={row.mode === mode && mode === 'block' ? 'danger' : undefined}
                >
                  {t(`duplicateRules.modes.${mode as DuplicateMode}`)}
                </Typography.Text>
              ),
            }),
          )}
        />
      ),
    },
    {
      key: 'remove',
      width: 110,
      render: (_, row) =>
        disabled ? null : (
          <Button
            type="text"
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('duplicateRules.customFieldRules.removeRule', {
              field: nameOf(row.key),
            })}
            onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
          >
            {t('duplicateRules.customFieldRules.remove')}
          </Button>
        ),
    },
  ];

  return (
    <section
      aria-labelledby="custom-field-duplicate-rules"
      data-testid="custom-field-duplicate-rules"
      style={{ marginTop: 24 }}
    >
      <Typography.Title level={5} id="custom-field-duplicate-rules">
        {t('duplicateRules.customFieldRules.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('duplicateRules.customFieldRules.help')}
      </Typography.Paragraph>
      <Table<CustomFieldRuleRow>
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('duplicateRules.customFieldRules.empty') }}
        scroll={{ x: 640 }}
      />
      {!disabled && (
        <Flex gap={8} align="center" wrap style={{ marginTop: 12 }}>
          {free.length > 0 ? (
            <Select<string>
              aria-label={t('duplicateRules.customFieldRules.add')}
              placeholder={t('duplicateRules.customFieldRules.add')}
              value={null}
              showSearch={{ optionFilterProp: 'label' }}
              style={{ minWidth: 280 }}
              options={free.map((definition) => ({
                value: definition.key,
                label: localized(definition.label, language),
              }))}
              onChange={(key) => onChange([...rows, { key, mode: NEW_RULE_MODE, applies: true }])}
            />
          ) : (
            <Typography.Text type="secondary">
              {ruleable.length === 0
                ? t('duplicateRules.customFieldRules.noFields')
                : t('duplicateRules.customFieldRules.allRuled')}
            </Typography.Text>
          )}
        </Flex>
      )}
    </section>
  );
}
