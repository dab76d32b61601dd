import { classifyPhone } from '../customers/normalize-phone';
import { normalizeEmail } from '../customers/normalize-email';
import type {
  CustomFieldRules,
  CustomFieldType,
  CustomFieldValue,
} from './custom-field-definition';

/** Why a value was refused: the console picks its message by the code. */
export type CustomFieldProblemCode =
  'unknown' | 'required' | 'type' | 'too-long' | 'format' | 'option' | 'inactive-option' | 'range';

export interface CustomFieldProblem {
  /** The field's key; `''` when the whole object is wrong. */
  key: string;
  code: CustomFieldProblemCode;
  /** English, `customFields.<key> …`, as the API's field errors are written. */
  message: string;
}

export type NormalizedValue =
  | { ok: true; value: CustomFieldValue | null }
  | { ok: false; code: CustomFieldProblemCode; message: string };

export const TEXT_MAX_LENGTH = 500;
export const LONG_TEXT_MAX_LENGTH = 10_000;
const URL_MAX_LENGTH = 2_000;
const EMAIL_MAX_LENGTH = 254;

/** Up to 16 integer digits and 2 decimals: what numeric(18,2) holds. */
const MONEY = /^-?\d{1,16}(?:\.\d{1,2})?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** NUL, and surrogates without their other half: PostgreSQL stores neither. */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const WHITESPACE = /\s/;

const ok = (value: CustomFieldValue | null): NormalizedValue => ({ ok: true, value });
const refuse = (code: CustomFieldProblemCode, message: string): NormalizedValue => ({
  ok: false,
  code,
  message,
});

/**
 * One value in its stored form, or why it cannot be one. `null`, an empty or blank
 * string and an empty list are no value (null). A stored value normalises to itself.
 * `previous` is the record's current value: keeping a deactivated option is allowed,
 * choosing one is not.
 */
export function normalizeCustomFieldValue(
  rules: CustomFieldRules,
  raw: unknown,
  previous: unknown = null,
): NormalizedValue {
  if (raw === null || raw === undefined) return ok(null);
  switch (rules.type) {
    case 'text':
    case 'long_text': {
      if (typeof raw !== 'string') return refuse('type', 'must be text');
      const text = raw.trim();
      if (text === '') return ok(null);
      if (UNSTORABLE.test(text))
        return refuse(
          'format',
          'contains a character that cannot be stored (NUL or an unpaired surrogate)',
        );
      const max = rules.type === 'text' ? TEXT_MAX_LENGTH : LONG_TEXT_MAX_LENGTH;
      if (text.length > max)
        return refuse('too-long', `must be shorter than or equal to ${max} characters`);
      return ok(text);
    }
    case 'number':
    case 'percent':
      if (typeof raw !== 'number' || !Number.isFinite(raw))
        return refuse('type', 'must be a number');
      // -0 is stored as 0: JSON has no negative zero.
      return inRange(rules, raw, raw === 0 ? 0 : raw);
    case 'currency': {
      const text =
        typeof raw === 'number' && Number.isFinite(raw)
          ? String(raw)
          : typeof raw === 'string'
            ? raw.trim()
            : null;
      if (text === null) return refuse('type', 'must be a decimal string');
      if (text === '') return ok(null);
      if (!MONEY.test(text)) return refuse('format', 'is not a valid decimal number.');
      return inRange(rules, Number(text), money(text));
    }
    case 'date': {
      if (typeof raw !== 'string') return refuse('type', 'must be a date (YYYY-MM-DD)');
      const text = raw.trim();
      if (text === '') return ok(null);
      return isCalendarDate(text) ? ok(text) : refuse('format', 'must be a date (YYYY-MM-DD)');
    }
    case 'datetime': {
      if (typeof raw !== 'string') return refuse('type', 'must be a valid ISO 8601 date string');
      const text = raw.trim();
      if (text === '') return ok(null);
      const instant = parseDateTime(text);
      return instant === null
        ? refuse('format', 'must be a valid ISO 8601 date string')
        : ok(instant.toISOString());
    }
    case 'boolean':
      return typeof raw === 'boolean' ? ok(raw) : refuse('type', 'must be a boolean value');
    case 'single_select': {
      if (typeof raw !== 'string') return refuse('type', 'must be an option key');
      if (raw === '') return ok(null);
      const problem = optionProblem(rules, raw, previous === raw);
      return problem ?? ok(raw);
    }
    case 'multi_select': {
      if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string'))
        return refuse('type', 'must be a list of option keys');
      const chosen = new Set(raw as string[]);
      const kept = new Set(Array.isArray(previous) ? previous : []);
      for (const key of chosen) {
        const problem = optionProblem(rules, key, kept.has(key));
        if (problem) return problem;
      }
      const ordered = rules.options.map((option) => option.key).filter((key) => chosen.has(key));
      return ok(ordered.length === 0 ? null : ordered);
    }
    case 'user': {
      if (typeof raw !== 'string') return refuse('type', 'must be a user id');
      const text = raw.trim();
      if (text === '') return ok(null);
      return UUID.test(text) ? ok(text.toLowerCase()) : refuse('format', 'must be a UUID');
    }
    case 'url': {
      if (typeof raw !== 'string') return refuse('type', 'must be text');
      const text = raw.trim();
      if (text === '') return ok(null);
      return isWebAddress(text) ? ok(text) : refuse('format', 'must be a URL address');
    }
    case 'email': {
      if (typeof raw !== 'string') return refuse('type', 'must be text');
      if (raw.trim() === '') return ok(null);
      const email = normalizeEmail(raw);
      return email !== null && email.length <= EMAIL_MAX_LENGTH
        ? ok(email)
        : refuse('format', 'is not an e-mail address');
    }
    case 'phone': {
      if (typeof raw !== 'string') return refuse('type', 'must be text');
      if (raw.trim() === '') return ok(null);
      const phone = classifyPhone(raw);
      return phone ? ok(phone.key) : refuse('format', 'is not a phone number');
    }
  }
}

