import { kindFits } from '@kehu/domain';
import type {
  CreateRelationshipRequest,
  PartyKindConstraint,
  RelationshipGraphEdge,
  RelationshipType,
  UpdateRelationshipRequest,
} from './relationship-api-types';

/** Whether the customer on this page is where the relationship starts or where it ends. */
export type RelationshipDirection = 'outgoing' | 'incoming';

/** The details of a relationship as the form holds them. */
export interface RelationshipDetailValues {
  percentage?: number | null;
  title?: string;
  startsOn?: string;
  endsOn?: string;
}

export interface RelationshipFormValues extends RelationshipDetailValues {
  typeId: string;
  otherId: string;
  direction: RelationshipDirection;
}

type DetailFlags = Pick<RelationshipType, 'hasPercentage' | 'hasTitle' | 'hasPeriod'>;
type CustomerKind = 'company' | 'person';

/** A share as the API takes it: a decimal string with two places ("60.00"). */
export function percentageString(value: number): string {
  return value.toFixed(2);
}

/** Only the details the type has; an emptied field is sent as null (cleared). */
function detailsFor(
  type: DetailFlags,
  values: RelationshipDetailValues,
): UpdateRelationshipRequest {
  const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);
  return {
    ...(type.hasPercentage
      ? {
          percentage:
            values.percentage === undefined || values.percentage === null
              ? null
              : percentageString(values.percentage),
        }
      : {}),
    ...(type.hasTitle ? { title: text(values.title) } : {}),
    ...(type.hasPeriod ? { startsOn: values.startsOn ?? null, endsOn: values.endsOn ?? null } : {}),
  };
}

/**
 * The request that adds the relationship, and the customer it is posted to: the API adds
 * relationships from the customer in the path, so an incoming one is posted to the other
 * customer, pointing back at this one.
 */
export function toCreateRelationship(
  centreId: string,
  values: RelationshipFormValues,
  type: RelationshipType,
): { fromId: string; body: CreateRelationshipRequest } {
  const outgoing = values.direction === 'outgoing' || type.symmetric;
  const fromId = outgoing ? centreId : values.otherId;
  const toId = outgoing ? values.otherId : centreId;
  return { fromId, body: { typeId: type.id, toId, ...detailsFor(type, values) } };
}

/** The changed details of an existing relationship. */
export function toUpdateRelationship(
  type: DetailFlags,
  values: RelationshipDetailValues,
): UpdateRelationshipRequest {
  return detailsFor(type, values);
}

/** The form values of an existing relationship's details. */
export function toDetailValues(edge: RelationshipGraphEdge): RelationshipDetailValues {
  return {
    percentage: edge.percentage === null ? null : Number(edge.percentage),
    title: edge.title ?? undefined,
    startsOn: edge.startsOn ?? undefined,
    endsOn: edge.endsOn ?? undefined,
  };
}

/**
 * Whether this customer can be the given end of the type (a person cannot be the
 * company end of employment), so the form offers only types that can work.
 */
export function typeFitsCentre(
  type: Pick<RelationshipType, 'fromKind' | 'toKind' | 'symmetric'>,
  centreKind: CustomerKind,
  direction: RelationshipDirection,
): boolean {
  const end = direction === 'outgoing' || type.symmetric ? type.fromKind : type.toKind;
  return kindFits(end, centreKind);
}

/** The kind the other customer must be, for filtering the search; null when any kind fits. */
export function otherKindFor(
  type: Pick<RelationshipType, 'fromKind' | 'toKind' | 'symmetric'>,
  direction: RelationshipDirection,
): CustomerKind | null {
  const end: PartyKindConstraint =
    direction === 'outgoing' || type.symmetric ? type.toKind : type.fromKind;
  return end === 'any' ? null : end;
}
