import {
  RELATIONSHIP_TYPE_KEY,
  toCreateRelationshipType,
  toRelationshipTypeFormValues,
  toUpdateRelationshipType,
  type RelationshipTypeFormValues,
} from '../relationship-type-form-values';
import { familyType, holdingType } from './fixtures';

const supplier: RelationshipTypeFormValues = {
  key: ' supplier-of ',
  nameZh: ' 供应商 ',
  nameEn: 'Supplies',
  inverseNameZh: '采购方',
  inverseNameEn: 'Buys from',
  fromKind: 'company',
  toKind: 'any',
  symmetric: false,
  hasPercentage: false,
  hasTitle: false,
  hasPeriod: true,
};

describe('the relationship type form as API requests', () => {
  it('creates a directed type with both readings, trimmed', () => {
    expect(toCreateRelationshipType(supplier)).toEqual({
      key: 'supplier-of',
      name: { zh: '供应商', en: 'Supplies' },
      inverseName: { zh: '采购方', en: 'Buys from' },
      fromKind: 'company',
      toKind: 'any',
      symmetric: false,
      hasPercentage: false,
      hasTitle: false,
      hasPeriod: true,
    });
  });

  it('creates a symmetric type with one reading and the same kind at both ends', () => {
    const request = toCreateRelationshipType({ ...supplier, symmetric: true });
    expect(request).not.toHaveProperty('inverseName');
    expect(request.toKind).toBe('company');
  });

  it('renames a type, without an inverse reading when it is symmetric', () => {
    expect(
      toUpdateRelationshipType(holdingType, toRelationshipTypeFormValues(holdingType)),
    ).toEqual({ name: holdingType.name, inverseName: holdingType.inverseName });
    expect(toUpdateRelationshipType(familyType, toRelationshipTypeFormValues(familyType))).toEqual({
      name: familyType.name,
    });
  });

  it('accepts the keys the API accepts', () => {
    expect(RELATIONSHIP_TYPE_KEY.test('supplier-of')).toBe(true);
    expect(RELATIONSHIP_TYPE_KEY.test('a')).toBe(false);
    expect(RELATIONSHIP_TYPE_KEY.test('Supplier')).toBe(false);
    expect(RELATIONSHIP_TYPE_KEY.test('9lives')).toBe(false);
  });
});
