import {
  kindFits,
  type PartyKind,
  type RelationshipTypeShape,
  type RuleViolation,
} from './relationship-type';
import { percentageInHundredths } from './percentage';

/** An edge as it would be saved: both ends resolved, optional details as given. */
export interface RelationshipDraft {
  fromId: string;
  fromKind: PartyKind;
  toId: string;
  toKind: PartyKind;
  percentage?: string | null;
  title?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
}

const present = (value: string | null | undefined): value is string =>
  value !== null && value !== undefined;

/**
 * Everything wrong with an edge for its type: a customer related to itself, ends of
 * the wrong kind, details the type does not have, a percentage outside 0–100, or a
 * period that ends before it starts. Empty when the edge may be saved.
 */
export function relationshipViolations(
  type: RelationshipTypeShape,
  draft: RelationshipDraft,
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (draft.fromId === draft.toId) {
    violations.push({ field: 'toId', message: 'toId must be another customer' });
  }
  if (!kindFits(type.fromKind, draft.fromKind)) {
    violations.push({
      field: 'typeId',
      message: `this relationship type starts at a ${type.fromKind}, not a ${draft.fromKind}`,
    });
  }
  if (!kindFits(type.toKind, draft.toKind)) {
    violations.push({
      field: 'typeId',
      message: `this relationship type ends at a ${type.toKind}, not a ${draft.toKind}`,
    });
  }
  if (present(draft.percentage)) {
    if (!type.hasPercentage) {
      violations.push({ field: 'percentage', message: 'this relationship type has no percentage' });
    } else {
      const hundredths = percentageInHundredths(draft.percentage);
      if (hundredths === null || hundredths > 10_000) {
        violations.push({
          field: 'percentage',
          message: 'percentage must be from 0 to 100 with at most two decimals',
        });
      }
    }
  }
  if (present(draft.title) && !type.hasTitle) {
    violations.push({ field: 'title', message: 'this relationship type has no title' });
  }
  if (!type.hasPeriod) {
    for (const field of ['startsOn', 'endsOn'] as const) {
      if (present(draft[field]))
        violations.push({ field, message: 'this relationship type has no period' });
    }
  } else if (present(draft.startsOn) && present(draft.endsOn) && draft.endsOn < draft.startsOn) {
    violations.push({ field: 'endsOn', message: 'endsOn must not be before startsOn' });
  }
  return violations;
}
