import { normalizeEmail } from './normalize-email';
import { normalizePhone } from './normalize-phone';
import { toHalfWidth } from './to-half-width';

/** Which record's value a merged field keeps. */
export type MergeChoice = 'target' | 'source';

type Entry = { value?: string; primary?: boolean };

/** Fields holding lists: merged as the union of both (the survivor's first, duplicates dropped). */
export const MERGED_LIST_FIELDS = ['phones', 'emails', 'addresses', 'imHandles', 'roles'] as const;

function entryKey(field: string, entry: unknown): string {
  if (typeof entry === 'string') return entry;
  const { value } = entry as Entry;
  if (field === 'phones' && value) return normalizePhone(value) ?? value;
  if (field === 'emails' && value) return normalizeEmail(value) ?? value;
  return toHalfWidth(JSON.stringify({ ...(entry as object), primary: undefined })).toLowerCase();
}

function union(field: string, target: unknown, source: unknown): unknown[] {
  const seen = new Set<string>();
  const merged: unknown[] = [];
  for (const [index, entry] of [...asList(target), ...asList(source)].entries()) {
    const key = entryKey(field, entry);
    if (seen.has(key)) continue;
    seen.add(key);
    // The survivor's primary stays primary; the source's entries join as secondary.
    merged.push(
      typeof entry === 'object' && entry !== null && index >= asList(target).length
        ? { ...entry, primary: false }
        : entry,
    );
  }
  return merged;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * The fields of the surviving customer after a merge. For each field the caller may
 * choose a side; without a choice a list field becomes the union of both and any
 * other field keeps the survivor's value, or the source's where the survivor has none.
 */
export function mergeCustomerFields(
  target: Readonly<Record<string, unknown>>,
  source: Readonly<Record<string, unknown>>,
  fields: readonly string[],
  choices: Readonly<Record<string, MergeChoice>> = {},
): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const field of fields) {
    const choice = choices[field];
    if (choice === 'source') merged[field] = source[field];
    else if (choice === 'target') merged[field] = target[field];
    else if ((MERGED_LIST_FIELDS as readonly string[]).includes(field))
      merged[field] = union(field, target[field], source[field]);
    else merged[field] = isEmpty(target[field]) ? source[field] : target[field];
  }
  return merged;
}