function inRange(
  rules: CustomFieldRules,
  amount: number,
  value: CustomFieldValue,
): NormalizedValue {
  if (rules.min !== null && amount < rules.min)
    return refuse('range', `must not be less than ${rules.min}`);
  if (rules.max !== null && amount > rules.max)
    return refuse('range', `must not be greater than ${rules.max}`);
  return ok(value);
}

/** A decimal string with exactly two decimals, without a leading `+` or extra zeros. */
function money(text: string): string {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const digits = whole.replace(/^0+(?=\d)/, '');
  const amount = `${digits}.${fraction.padEnd(2, '0')}`;
  return negative && amount !== '0.00' ? `-${amount}` : amount;
}

function optionProblem(
  rules: CustomFieldRules,
  key: string,
  alreadyChosen: boolean,
): NormalizedValue | null {
  const option = rules.options.find((candidate) => candidate.key === key);
  if (!option) return refuse('option', `has no option "${key}"`);
  if (!option.active && !alreadyChosen)
    return refuse('inactive-option', `option "${key}" is no longer offered`);
  return null;
}

export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parseDateTime(text: string): Date | null {
  const match = DATE_TIME.exec(text);
  if (!match || !isCalendarDate(match[1])) return null;
  const [hours, minutes, seconds = '0', offsetHours = '0', offsetMinutes = '0'] = match.slice(2);
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return null;
  if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59) return null;
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

function isWebAddress(text: string): boolean {
  if (text.length > URL_MAX_LENGTH || WHITESPACE.test(text) || UNSTORABLE.test(text)) return false;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return url.hostname === 'localhost' || /\.[^.]+$/.test(url.hostname);
}

export interface CustomFieldValidation {
  /**
   * The values to write, normalised: on create every given field and the defaults of
   * those not given; on update the given fields only (null clears one).
   */
  values: Record<string, CustomFieldValue | null>;
  /** Empty when the values may be written. */
  problems: CustomFieldProblem[];
}

export interface ValidateOptions {
  mode: 'create' | 'update';
  /** The record's stored values (update): a deactivated option already chosen may stay. */
  previous?: Readonly<Record<string, unknown>>;
}

const fieldName = (key: string) => (key === '' ? 'customFields' : `customFields.${key}`);

function problem(key: string, code: CustomFieldProblemCode, what: string): CustomFieldProblem {
  return { key, code, message: `${fieldName(key)} ${what}` };
}

/**
 * The one check of a record's custom field values against the definitions of its
 * record type (live ones, for the record's kind): unknown keys, wrong types, required
 * fields missing, options not offered, numbers out of range, malformed phones, e-mail
 * addresses and URLs. Every write path (API, import, conversion, merge) calls it.
 */
