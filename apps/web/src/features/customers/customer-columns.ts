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

export type CustomerColumnKey = (typeof CUSTOMER_COLUMN_KEYS)[number];

export const DEFAULT_CUSTOMER_COLUMNS: readonly CustomerColumnKey[] = [
  'number',
  'name',
  'kind',
  'tier',
  'tags',
  'owner',
  'team',
  'phone',
  'region',
  'updatedAt',
];

/** The name links to the customer, so it cannot be hidden. */
export const FIXED_CUSTOMER_COLUMNS: readonly CustomerColumnKey[] = ['name'];

const STORAGE_KEY = 'kehu.customers.columns';

const isColumnKey = (value: unknown): value is CustomerColumnKey =>
  typeof value === 'string' && (CUSTOMER_COLUMN_KEYS as readonly string[]).includes(value);

/** A chosen set in display order, always with the fixed columns. */
export function normalizeColumns(keys: readonly string[]): CustomerColumnKey[] {
  return CUSTOMER_COLUMN_KEYS.filter(
    (key) => FIXED_CUSTOMER_COLUMNS.includes(key) || keys.includes(key),
  );
}

/** The user's chosen columns, or the defaults when none (or nothing readable) is stored. */
export function readCustomerColumns(storage: Pick<Storage, 'getItem'>): CustomerColumnKey[] {
  try {
    const stored: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
    if (Array.isArray(stored) && stored.some(isColumnKey)) {
      return normalizeColumns(stored.filter(isColumnKey));
    }
  } catch {
    // A hand-edited or foreign value: fall back to the defaults.
  }
  return [...DEFAULT_CUSTOMER_COLUMNS];
}

export function writeCustomerColumns(
  storage: Pick<Storage, 'setItem'>,
  keys: readonly CustomerColumnKey[],
): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(normalizeColumns(keys)));
}
