import { IMPORT_MAX_BYTES, importFileProblem, megabytes } from '../import-file-check';

describe('a file chosen for import', () => {
  it('may be a CSV or XLSX file, in any letter case', () => {
    expect(importFileProblem({ name: 'customers.csv', size: 10 })).toBeNull();
    expect(importFileProblem({ name: '客户.XLSX', size: 10 })).toBeNull();
  });

  it('is refused when it is another kind', () => {
    expect(importFileProblem({ name: 'customers.xls', size: 10 })).toBe('type');
    expect(importFileProblem({ name: 'customers.csv.txt', size: 10 })).toBe('type');
    expect(importFileProblem({ name: 'csv', size: 10 })).toBe('type');
  });

  it('is refused when empty', () => {
    expect(importFileProblem({ name: 'a.csv', size: 0 })).toBe('empty');
  });

  it('is refused above the limit, and accepted at it', () => {
    expect(importFileProblem({ name: 'a.csv', size: IMPORT_MAX_BYTES })).toBeNull();
    expect(importFileProblem({ name: 'a.csv', size: IMPORT_MAX_BYTES + 1 })).toBe('tooLarge');
    expect(importFileProblem({ name: 'a.csv', size: 2048 }, 1024)).toBe('tooLarge');
  });

  it('shows the limit in MB', () => {
    expect(megabytes(IMPORT_MAX_BYTES)).toBe(200);
    expect(megabytes(1536 * 1024)).toBe(1.5);
  });
});
