import { isApiProblemError } from '@kehu/contracts';
import { isOneOf } from '../../shared/enum-values';
import { DUPLICATE_MATCH_FIELDS } from './customer-options';
import type { DuplicateCandidate } from './customer-types';

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

/**
 * The similar customers a 409 answer names (`duplicates` of the problem body), or null
 * when the error is not a duplicate conflict.
 */
export function duplicatesOfConflict(error: unknown): DuplicateCandidate[] | null {
  if (!isApiProblemError(error) || error.status !== 409) return null;
  const { duplicates } = error.problem;
  if (!Array.isArray(duplicates)) return null;
  const candidates = duplicates.filter(isCandidate);
  return candidates.length > 0 ? candidates : null;
}

/** Blocking candidates first, then by score: the ones that matter most lead. */
export function rankCandidates(candidates: readonly DuplicateCandidate[]): DuplicateCandidate[] {
  return [...candidates].sort(
    (a, b) => Number(b.blocking) - Number(a.blocking) || b.score - a.score,
  );
}
