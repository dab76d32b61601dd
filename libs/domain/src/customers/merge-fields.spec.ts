import fc from 'fast-check';
import { mergeCustomerFields } from './merge-fields';

const FIELDS = ['name', 'industry', 'phones', 'roles', 'notes'];

describe('mergeCustomerFields', () => {
  const target = {
    name: '上海华腾科技有限公司',
    industry: null,
    phones: [{ type: 'work', value: '021-5555 0100', primary: true }],
    roles: ['customer'],
    notes: 'VIP',
  };
  const source = {
    name: '上海华腾科技股份有限公司',
    industry: '制造业',
    phones: [
      { type: 'work', value: '+86 21 5555 0100', primary: true },
      { type: 'mobile', value: '13800138000', primary: false },
    ],
    roles: ['customer', 'debtor'],
    notes: 'old note',
  };

  it('keeps the survivor’s values, fills its gaps from the source, and unions the lists', () => {
    expect(mergeCustomerFields(target, source, FIELDS)).toEqual({
      name: '上海华腾科技有限公司',
      industry: '制造业',
      phones: [
        { type: 'work', value: '021-5555 0100', primary: true },
        { type: 'mobile', value: '13800138000', primary: false },
      ],
      roles: ['customer', 'debtor'],
      notes: 'VIP',
    });
  });

  it('follows the per-field choices', () => {
    const merged = mergeCustomerFields(target, source, FIELDS, { name: 'source', roles: 'target' });
    expect(merged.name).toBe('上海华腾科技股份有限公司');
    expect(merged.roles).toEqual(['customer']);
  });

  it('merging a record with itself changes nothing', () => {
    fc.assert(
      fc.property(
        fc.record({
          name: fc.string(),
          roles: fc.uniqueArray(fc.constantFrom('customer', 'debtor', 'supplier')),
        }),
        (record) => {
          expect(mergeCustomerFields(record, record, ['name', 'roles'])).toEqual(record);
        },
      ),
    );
  });
});
