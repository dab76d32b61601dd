import { type AppAbility, asSubject } from './ability';
import type { Action } from './actions';
import type { SubjectName } from './subjects';

/** Why a write is refused: the record as a whole, or some of the fields it sets. */
export type Refusal = { kind: 'record' } | { kind: 'fields'; fields: string[] };

/**
 * The record- and field-level check of one action on one record, as it is or as it
 * will be written: null when allowed, else what is refused. The API's assertCan and
 * every bulk path (imports, demo data) run this same function.
 */
export function refusalOf(
  ability: AppAbility,
  action: Action,
  subject: SubjectName,
  record: object,
  fields: readonly string[] = [],
): Refusal | null {
  const tagged = asSubject(subject, { ...record });
  if (!ability.can(action, tagged)) return { kind: 'record' };
  const denied = fields.filter((field) => !ability.can(action, tagged, field));
  return denied.length > 0 ? { kind: 'fields', fields: denied } : null;
}
