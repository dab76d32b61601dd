import { TableOutlined } from '@ant-design/icons';
import { Button, Checkbox, Divider, Flex, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ChoosableColumn {
  key: string;
  label: string;
  /** Always shown (the column that opens the record). */
  fixed?: boolean;
}

interface ListColumnChooserProps {
  /** The list's own columns, in display order. */
  builtIn: readonly ChoosableColumn[];
  /** The custom fields' columns (`cf.<key>`), in form order. */
  custom: readonly ChoosableColumn[];
  value: readonly string[];
  onChange: (columns: string[]) => void;
  onReset: () => void;
  /** What the choice keeps (and where); a general note unless told. */
  help?: string;
}

/**
 * The columns a list shows: its own in their order, then the custom fields' in the order
 * they were ticked. The fixed ones cannot be unticked.
 */
export function orderColumns(
  builtIn: readonly ChoosableColumn[],
  previous: readonly string[],
  ticked: readonly string[],
): string[] {
  const own = builtIn
    .filter((column) => column.fixed || ticked.includes(column.key))
    .map((column) => column.key);
  const ownKeys = new Set(builtIn.map((column) => column.key));
  const custom = ticked.filter((key) => !ownKeys.has(key));
  const kept = previous.filter((key) => custom.includes(key));
  return [...own, ...kept, ...custom.filter((key) => !kept.includes(key))];
}

/** Which columns a list shows, built-in and custom; the choice is kept for the user. */
export function ListColumnChooser({
  builtIn,
  custom,
  value,
  onChange,
  onReset,
  help,
}: ListColumnChooserProps) {
  const { t } = useTranslation();
  const known = new Set([...builtIn, ...custom].map((column) => column.key));
  const shown = value.filter((key) => known.has(key));
  const checkbox = (column: ChoosableColumn) => (
    <Checkbox key={column.key} value={column.key} disabled={column.fixed}>
      {column.label}
    </Checkbox>
  );
  const content = (
    <Flex vertical style={{ width: 220 }}>
      <Checkbox.Group
        value={shown}
        onChange={(keys) => onChange(orderColumns(builtIn, value, keys.map(String)))}
      >
        <Flex vertical gap={6} style={{ maxHeight: 420, overflowY: 'auto' }}>
          {builtIn.map(checkbox)}
          {custom.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12, marginTop: 4 }}>
              {t('customFields.columns.custom')}
            </Typography.Text>
          )}
          {custom.map(checkbox)}
        </Flex>
      </Checkbox.Group>
      <Divider style={{ margin: '10px 0' }} />
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('customFields.columns.shown', { count: shown.length })}
        </Typography.Text>
        <Button size="small" type="link" onClick={onReset}>
          {t('customFields.columns.reset')}
        </Button>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12, marginTop: 6 }}>
        {help ?? t('customFields.columns.help')}
      </Typography.Text>
    </Flex>
  );
  return (
    <Popover
      content={content}
      trigger="click"
      placement="bottomRight"
      title={t('customFields.columns.button')}
    >
      <Button icon={<TableOutlined />}>{t('customFields.columns.button')}</Button>
    </Popover>
  );
}
