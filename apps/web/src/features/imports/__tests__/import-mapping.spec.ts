import { initialMapping, mappedColumnCount, mappingProblems } from '../import-mapping';

describe('an import mapping', () => {
  it('can start when a column fills the name and no field is chosen twice', () => {
    expect(mappingProblems(['name', 'phone', null, 'email', null])).toEqual([]);
  });

  it('needs a column for the name', () => {
    expect(mappingProblems(['phone', null])).toEqual([{ kind: 'missing', field: 'name' }]);
    expect(mappingProblems([])).toEqual([{ kind: 'missing', field: 'name' }]);
  });

  it('names a field two columns fill, with both columns', () => {
    expect(mappingProblems(['name', 'phone', 'email', 'phone'])).toEqual([
      { kind: 'repeated', field: 'phone', columns: [1, 3] },
    ]);
  });

  it('reports a missing name and a repeated field together', () => {
    expect(mappingProblems(['city', 'city'])).toEqual([
      { kind: 'missing', field: 'name' },
      { kind: 'repeated', field: 'city', columns: [0, 1] },
    ]);
  });

  it('ignores values that are not customer fields', () => {
    expect(mappingProblems(['name', 'salary', 'salary'])).toEqual([]);
  });

  it('counts the columns that will be imported', () => {
    expect(mappedColumnCount(['name', null, 'phone', null])).toBe(2);
  });
});

describe('the mapping the wizard starts from', () => {
  it('is the suggestion, fitted to the columns', () => {
    expect(initialMapping(3, null, ['name', null, 'mobile'])).toEqual(['name', null, 'mobile']);
    expect(initialMapping(3, null, ['name'])).toEqual(['name', null, null]);
  });

  it('keeps a mapping already chosen for the same columns', () => {
    expect(initialMapping(2, ['email', 'name'], ['name', 'email'])).toEqual(['email', 'name']);
  });

  it('falls back to the suggestion when the chosen one does not fit', () => {
    expect(initialMapping(2, ['email'], ['name', 'email'])).toEqual(['name', 'email']);
  });

  it('leaves out anything that is not a customer field', () => {
    expect(initialMapping(2, null, ['salary', 'name'])).toEqual([null, 'name']);
  });
});
