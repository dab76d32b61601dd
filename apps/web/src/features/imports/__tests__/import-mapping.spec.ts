import { customFieldEditableBy } from '@kehu/domain';
import { customFieldDefinition } from '../../../shared/custom-fields/__tests__/custom-field-fixtures';
import {
  importCustomFieldChoices,
  initialMapping,
  mappedColumnCount,
  mappingProblems,
  withCustomFields,
} from '../import-mapping';
import { IMPORT_TARGETS } from '../import-targets';

const customers = IMPORT_TARGETS.customers;
const leads = IMPORT_TARGETS.leads;

describe('an import mapping', () => {
  it('can start when a column fills the name and no field is chosen twice', () => {
    expect(mappingProblems(['name', 'phone', null, 'email', null], customers)).toEqual([]);
  });

  it('needs a column for the name', () => {
    expect(mappingProblems(['phone', null], customers)).toEqual([
      { kind: 'missing', field: 'name' },
    ]);
    expect(mappingProblems([], customers)).toEqual([{ kind: 'missing', field: 'name' }]);
  });

  it('needs every field the target requires', () => {
    const set = { fields: customers.fields, required: customers.fields.slice(0, 2) };
    expect(mappingProblems([customers.fields[1]], set)).toEqual([
      { kind: 'missing', field: customers.fields[0] },
    ]);
  });

  it('names a field two columns fill, with both columns', () => {
    expect(mappingProblems(['name', 'phone', 'email', 'phone'], customers)).toEqual([
      { kind: 'repeated', field: 'phone', columns: [1, 3] },
    ]);
  });

  it('reports a missing name and a repeated field together', () => {
    expect(mappingProblems(['city', 'city'], customers)).toEqual([
      { kind: 'missing', field: 'name' },
      { kind: 'repeated', field: 'city', columns: [0, 1] },
    ]);
  });

  it('ignores values that are not fields of the target', () => {
    expect(mappingProblems(['name', 'salary', 'salary'], customers)).toEqual([]);
    const namesOnly = { fields: customers.required, required: customers.required };
    expect(mappingProblems(['name', 'phone', 'phone'], namesOnly)).toEqual([]);
  });

  it('checks a lead import against the lead fields', () => {
    expect(mappingProblems(['name', 'company', 'owner'], leads)).toEqual([]);
    expect(mappingProblems(['company', 'owner', 'owner'], leads)).toEqual([
      { kind: 'missing', field: 'name' },
      { kind: 'repeated', field: 'owner', columns: [1, 2] },
    ]);
    expect(initialMapping(3, null, ['name', 'city', 'owner'], leads)).toEqual([
      'name',
      null,
      'owner',
    ]);
  });

  it('counts the columns that will be imported', () => {
    expect(mappedColumnCount(['name', null, 'phone', null])).toBe(2);
  });
});

describe('the mapping the wizard starts from', () => {
  it('is the suggestion, fitted to the columns', () => {
    expect(initialMapping(3, null, ['name', null, 'mobile'], customers)).toEqual([
      'name',
      null,
      'mobile',
    ]);
    expect(initialMapping(3, null, ['name'], customers)).toEqual(['name', null, null]);
  });

  it('keeps a mapping already chosen for the same columns', () => {
    expect(initialMapping(2, ['email', 'name'], ['name', 'email'], customers)).toEqual([
      'email',
      'name',
    ]);
  });

  it('falls back to the suggestion when the chosen one does not fit', () => {
    expect(initialMapping(2, ['email'], ['name', 'email'], customers)).toEqual(['name', 'email']);
  });

  it('leaves out anything that is not a field of the target', () => {
    expect(initialMapping(2, null, ['salary', 'name'], customers)).toEqual([null, 'name']);
  });
});

describe('a mapping to custom fields', () => {
  const wechat = customFieldDefinition('text', {
    key: 'wechat_id',
    label: { zh: '微信号', en: 'WeChat ID' },
  });
  const stores = customFieldDefinition('number', {
    key: 'store_count',
    label: { zh: '门店数', en: 'Stores' },
  });
  const credit = customFieldDefinition('currency', {
    key: 'credit_limit',
    label: { zh: '信用额度', en: 'Credit limit' },
    readOnlyForRoles: ['sales_rep'],
  });
  const repMay = (definition: Parameters<typeof customFieldEditableBy>[0]) =>
    customFieldEditableBy(definition, ['sales_rep']);
  const choices = importCustomFieldChoices([wechat, stores, credit], repMay, 'zh-CN');
  const withCustom = withCustomFields(
    customers,
    choices.map((choice) => choice.value),
  );

  it('offers the fields the user may write, as cf.<key> labelled in their language', () => {
    expect(choices).toEqual([
      { value: 'cf.wechat_id', label: '微信号' },
      { value: 'cf.store_count', label: '门店数' },
    ]);
    const admin = (definition: Parameters<typeof customFieldEditableBy>[0]) =>
      customFieldEditableBy(definition, ['admin']);
    expect(importCustomFieldChoices([credit], admin, 'en').map((choice) => choice.label)).toEqual([
      'Credit limit',
    ]);
  });

  it('starts from the suggested custom field, but not one the user may not write', () => {
    expect(
      initialMapping(4, null, ['name', 'cf.wechat_id', 'cf.credit_limit', 'cf.gone'], withCustom),
    ).toEqual(['name', 'cf.wechat_id', null, null]);
    // Without the custom fields (before they load), the suggestion is not kept.
    expect(initialMapping(2, null, ['name', 'cf.wechat_id'], customers)).toEqual(['name', null]);
    // A mapping chosen before a reload keeps its custom fields too.
    expect(initialMapping(2, ['cf.store_count', 'name'], [], withCustom)).toEqual([
      'cf.store_count',
      'name',
    ]);
  });

  it('names a custom field two columns fill, and still needs the name', () => {
    expect(mappingProblems(['name', 'cf.wechat_id', 'cf.store_count'], withCustom)).toEqual([]);
    expect(mappingProblems(['cf.wechat_id', 'phone', 'cf.wechat_id'], withCustom)).toEqual([
      { kind: 'missing', field: 'name' },
      { kind: 'repeated', field: 'cf.wechat_id', columns: [0, 2] },
    ]);
  });
});
