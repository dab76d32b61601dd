/** The columns of the customer list, in display order. */
export const CUSTOMER_COLUMN_KEYS = [
  'number',
  'name',
  'kind',
  'tier',
  'tags',
  'roles',
  'owner',
  'team',
  'phone',
  'email',
  'industry',
  'region',
  'source',
  'lastInteractionAt',
  'nextFollowUpOn',
  'createdAt',
  'updatedAt',
] as const;

export type BuiltInCustomerColumn = (typeof CUSTOMER_COLUMN_KEYS)[number];

/** A custom field's column: `cf.<key>`. */
export type CustomFieldColumn = `cf.${string}`;

/** A column of the list: a built-in one, or a custom field's. */
export type CustomerColumnKey = BuiltInCustomerColumn | CustomFieldColumn;

const CUSTOM_FIELD_COLUMN = /^cf\.[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

export const isCustomFieldColumn = (key: string): key is CustomFieldColumn =>
  CUSTOM_FIELD_COLUMN.test(key);

/** What a sales person works from; together they fit a 1440 px screen without scrolling. */
export const DEFAULT_CUSTOMER_COLUMNS: readonly BuiltInCustomerColumn[] = [
  'number',
  'name',
  'tier',
  'tags',
  'owner',
  'phone',
  'region',
  'lastInteractionAt',
  'nextFollowUpOn',
];

/** The name links to the customer, so it cannot be hidden. */
export const FIXED_CUSTOMER_COLUMNS: readonly BuiltInCustomerColumn[] = ['name'];

/** Each signed-in user keeps their own choice in this browser. */
const columnsKey = (userId: string) => `kehu.customers.columns.${userId}`;
const widthsKey = (userId: string) => `kehu.customers.columnWidths.${userId}`;
/** Where the choice was kept for everyone before it was kept per user. */
const SHARED_COLUMNS_KEY = 'kehu.customers.columns';

export const MIN_COLUMN_WIDTH = 56;
export const MAX_COLUMN_WIDTH = 640;

/** Column widths the user dragged, by column; columns not in it keep their default width. */
export type CustomerColumnWidths = Partial<Record<CustomerColumnKey, number>>;

const isColumnKey = (value: unknown): value is CustomerColumnKey =>
  typeof value === 'string' &&
  ((CUSTOMER_COLUMN_KEYS as readonly string[]).includes(value) || isCustomFieldColumn(value));

/**
 * A chosen set in display order, always with the fixed columns: the built-in columns in
 * their order, then the custom fields' in the order chosen.
 */
export function normalizeColumns(keys: readonly string[]): CustomerColumnKey[] {
  const builtIn = CUSTOMER_COLUMN_KEYS.filter(
    (key) => FIXED_CUSTOMER_COLUMNS.includes(key) || keys.includes(key),
  );
  return [...builtIn, ...new Set(keys.filter(isCustomFieldColumn))];
}

function parseColumns(text: string | null): CustomerColumnKey[] | null {
  try {
    const stored: unknown = JSON.parse(text ?? 'null');
    if (Array.isArray(stored) && stored.some(isColumnKey)) {
      return normalizeColumns(stored.filter(isColumnKey));
    }
  } catch {
    // A hand-edited or foreign value: fall back to the defaults.
  }
  return null;
}

/** The user's chosen columns, or the defaults when none (or nothing readable) is stored. */
export function readCustomerColumns(
  storage: Pick<Storage, 'getItem'>,
  userId: string,
): CustomerColumnKey[] {
  return (
    parseColumns(storage.getItem(columnsKey(userId))) ??
    parseColumns(storage.getItem(SHARED_COLUMNS_KEY)) ?? [...DEFAULT_CUSTOMER_COLUMNS]
  );
}

export function writeCustomerColumns(
  storage: Pick<Storage, 'setItem'>,
  userId: string,
  keys: readonly CustomerColumnKey[],
): void {
  storage.setItem(columnsKey(userId), JSON.stringify(normalizeColumns(keys)));
}

/** A dragged width within sensible bounds, in whole pixels. */
export function clampColumnWidth(width: number): number {
  return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, Math.round(width)));
}

/** The widths this user dragged; unreadable or out-of-range values are dropped or clamped. */
export function readCustomerColumnWidths(
  storage: Pick<Storage, 'getItem'>,
  userId: string,
): CustomerColumnWidths {
  try {
    const stored: unknown = JSON.parse(storage.getItem(widthsKey(userId)) ?? 'null');
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
    const widths: CustomerColumnWidths = {};
    for (const [key, width] of Object.entries(stored)) {
      if (isColumnKey(key) && typeof width === 'number' && Number.isFinite(width)) {
        widths[key] = clampColumnWidth(width);
      }
    }
    return widths;
  } catch {
    return {};
  }
}

export function writeCustomerColumnWidths(
  storage: Pick<Storage, 'setItem'>,
  userId: string,
  widths: CustomerColumnWidths,
): void {
  storage.setItem(widthsKey(userId), JSON.stringify(widths));
}

/** Forgets the dragged widths (with "reset to default"). */
export function clearCustomerColumnWidths(
  storage: Pick<Storage, 'removeItem'>,
  userId: string,
): void {
  storage.removeItem(widthsKey(userId));
}
