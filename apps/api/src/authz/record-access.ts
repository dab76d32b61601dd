import { type Action, refusalOf, type SubjectName } from '@kehu/domain';
import { ForbiddenError } from '../common/errors/app-error';
import type { AuthContext } from './auth-context';
import { readableFields } from './readable-fields';

/**
 * The record- and field-level check of a write, on the record as it is (update, delete)
 * or as it will be written (create, conversion, import), before anything is written.
 * `fields` are those the write sets. The one check every service and write path calls.
 */
export function assertCan(
  auth: AuthContext,
  action: Action,
  subject: SubjectName,
  record: object,
  fields: readonly string[] = [],
): void {
  const refusal = refusalOf(auth.ability, action, subject, record, fields);
  if (refusal?.kind === 'record') throw new ForbiddenError();
  if (refusal?.kind === 'fields')
    throw new ForbiddenError(`You may not set: ${refusal.fields.join(', ')}.`);
}

/**
 * Turns a stored record into what the caller may see of it. The field rules are tested
 * against the record itself, or — only where a caller is answered about a record they
 * wrote but may no longer read, e.g. a lead routed away on creation — against
 * `testedAs`, the record as they were allowed to write it.
 */
export type Presenter<Stored extends object, Response extends object> = (
  auth: AuthContext,
  record: Stored,
  testedAs?: object,
) => Partial<Response>;

/**
 * The response mapping of a subject joined to the readable-field filter: the only way a
 * service turns a record into a response, so none can forget the filter. Declared once
 * per subject next to its repository (`customer.presenter.ts`); a spec refuses any other
 * use of the bare mapping.
 */
export function presenterOf<Stored extends object, Response extends object>(
  subject: SubjectName,
  toResponse: (record: Stored) => Response,
): Presenter<Stored, Response> {
  return (auth, record, testedAs = record) =>
    readableFields(auth.ability, subject, { ...testedAs }, toResponse(record));
}
