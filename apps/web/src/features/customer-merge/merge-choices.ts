import {
  COMPANY_ONLY_FIELDS,
  MERGED_LIST_FIELDS,
  PERSON_ONLY_FIELDS,
  mergeCustomerFields,
  normalizeEmail,
  normalizePhone,
  type MergeChoice,
} from '@kehu/domain';
import { CUSTOMER_PROFILE_FIELDS } from '../customers/customer-form-values';
import type { CustomerKind, CustomerResponse } from '../customers/customer-types';

/** The two records of a merge as the dialog shows them: the page's own and the one picked. */
export type MergeSide = 'current' | 'other';

/** Per field: one side's value, or for a list field both sides' entries joined. */
export type FieldChoice = MergeSide | 'both';

export interface MergePair {
  current: CustomerResponse;
  other: CustomerResponse;
  /** The record that stays; the other one is merged into it and redirects to it. */
  survivor: MergeSide;
}

/** The fields the merge endpoint decides between, in the order the profile shows them. */
export const MERGE_FIELDS = [
  ...CUSTOMER_PROFILE_FIELDS,
  'nextFollowUpOn',
] as const satisfies readonly (keyof CustomerResponse)[];

export type MergeField = (typeof MERGE_FIELDS)[number];

/** The fields only one kind of customer has, from the customer field catalogue. */
const KIND_FIELDS: Record<CustomerKind, readonly string[]> = {
  company: COMPANY_ONLY_FIELDS,
  person: PERSON_ONLY_FIELDS,
};

const AMOUNT_FIELDS: readonly MergeField[] = ['annualRevenue', 'creditLimit'];

export function isListField(field: MergeField): boolean {
  return (MERGED_LIST_FIELDS as readonly string[]).includes(field);
}

export function otherSide(side: MergeSide): MergeSide {
  return side === 'current' ? 'other' : 'current';
}

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** An entry as text without its primary mark; stored JSON comes back in any key order. */
function stableText(entry: object): string {
  return JSON.stringify(
    Object.entries(entry)
      .filter(([key]) => key !== 'primary')
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** What makes two list entries the same one, as the merge's union compares them. */
function entryKey(field: MergeField, entry: unknown): string {
  if (typeof entry === 'string') return entry;
  const value = (entry as { value?: string }).value;
  if (field === 'phones' && value) return normalizePhone(value) ?? value;
  if (field === 'emails' && value) return normalizeEmail(value) ?? value;
  return stableText(entry as object).toLowerCase();
}

function sameValue(field: MergeField, a: unknown, b: unknown): boolean {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    const keys = (list: unknown[]) =>
      [...new Set(list.map((entry) => entryKey(field, entry)))].sort();
    return JSON.stringify(keys(a)) === JSON.stringify(keys(b));
  }
  if (AMOUNT_FIELDS.includes(field) && Number.isFinite(Number(a)) && Number.isFinite(Number(b))) {
    return Number(a) === Number(b);
  }
  return String(a).trim() === String(b).trim();
}

/** The mergeable fields of this kind that the user can read on both records. */
export function mergeFieldsOf(current: CustomerResponse, other: CustomerResponse): MergeField[] {
  const otherKind = current.kind === 'company' ? 'person' : 'company';
  return MERGE_FIELDS.filter(
    (field) => !KIND_FIELDS[otherKind].includes(field) && field in current && field in other,
  );
}

/** The fields whose values differ: the ones the user chooses between. */
export function differingFields(current: CustomerResponse, other: CustomerResponse): MergeField[] {
  return mergeFieldsOf(current, other).filter(
    (field) => !sameValue(field, current[field], other[field]),
  );
}

function recordOf(pair: MergePair, side: MergeSide): CustomerResponse {
  return side === 'current' ? pair.current : pair.other;
}

/**
 * What the merge would do unasked: lists keep both sides' entries, other fields keep the
 * survivor's value, or the other record's where the survivor has none.
 */
export function defaultChoices(
  pair: MergePair,
  fields: readonly MergeField[],
): Record<string, FieldChoice> {
  const survivor = recordOf(pair, pair.survivor);
  return Object.fromEntries(
    fields.map((field): [string, FieldChoice] => {
      if (isListField(field)) return [field, 'both'];
      return [field, isEmpty(survivor[field]) ? otherSide(pair.survivor) : pair.survivor];
    }),
  );
}

/** The choices in the API's words: the survivor is the merge's target, the other its source. */
function apiChoices(
  pair: MergePair,
  choices: Readonly<Record<string, FieldChoice>>,
): Record<string, MergeChoice> {
  const fields: Record<string, MergeChoice> = {};
  for (const [field, choice] of Object.entries(choices)) {
    if (choice === 'both') continue;
    fields[field] = choice === pair.survivor ? 'target' : 'source';
  }
  return fields;
}

export interface MergeRequest {
  /** The survivor, whose merge endpoint is called with its version as If-Match. */
  targetId: string;
  targetVersion: number;
  body: { sourceId: string; fields?: Record<string, MergeChoice> };
}

/** The merge call for these choices; every chosen side is sent, so nothing is left to defaults. */
export function toMergeRequest(
  pair: MergePair,
  choices: Readonly<Record<string, FieldChoice>>,
): MergeRequest {
  const target = recordOf(pair, pair.survivor);
  const source = recordOf(pair, otherSide(pair.survivor));
  const fields = apiChoices(pair, choices);
  return {
    targetId: target.id,
    targetVersion: target.version,
    body: {
      sourceId: source.id,
      ...(Object.keys(fields).length > 0 ? { fields } : {}),
    },
  };
}

/** The survivor's values after the merge, computed by the same rule the API applies. */
export function mergedValues(
  pair: MergePair,
  choices: Readonly<Record<string, FieldChoice>>,
  fields: readonly MergeField[],
): Partial<Record<MergeField, unknown>> {
  const target = recordOf(pair, pair.survivor);
  const source = recordOf(pair, otherSide(pair.survivor));
  return mergeCustomerFields({ ...target }, { ...source }, fields, apiChoices(pair, choices));
}
