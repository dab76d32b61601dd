import { isApiProblemError } from '@kehu/contracts';
import type { FormInstance } from 'antd';
import { customFieldErrorPath } from '../custom-fields/custom-field-values';

/**
 * Shows the problem's field errors under the matching inputs of the form.
 * Returns true when every field error found its input, so no other message is needed.
 */
export function applyFieldErrors(
  form: FormInstance,
  fieldNames: readonly string[],
  error: unknown,
): boolean {
  if (!isApiProblemError(error) || error.fieldErrors.length === 0) return false;
  const byField = new Map<string, { name: string | string[]; errors: string[] }>();
  let allMatched = true;
  for (const { field, message } of error.fieldErrors) {
    // "roles.0" or "roles[0]" belong to the "roles" input; "customFields.size" to that field's.
    const name = customFieldErrorPath(field) ?? field.split(/[.[]/)[0] ?? field;
    if (!fieldNames.includes(Array.isArray(name) ? name[0] : name)) {
      allMatched = false;
      continue;
    }
    const key = String(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return allMatched;
}
