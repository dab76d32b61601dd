import { isApiProblemError } from '@kehu/contracts';

/** Refusals of a relationship write that the form explains in its own words. */
export type RelationshipProblem = 'duplicate' | 'sharesExceed' | 'self' | 'wrongKind';

/**
 * Which known refusal a failed relationship write is, read from the problem body: the
 * same edge exists (409 naming it), holdings would pass 100 % (409 listing the shares),
 * a customer related to itself (400 on toId), or an end of the wrong kind (400 on typeId).
 * Null for anything else, which the generic problem text describes.
 */
export function relationshipProblemOf(error: unknown): RelationshipProblem | null {
  if (!isApiProblemError(error)) return null;
  if (error.status === 409) {
    if (typeof error.problem.relationshipId === 'string') return 'duplicate';
    if (Array.isArray(error.problem.percentages)) return 'sharesExceed';
    return null;
  }
  if (error.status !== 400) return null;
  const fields = new Set(error.fieldErrors.map((fieldError) => fieldError.field));
  if (fields.has('toId')) return 'self';
  if (fields.has('typeId')) return 'wrongKind';
  return null;
}