export function validateCustomFieldValues(
  definitions: readonly CustomFieldRules[],
  values: unknown,
  options: ValidateOptions,
): CustomFieldValidation {
  const result: CustomFieldValidation = { values: {}, problems: [] };
  if (values === undefined || values === null) values = {};
  if (typeof values !== 'object' || Array.isArray(values)) {
    result.problems.push(problem('', 'type', 'must be an object'));
    return result;
  }
  const given = values as Record<string, unknown>;
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  for (const key of Object.keys(given)) {
    const definition = byKey.get(key);
    if (!definition) {
      result.problems.push(problem(key, 'unknown', 'is not a known field'));
      continue;
    }
    const normalized = normalizeCustomFieldValue(definition, given[key], options.previous?.[key]);
    if (!normalized.ok) result.problems.push(problem(key, normalized.code, normalized.message));
    else if (normalized.value === null && definition.required)
      result.problems.push(problem(key, 'required', 'is required'));
    else result.values[key] = normalized.value;
  }
  if (options.mode === 'create') {
    for (const definition of definitions) {
      if (Object.prototype.hasOwnProperty.call(given, definition.key)) continue;
      const fallback = normalizeCustomFieldValue(definition, definition.defaultValue);
      if (fallback.ok && fallback.value !== null) result.values[definition.key] = fallback.value;
      else if (definition.required)
        result.problems.push(problem(definition.key, 'required', 'is required'));
    }
  }
  return result;
}

const TEXT_TYPES: readonly CustomFieldType[] = ['text', 'long_text'];
const NUMBER_TYPES: readonly CustomFieldType[] = ['number', 'percent', 'currency'];
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** A stored value of `from` as it would be given for `to`, or undefined when it has no such form. */
function candidateFor(
  from: CustomFieldType,
  to: CustomFieldType,
  value: CustomFieldValue,
): unknown {
  if (from === to) return value;
  if (TEXT_TYPES.includes(to)) return Array.isArray(value) ? value.join(', ') : String(value);
  if (NUMBER_TYPES.includes(to)) {
    if (NUMBER_TYPES.includes(from)) return to === 'currency' ? String(value) : Number(value);
    if (TEXT_TYPES.includes(from) && typeof value === 'string' && DECIMAL.test(value.trim()))
      return to === 'currency' ? value.trim() : Number(value);
    return undefined;
  }
  if (from === 'date' && to === 'datetime') return `${String(value)}T00:00:00.000Z`;
  if (from === 'datetime' && to === 'date') {
    const text = String(value);
    return text.endsWith('T00:00:00.000Z') ? text.slice(0, 10) : undefined;
  }
  if (from === 'single_select' && to === 'multi_select') return [value];
  if (from === 'multi_select' && to === 'single_select')
    return Array.isArray(value) && value.length <= 1 ? (value[0] ?? null) : undefined;
  if (TEXT_TYPES.includes(from)) return value;
  return undefined;
}

/**
 * A stored value converted for a new type of its field, or `{ ok: false }` when it
 * does not convert without loss (text that is no number, a date-time that is not
 * midnight UTC, several choices for a single select …). `target` gives the new
 * options and range; without it, the old ones stay.
 */
export function convertCustomFieldValue(
  from: CustomFieldType,
  to: CustomFieldType,
  value: CustomFieldValue | null,
  target: Partial<Pick<CustomFieldRules, 'options' | 'min' | 'max'>> = {},
): NormalizedValue {
  if (value === null) return ok(null);
  const candidate = candidateFor(from, to, value);
  if (candidate === undefined) return refuse('type', `cannot be converted from ${from} to ${to}`);
  return normalizeCustomFieldValue(
    {
      key: '',
      type: to,
      required: false,
      options: target.options ?? [],
      min: target.min ?? null,
      max: target.max ?? null,
      defaultValue: null,
    },
    candidate,
    candidate,
  );
}

/** Whether a stored value of `from` survives a change of its field's type to `to`. */
export function canConvert(
  from: CustomFieldType,
  to: CustomFieldType,
  value: CustomFieldValue | null,
  target?: Partial<Pick<CustomFieldRules, 'options' | 'min' | 'max'>>,
): boolean {
  return convertCustomFieldValue(from, to, value, target).ok;
}
