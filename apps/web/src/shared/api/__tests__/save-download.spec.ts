import { fileNameFromDisposition } from '../save-download';

describe('the name of a downloaded file', () => {
  it('is the quoted file name the server gave', () => {
    expect(
      fileNameFromDisposition('attachment; filename="customers-2026-11-26.csv"', 'x.csv'),
    ).toBe('customers-2026-11-26.csv');
  });

  it('prefers the UTF-8 form, so Chinese names survive', () => {
    expect(
      fileNameFromDisposition(
        `attachment; filename="customers.xlsx"; filename*=UTF-8''%E5%AE%A2%E6%88%B7.xlsx`,
        'x.xlsx',
      ),
    ).toBe('客户.xlsx');
  });

  it('reads an unquoted name', () => {
    expect(fileNameFromDisposition('attachment; filename=list.csv', 'x.csv')).toBe('list.csv');
  });

  it('falls back when there is no usable name', () => {
    expect(fileNameFromDisposition(null, 'customers.csv')).toBe('customers.csv');
    expect(fileNameFromDisposition('attachment', 'customers.csv')).toBe('customers.csv');
    expect(fileNameFromDisposition('attachment; filename=""', 'customers.csv')).toBe(
      'customers.csv',
    );
  });
});
