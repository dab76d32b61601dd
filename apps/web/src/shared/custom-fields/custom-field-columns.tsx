import type { TableColumnsType } from 'antd';
import type { CustomFieldDefinition, CustomFieldValues } from './custom-field-types';
import { localized } from './custom-field-values';
import { CustomFieldDisplay } from './CustomFieldDisplay';
import { CF_PREFIX, customFieldSortKey } from './custom-field-filters';

type Column<TRecord> = TableColumnsType<TRecord>[number];

/** The sort order a table shows for a custom field's column under the list's sort. */
export function customFieldSortOrder(sort: string, key: string): 'ascend' | 'descend' | null {
  if (customFieldSortKey(sort) !== key) return null;
  return sort.startsWith('-') ? 'descend' : 'ascend';
}

/**
 * A list column of one custom field (`cf.<key>`): its label in the user's language, the
 * value as the record pages show it, and a server-side sort when the field is sortable.
 */
export function customFieldColumn<TRecord extends { customFields?: CustomFieldValues }>(
  definition: CustomFieldDefinition,
  language: string,
  sort: string,
): Column<TRecord> {
  return {
    title: localized(definition.label, language),
    key: `${CF_PREFIX}${definition.key}`,
    dataIndex: `${CF_PREFIX}${definition.key}`,
    ...(definition.sortable
      ? {
          sorter: true,
          sortOrder: customFieldSortOrder(sort, definition.key),
          sortDirections: ['ascend', 'descend', 'ascend'] as Array<'ascend' | 'descend'>,
        }
      : {}),
    render: (_: unknown, record: TRecord) => (
      <CustomFieldDisplay definition={definition} value={record.customFields?.[definition.key]} />
    ),
  };
}

/**
 * The list sort after a click on a column header: `cf.<key>` / `-cf.<key>` for a custom
 * field's column, or null when the column is not one.
 */
export function customFieldSortFromTable(
  field: string,
  order: 'ascend' | 'descend' | null | undefined,
): string | null {
  if (!field.startsWith(CF_PREFIX) || !order) return null;
  return `${order === 'descend' ? '-' : ''}${field}`;
}
