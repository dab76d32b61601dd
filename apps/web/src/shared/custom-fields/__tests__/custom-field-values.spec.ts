import type { CustomFieldDefinition } from '../custom-field-types';
import {
  appliesToKind,
  customFieldChanges,
  customFieldErrorPath,
  customFieldsForCreate,
  toApiValue,
  toCustomFieldFormValues,
} from '../custom-field-values';

const field = (
  key: string,
  type: CustomFieldDefinition['type'],
  changes: Partial<CustomFieldDefinition> = {},
) => ({ key, type, defaultValue: null, readOnlyForRoles: [], ...changes }) as CustomFieldDefinition;

const FIELDS = [
  field('channel', 'single_select', { defaultValue: 'fair' }),
  field('stores', 'number'),
  field('limit', 'currency'),
  field('tags', 'multi_select'),
  field('vip', 'boolean'),
  field('locked', 'text', { readOnlyForRoles: ['sales_rep'] }),
];
const editable = (definition: CustomFieldDefinition) =>
  !definition.readOnlyForRoles.includes('sales_rep');

describe('custom field values between the form and the API', () => {
  it('send empty inputs as no value', () => {
    expect(toApiValue(field('a', 'text'), '  ')).toBeNull();
    expect(toApiValue(field('a', 'multi_select'), [])).toBeNull();
    expect(toApiValue(field('a', 'number'), null)).toBeNull();
    expect(toApiValue(field('a', 'boolean'), false)).toBe(false);
    expect(toApiValue(field('a', 'number'), 0)).toBe(0);
    expect(toApiValue(field('a', 'currency'), '12.50')).toBe('12.50');
    expect(toApiValue(field('a', 'text'), ' 华东 ')).toBe('华东');
  });

  it('start a new record from the defaults, an existing one from its values', () => {
    expect(toCustomFieldFormValues(FIELDS, null)).toMatchObject({
      channel: 'fair',
      stores: undefined,
    });
    expect(toCustomFieldFormValues(FIELDS, { limit: '500000.00', stores: 3 })).toMatchObject({
      channel: undefined,
      limit: '500000.00',
      stores: 3,
    });
  });

  it('create with the filled inputs the user may write', () => {
    expect(
      customFieldsForCreate(FIELDS, editable, {
        channel: 'fair',
        stores: 3,
        tags: [],
        vip: false,
        locked: 'x',
      }),
    ).toEqual({ channel: 'fair', stores: 3, vip: false });
    expect(customFieldsForCreate(FIELDS, editable, { tags: [] })).toBeUndefined();
  });

  it('update only what changed, clearing with null, amounts compared by value', () => {
    const stored = { channel: 'fair', stores: 3, limit: '500000.00', locked: 'keep' };
    expect(
      customFieldChanges(FIELDS, editable, stored, {
        channel: undefined,
        stores: 4,
        limit: '500000',
        tags: ['a'],
        locked: 'changed',
      }),
    ).toEqual({ channel: null, stores: 4, tags: ['a'] });
    expect(customFieldChanges(FIELDS, editable, stored, { stores: 3 })).toBeUndefined();
  });

  it('pick the fields of a kind of customer', () => {
    expect(appliesToKind({ appliesTo: 'company' }, 'person')).toBe(false);
    expect(appliesToKind({ appliesTo: 'both' }, 'person')).toBe(true);
    expect(appliesToKind({ appliesTo: 'person' }, undefined)).toBe(true);
  });

  it('put a server field error under its field’s input', () => {
    expect(customFieldErrorPath('customFields.store_count')).toEqual([
      'customFields',
      'store_count',
    ]);
    expect(customFieldErrorPath('customFields')).toBeNull();
    expect(customFieldErrorPath('name')).toBeNull();
  });
});
