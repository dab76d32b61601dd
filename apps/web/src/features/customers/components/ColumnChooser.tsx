import { TableOutlined } from '@ant-design/icons';
import { Button, Checkbox, Divider, Flex, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CUSTOMER_COLUMN_KEYS,
  FIXED_CUSTOMER_COLUMNS,
  normalizeColumns,
  type CustomerColumnKey,
  type CustomFieldColumn,
} from '../customer-columns';

interface ColumnChooserProps {
  columns: readonly CustomerColumnKey[];
  /** The custom fields' columns the user may add (`cf.<key>`), in form order. */
  customColumns?: ReadonlyArray<{ key: CustomFieldColumn; label: string }>;
  onChange: (columns: CustomerColumnKey[]) => void;
  /** Back to the default columns and widths. */
  onReset: () => void;
}

/** Which columns the list shows; the choice is remembered per user in this browser. */
export function ColumnChooser({
  columns,
  customColumns = [],
  onChange,
  onReset,
}: ColumnChooserProps) {
  const { t } = useTranslation();
  const content = (
    <Flex vertical style={{ width: 220 }}>
      <Checkbox.Group
        value={[...columns]}
        onChange={(keys) => {
          // Custom columns keep the order they were ticked in, after those already shown.
          const ticked = keys.map(String);
          const kept = columns.filter((key) => ticked.includes(key));
          onChange(
            normalizeColumns([
              ...kept,
              ...ticked.filter((key) => !kept.includes(key as CustomerColumnKey)),
            ]),
          );
        }}
      >
        <Flex vertical gap={6} style={{ maxHeight: 420, overflowY: 'auto' }}>
          {CUSTOMER_COLUMN_KEYS.map((key) => (
            <Checkbox key={key} value={key} disabled={FIXED_CUSTOMER_COLUMNS.includes(key)}>
              {t(`customers.fields.${key}`)}
            </Checkbox>
          ))}
          {customColumns.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12, marginTop: 4 }}>
              {t('customFields.columns.custom')}
            </Typography.Text>
          )}
          {customColumns.map((column) => (
            <Checkbox key={column.key} value={column.key}>
              {column.label}
            </Checkbox>
          ))}
        </Flex>
      </Checkbox.Group>
      <Divider style={{ margin: '10px 0' }} />
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('customers.list.columnsShown', { count: columns.length })}
        </Typography.Text>
        <Button size="small" type="link" onClick={onReset}>
          {t('customers.list.columnsReset')}
        </Button>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12, marginTop: 6 }}>
        {t('customers.list.columnsHelp')}
      </Typography.Text>
    </Flex>
  );
  return (
    <Popover
      content={content}
      trigger="click"
      placement="bottomRight"
      title={t('customers.list.columns')}
    >
      <Button icon={<TableOutlined />}>{t('customers.list.columns')}</Button>
    </Popover>
  );
}
