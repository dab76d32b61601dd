import type {
  CreateRelationshipTypeRequest,
  PartyKindConstraint,
  RelationshipType,
  UpdateRelationshipTypeRequest,
} from './relationship-api-types';

/** A relationship type as its form holds it: the two readings as four flat inputs. */
export interface RelationshipTypeFormValues {
  key: string;
  nameZh: string;
  nameEn: string;
  inverseNameZh?: string;
  inverseNameEn?: string;
  fromKind: PartyKindConstraint;
  toKind: PartyKindConstraint;
  symmetric: boolean;
  hasPercentage: boolean;
  hasTitle: boolean;
  hasPeriod: boolean;
}

export const NEW_RELATIONSHIP_TYPE: Partial<RelationshipTypeFormValues> = {
  fromKind: 'any',
  toKind: 'any',
  symmetric: false,
  hasPercentage: false,
  hasTitle: false,
  hasPeriod: false,
};

export function toRelationshipTypeFormValues(type: RelationshipType): RelationshipTypeFormValues {
  return {
    key: type.key,
    nameZh: type.name.zh,
    nameEn: type.name.en,
    inverseNameZh: type.symmetric ? undefined : type.inverseName.zh,
    inverseNameEn: type.symmetric ? undefined : type.inverseName.en,
    fromKind: type.fromKind,
    toKind: type.toKind,
    symmetric: type.symmetric,
    hasPercentage: type.hasPercentage,
    hasTitle: type.hasTitle,
    hasPeriod: type.hasPeriod,
  };
}

const reading = (zh: string | undefined, en: string | undefined) => ({
  zh: (zh ?? '').trim(),
  en: (en ?? '').trim(),
});

/**
 * The create request. A symmetric type reads the same both ways, so it has no inverse
 * reading and both ends take the same kind.
 */
export function toCreateRelationshipType(
  values: RelationshipTypeFormValues,
): CreateRelationshipTypeRequest {
  return {
    key: values.key.trim(),
    name: reading(values.nameZh, values.nameEn),
    ...(values.symmetric
      ? {}
      : { inverseName: reading(values.inverseNameZh, values.inverseNameEn) }),
    fromKind: values.fromKind,
    toKind: values.symmetric ? values.fromKind : values.toKind,
    symmetric: values.symmetric,
    hasPercentage: values.hasPercentage,
    hasTitle: values.hasTitle,
    hasPeriod: values.hasPeriod,
  };
}

/** The rename request: only the readings can change once customers may use the type. */
export function toUpdateRelationshipType(
  type: Pick<RelationshipType, 'symmetric'>,
  values: Pick<RelationshipTypeFormValues, 'nameZh' | 'nameEn' | 'inverseNameZh' | 'inverseNameEn'>,
): UpdateRelationshipTypeRequest {
  return {
    name: reading(values.nameZh, values.nameEn),
    ...(type.symmetric ? {} : { inverseName: reading(values.inverseNameZh, values.inverseNameEn) }),
  };
}

/** Lower-case letters, digits and dashes, starting with a letter: the API's key rule. */
export const RELATIONSHIP_TYPE_KEY = /^[a-z][a-z0-9-]{1,59}$/;
