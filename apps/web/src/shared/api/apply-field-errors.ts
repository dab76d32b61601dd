import { isApiProblemError } from '@kehu/contracts';
import type { FormInstance } from 'antd';

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
  const byField = new Map<string, string[]>();
  let allMatched = true;
  for (const { field, message } of error.fieldErrors) {
    // "roles.0" or "roles[0]" belong to the "roles" input.
    const name = field.split(/[.[]/)[0] ?? field;
    if (!fieldNames.includes(name)) {
      allMatched = false;
      continue;
    }
    byField.set(name, [...(byField.get(name) ?? []), message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return allMatched;
}
