import {
  DEFAULT_CUSTOMER_COLUMNS,
  normalizeColumns,
  readCustomerColumns,
  writeCustomerColumns,
} from '../customer-columns';

function memoryStorage(initial: string | null = null) {
  let value = initial;
  return {
    getItem: () => value,
    setItem: (_key: string, next: string) => {
      value = next;
    },
  };
}

describe('the chosen list columns', () => {
  it('are the defaults until the user chooses', () => {
    expect(readCustomerColumns(memoryStorage())).toEqual(DEFAULT_CUSTOMER_COLUMNS);
    expect(readCustomerColumns(memoryStorage('not json'))).toEqual(DEFAULT_CUSTOMER_COLUMNS);
    expect(readCustomerColumns(memoryStorage('["nonsense"]'))).toEqual(DEFAULT_CUSTOMER_COLUMNS);
  });

  it('are remembered in display order, always with the name', () => {
    const storage = memoryStorage();
    writeCustomerColumns(storage, ['updatedAt', 'number']);
    expect(readCustomerColumns(storage)).toEqual(['number', 'name', 'updatedAt']);
  });

  it('drop columns that no longer exist', () => {
    expect(normalizeColumns(['tier', 'favouriteColour'])).toEqual(['name', 'tier']);
  });
});

describe('the tags column', () => {
  it('is shown by default, after the tier', () => {
    expect(DEFAULT_CUSTOMER_COLUMNS.slice(3, 5)).toEqual(['tier', 'tags']);
  });
});
