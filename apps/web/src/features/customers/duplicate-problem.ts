import { isApiProblemError } from '@kehu/contracts';
import { isOneOf } from '../../shared/enum-values';
import { DUPLICATE_MATCH_FIELDS } from './customer-options';
import type { DuplicateCandidate, DuplicateMatchField } from './customer-types';

function isCandidate(value: unknown): value is DuplicateCandidate {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.id === 'string' &&
    typeof candidate.number === 'string' &&
    typeof candidate.name === 'string' &&
    typeof candidate.blocking === 'boolean' &&
    Array.isArray(candidate.matchedOn) &&
    candidate.matchedOn.every((field) => isOneOf(DUPLICATE_MATCH_FIELDS, field))
  );
}

/** A candidate's custom field matches are strings; an answer without them has none. */
function withCustomFieldMatches(candidate: DuplicateCandidate): DuplicateCandidate {
  const keys: unknown = candidate.matchedCustomFields;
  return {
    ...candidate,
    matchedCustomFields: Array.isArray(keys)
      ? keys.filter((key): key is string => typeof key === 'string')
      : [],
  };
}

const FUZZY_FIELDS: readonly DuplicateMatchField[] = ['name', 'address'];

/** One thing a candidate matched on, as the console names it. */
export type DuplicateMatch =
  | { kind: 'same' | 'similar'; field: DuplicateMatchField }
  | { kind: 'customField'; key: string }
  /** Only a field the user may not see matched: the API counts it without naming it. */
  | { kind: 'other' };

/** What a candidate matched on: the built-in fields, then the custom fields (by key). */
export function duplicateMatches(
  candidate: Pick<DuplicateCandidate, 'matchedOn' | 'matchedCustomFields'>,
): DuplicateMatch[] {
  const matches: DuplicateMatch[] = [
    ...candidate.matchedOn.map((field) => ({
      kind: FUZZY_FIELDS.includes(field) ? ('similar' as const) : ('same' as const),
      field,
    })),
    ...candidate.matchedCustomFields.map((key) => ({ kind: 'customField' as const, key })),
  ];
  return matches.length > 0 ? matches : [{ kind: 'other' }];
}

/**
 * The similar customers a 409 answer names (`duplicates` of the problem body), or null
 * when the error is not a duplicate conflict.
 */
export function duplicatesOfConflict(error: unknown): DuplicateCandidate[] | null {
  if (!isApiProblemError(error) || error.status !== 409) return null;
  const { duplicates } = error.problem;
  if (!Array.isArray(duplicates)) return null;
  const candidates = duplicates.filter(isCandidate).map(withCustomFieldMatches);
  return candidates.length > 0 ? candidates : null;
}

/** Blocking candidates first, then by score: the ones that matter most lead. */
export function rankCandidates(candidates: readonly DuplicateCandidate[]): DuplicateCandidate[] {
  return [...candidates].sort(
    (a, b) => Number(b.blocking) - Number(a.blocking) || b.score - a.score,
  );
}
