import {
  DEFAULT_CUSTOMER_COLUMNS,
  normalizeColumns,
  readCustomerColumns,
  readCustomerColumnWidths,
  writeCustomerColumns,
  writeCustomerColumnWidths,
} from '../customer-columns';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, next: string) => {
      values.set(key, next);
    },
  };
}

describe('the chosen list columns', () => {
  it('are the defaults until the user chooses', () => {
    expect(readCustomerColumns(memoryStorage(), 'u1')).toEqual(DEFAULT_CUSTOMER_COLUMNS);
    for (const stored of ['not json', '["nonsense"]']) {
      const storage = memoryStorage({ 'kehu.customers.columns.u1': stored });
      expect(readCustomerColumns(storage, 'u1')).toEqual(DEFAULT_CUSTOMER_COLUMNS);
    }
  });

  it('are remembered per user in display order, always with the name', () => {
    const storage = memoryStorage();
    writeCustomerColumns(storage, 'u1', ['updatedAt', 'number']);
    expect(readCustomerColumns(storage, 'u1')).toEqual(['number', 'name', 'updatedAt']);
    expect(readCustomerColumns(storage, 'u2')).toEqual(DEFAULT_CUSTOMER_COLUMNS);
  });

  it('start from a choice kept before choices were per user', () => {
    const storage = memoryStorage({ 'kehu.customers.columns': '["email"]' });
    expect(readCustomerColumns(storage, 'u1')).toEqual(['name', 'email']);
  });

  it('drop columns that no longer exist', () => {
    expect(normalizeColumns(['tier', 'favouriteColour'])).toEqual(['name', 'tier']);
  });
});

describe('the default columns', () => {
  it('are what a sales person needs, tags compact after the tier', () => {
    expect(DEFAULT_CUSTOMER_COLUMNS).toEqual([
      'number',
      'name',
      'tier',
      'tags',
      'owner',
      'phone',
      'region',
      'lastInteractionAt',
      'nextFollowUpOn',
    ]);
  });
});

describe('the column widths', () => {
  it('are remembered per user, clamped, with foreign entries dropped', () => {
    const storage = memoryStorage();
    writeCustomerColumnWidths(storage, 'u1', { name: 260, phone: 20 });
    expect(readCustomerColumnWidths(storage, 'u1')).toEqual({ name: 260, phone: 56 });
    expect(readCustomerColumnWidths(storage, 'u2')).toEqual({});
    const odd = memoryStorage({
      'kehu.customers.columnWidths.u1': '{"name":"wide","colour":120,"region":9999}',
    });
    expect(readCustomerColumnWidths(odd, 'u1')).toEqual({ region: 640 });
  });
});
