import { TableOutlined } from '@ant-design/icons';
import { Button, Checkbox, Divider, Flex, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CUSTOMER_COLUMN_KEYS,
  FIXED_CUSTOMER_COLUMNS,
  normalizeColumns,
  type CustomerColumnKey,
} from '../customer-columns';

interface ColumnChooserProps {
  columns: readonly CustomerColumnKey[];
  onChange: (columns: CustomerColumnKey[]) => void;
  /** Back to the default columns and widths. */
  onReset: () => void;
}

/** Which columns the list shows; the choice is remembered per user in this browser. */
export function ColumnChooser({ columns, onChange, onReset }: ColumnChooserProps) {
  const { t } = useTranslation();
  const content = (
    <Flex vertical style={{ width: 220 }}>
      <Checkbox.Group
        value={[...columns]}
        onChange={(keys) => onChange(normalizeColumns(keys.map(String)))}
      >
        <Flex vertical gap={6}>
          {CUSTOMER_COLUMN_KEYS.map((key) => (
            <Checkbox key={key} value={key} disabled={FIXED_CUSTOMER_COLUMNS.includes(key)}>
              {t(`customers.fields.${key}`)}
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
