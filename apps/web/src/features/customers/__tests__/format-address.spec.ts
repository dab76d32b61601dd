import { formatAddress, primaryOf } from '../format-address';

describe('an address on one line', () => {
  it('is written largest part first in Chinese, a city named like its province once', () => {
    expect(
      formatAddress({
        type: 'office',
        country: '中国',
        province: '北京市',
        city: '北京市',
        district: '朝阳区',
        street: '科技路 605 号',
        postalCode: '100020',
      }),
    ).toBe('北京市朝阳区科技路 605 号 100020');
  });

  it('is written street first with commas in Latin script', () => {
    expect(
      formatAddress({
        type: 'office',
        country: 'Germany',
        city: 'Berlin',
        street: 'Friedrichstraße 100',
        postalCode: '10117',
      }),
    ).toBe('Friedrichstraße 100, Berlin, 10117, Germany');
  });

  it('is empty when nothing was given', () => {
    expect(formatAddress({ type: 'home' })).toBe('');
  });
});

describe('the primary entry', () => {
  it('is the one marked, or else the first', () => {
    const marked: Array<{ id: number; primary?: boolean }> = [{ id: 1 }, { id: 2, primary: true }];
    const unmarked: Array<{ id: number; primary?: boolean }> = [{ id: 1 }, { id: 2 }];
    expect(primaryOf(marked)).toEqual({ id: 2, primary: true });
    expect(primaryOf(unmarked)).toEqual({ id: 1 });
    expect(primaryOf([])).toBeUndefined();
  });
});
