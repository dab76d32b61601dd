import {
  DEFAULT_DUPLICATE_RULES,
  DEFAULT_FUZZY_THRESHOLDS,
  DUPLICATE_FIELDS,
  type DuplicateField,
  type DuplicateRule,
  type FuzzyDuplicateField,
} from './duplicate-rules';
import { similarityOfTrigrams, trigramSimilarity, trigramsOf } from './trigram-similarity';

export type CustomerKind = 'company' | 'person';

/** A customer's normalized comparison keys, as `customerKeys()` computes and the API stores. */
export type CustomerKeys = {
  kind: CustomerKind;
  /** A company's name without region and legal form (`华腾科技`), a person's name; what is stored and searched. */
  nameKey: string;
  /** The regions a company's name carried (`['上海']`); none when left out. */
  nameRegions?: readonly string[];
  phones: readonly string[];
  emails: readonly string[];
  taxId: string | null;
  addressKeys: readonly string[];
  /** Comparison keys of custom field values, by field key (`customFieldDuplicateKeys`). */
  customFields?: Readonly<Record<string, string>>;
};

export type DuplicateMatch = {
  /** The fields that matched, in the order of `DUPLICATE_FIELDS`. */
  matchedOn: DuplicateField[];
  /** The best matched field's score, 0..1: 1 for an exact field, the similarity for a fuzzy one. */
  score: number;
  /** Some matched field's rule is `block`: the draft must not be saved. */
  blocking: boolean;
};

/**
 * How a draft customer duplicates an existing one under the rules, or null when it
 * does not. Exact fields match when the two share any normalized value; fuzzy fields
 * when their trigram similarity reaches the rule's threshold (for addresses, the most
 * similar pair; for company names, regions aside unless they differ). Names are compared only between customers of the same kind: a person
 * named like a company is not its duplicate. Fields without a rule, or with `off`, are
 * not compared. The result does not depend on which side is the draft.
 */
export function scoreDuplicate(
  draft: CustomerKeys,
  candidate: CustomerKeys,
  rules: readonly DuplicateRule[] = DEFAULT_DUPLICATE_RULES,
): DuplicateMatch | null {
  const matchedOn: DuplicateField[] = [];
  let score = 0;
  let blocking = false;
  for (const field of DUPLICATE_FIELDS) {
    const rule = rules.find((r) => r.field === field);
    if (!rule || rule.mode === 'off') continue;
    const fieldScore = scoreField(field, draft, candidate, rule);
    if (fieldScore === null) continue;
    matchedOn.push(field);
    score = Math.max(score, fieldScore);
    blocking ||= rule.mode === 'block';
  }
  return matchedOn.length === 0 ? null : { matchedOn, score, blocking };
}

/** Blocking matches first, then by score, then by how many fields matched; stable otherwise. */
export function rankDuplicateMatches<T extends DuplicateMatch>(matches: readonly T[]): T[] {
  return [...matches].sort(
    (a, b) =>
      Number(b.blocking) - Number(a.blocking) ||
      b.score - a.score ||
      b.matchedOn.length - a.matchedOn.length,
  );
}

const EXACT_FIELDS: readonly DuplicateField[] = ['phone', 'email', 'taxId'];

/**
 * Leaves out namesakes a person draft does not need to see. A person's name is weak
 * evidence on its own: among a million customers a common name such as 王伟 belongs to
 * hundreds of people. So once a person draft matches someone on a phone, an email or a
 * tax id, candidates that share nothing but a similar name are dropped; without such a
 * match they stay, as the only hint there is. Company names are distinctive and always
 * count.
 */
export function withoutNamesakes<T extends DuplicateMatch>(
  draftKind: CustomerKind,
  matches: readonly T[],
): T[] {
  const onAKey = (match: T) => match.matchedOn.some((field) => EXACT_FIELDS.includes(field));
  if (draftKind !== 'person' || !matches.some(onAKey)) return [...matches];
  return matches.filter((match) => match.matchedOn.some((field) => field !== 'name'));
}

/** The field's score when it matches, null when it does not. */
function scoreField(
  field: DuplicateField,
  draft: CustomerKeys,
  candidate: CustomerKeys,
  rule: DuplicateRule,
): number | null {
  switch (field) {
    case 'phone':
      return sharesAny(draft.phones, candidate.phones) ? 1 : null;
    case 'email':
      return sharesAny(draft.emails, candidate.emails) ? 1 : null;
    case 'taxId':
      return draft.taxId !== null && draft.taxId === candidate.taxId ? 1 : null;
    case 'name':
      if (draft.kind !== candidate.kind) return null;
      return atThreshold(nameSimilarity(draft, candidate), field, rule);
    case 'address':
      return atThreshold(bestPairSimilarity(draft.addressKeys, candidate.addressKeys), field, rule);
  }
}

/**
 * How alike two names are. A company's region does not count while the two names agree
 * on it or one leaves it out (`上海华腾科技`, `华腾科技（上海）` and `华腾科技` are one
 * company); names of different regions are compared with their regions in front, so
 * `上海华腾科技` and `北京华腾科技` stay as far apart as their full names are.
 */
function nameSimilarity(draft: CustomerKeys, candidate: CustomerKeys): number {
  const a = draft.nameRegions ?? [];
  const b = candidate.nameRegions ?? [];
  if (a.length === 0 || b.length === 0 || a.some((region) => b.includes(region))) {
    return trigramSimilarity(draft.nameKey, candidate.nameKey);
  }
  return trigramSimilarity(a.join('') + draft.nameKey, b.join('') + candidate.nameKey);
}

function atThreshold(
  similarity: number,
  field: FuzzyDuplicateField,
  rule: DuplicateRule,
): number | null {
  const threshold = rule.threshold ?? DEFAULT_FUZZY_THRESHOLDS[field];
  return similarity > 0 && similarity >= threshold ? similarity : null;
}

function sharesAny(a: readonly string[], b: readonly string[]): boolean {
  return a.some((value) => b.includes(value));
}

function bestPairSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const trigramsOfB = b.map(trigramsOf);
  let best = 0;
  for (const keyOfA of a) {
    const trigramsOfA = trigramsOf(keyOfA);
    for (const trigrams of trigramsOfB) {
      best = Math.max(best, similarityOfTrigrams(trigramsOfA, trigrams));
    }
  }
  return best;
}
