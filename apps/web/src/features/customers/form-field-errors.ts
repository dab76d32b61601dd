import type { ProblemFieldError } from '@kehu/contracts';

/** A path into a form's values, e.g. `['phones', 0, 'value']`. */
export type FormFieldPath = (string | number)[];

export interface FormFieldErrors {
  /** Errors per input, e.g. `phones.0.value` → `['phones', 0, 'value']`. */
  fields: Array<{ name: FormFieldPath; errors: string[] }>;
  /** Errors no input of the form stands for; shown above the form. */
  unmatched: ProblemFieldError[];
}

function toPath(field: string): FormFieldPath {
  return field
    .split(/[.[\]]+/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Places the field errors of a 400 under the inputs they name, including the inputs of a
 * list row (`phones[1].value`), and returns the rest.
 */
export function toFormFieldErrors(
  fieldErrors: readonly ProblemFieldError[],
  formFields: readonly string[],
): FormFieldErrors {
  const byPath = new Map<string, { name: FormFieldPath; errors: string[] }>();
  const unmatched: ProblemFieldError[] = [];
  for (const error of fieldErrors) {
    const name = toPath(error.field);
    if (name.length === 0 || !formFields.includes(String(name[0]))) {
      unmatched.push(error);
      continue;
    }
    const key = name.join('.');
    const entry = byPath.get(key) ?? { name, errors: [] };
    entry.errors.push(error.message);
    byPath.set(key, entry);
  }
  return { fields: [...byPath.values()], unmatched };
}
