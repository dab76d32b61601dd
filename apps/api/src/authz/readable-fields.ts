import { permittedFieldsOf } from '@casl/ability/extra';
import { type AppAbility, asSubject, type SubjectName } from '@kehu/domain';

/**
 * Leaves out of a response the fields the caller may not read (e.g. a channel
 * partner's view of a customer has no financial fields). `record` is what the rules
 * are tested against; `response` is what is sent.
 */
export function readableFields<Response extends object>(
  ability: AppAbility,
  subject: SubjectName,
  record: Record<string, unknown>,
  response: Response,
): Partial<Response> {
  const allFields = Object.keys(response);
  const permitted = new Set(
    permittedFieldsOf(ability, 'read', asSubject(subject, record), {
      fieldsFrom: (rule) => rule.fields ?? allFields,
    }),
  );
  return Object.fromEntries(
    Object.entries(response).filter(([field]) => permitted.has(field)),
  ) as Partial<Response>;
}
