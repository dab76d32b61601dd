import { zoneOffsetAt } from '../calendar/zone-offset';
import { headerKey } from '../imports/suggest-mapping';
import { CUSTOM_FIELD_PARAMETER_PREFIX } from './custom-field-filters';
import type {
  CustomFieldOption,
  CustomFieldRules,
  CustomFieldValue,
  LocalizedText,
} from './custom-field-definition';

/**
 * Custom field values in spreadsheet cells: how an export writes a stored value for
 * people to read, and how an import reads a cell back (what the export wrote, and what
 * people type in China). A value written by {@link formatCustomFieldCell} reads back by
 * {@link parseCustomFieldCell} as the same value, so an exported file re-imports
 * unchanged. A read cell is then checked by validateCustomFieldValues like any API input.
 */

/** The language a sheet is written in (the export's language). */
export type CellLanguage = 'zh-CN' | 'en';

/** What formatting and parsing need of a definition besides its rules. */
export type CustomFieldCellRules = Pick<CustomFieldRules, 'key' | 'type' | 'options'>;

export interface CellFormat {
  language: CellLanguage;
  /** The IANA zone date-times are shown in; UTC when absent. */
  timeZone?: string;
  /** A user's e-mail address by id (user fields); the id is written when it answers none. */
  userEmail?: (id: string) => string | undefined;
}

export type ParsedCell =
  | {
      ok: true;
      /** The value as the API takes it; undefined for an empty cell (nothing given). */
      value: unknown;
    }
  | { ok: false; reason: string };

/** The offset of date-times written without one: China time. */
const DEFAULT_OFFSET = '+08:00';
const BOOLEAN_WORDS: Record<string, boolean> = {
  是: true,
  否: false,
  true: true,
  false: false,
  '1': true,
  '0': false,
  y: true,
  n: false,
  yes: true,
  no: false,
  对: true,
  错: false,
  真: true,
  假: false,
};
const BOOLEAN_LABELS: Record<CellLanguage, { yes: string; no: string }> = {
  'zh-CN': { yes: '是', no: '否' },
  en: { yes: 'Yes', no: 'No' },
};
/** How a multi-select's choices are joined in a cell; any of 、 ， , ; ； | splits one. */
const LIST_SEPARATOR: Record<CellLanguage, string> = { 'zh-CN': '、', en: ', ' };
const LIST_SPLIT = /[、，,;；|]/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DATE_PARTS =
  /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?)/;
const TIME_PARTS =
  /^(?:T|\s+)(\d{1,2})[:：](\d{2})(?:[:：](\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
/** Excel's day 0 (1899-12-30, as Excel counts with its 1900 leap-year bug). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
/** The serial numbers of 1900-03-01 … 9999-12-31: what a date cell read as a number holds. */
const EXCEL_SERIAL = /^\d{2,7}(?:\.\d+)?$/;
const MAX_EXCEL_SERIAL = 2_958_465;

/** An apostrophe an export put before text a spreadsheet would take as a formula. */
function withoutFormulaGuard(text: string): string {
  return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

const pad = (value: number | string, length = 2) => String(value).padStart(length, '0');

/**
 * A cell as the typed value the API takes for the field, or why it is none. Select
 * options by key or by zh / en label; multi-select choices split at 、 ， , ; ； |;
 * booleans 是/否, true/false, 1/0, Y/N, yes/no; dates 2026-12-07, 2026/12/7,
 * 2026.12.7, 2026年12月7日 or an Excel serial number; date-times the same with a time
 * (and an offset or Z; without one, China time); numbers with full-width digits and
 * thousands separators; percent with or without %; currency with ¥, ￥, CNY or RMB;
 * users by e-mail (`userId` answers the id of an e-mail, null for none) or id.
 */
export function parseCustomFieldCell(
  rules: CustomFieldCellRules,
  cell: string,
  userId: (email: string) => string | null = () => null,
): ParsedCell {
  const raw = withoutFormulaGuard(cell.trim());
  if (raw.trim() === '') return { ok: true, value: undefined };
  const text = raw.trim();
  const wide = text.normalize('NFKC').trim();
  const refuse = (what: string): ParsedCell => ({ ok: false, reason: `"${text}" ${what}` });
  switch (rules.type) {
    case 'text':
    case 'long_text':
    case 'url':
    case 'email':
    case 'phone':
      return { ok: true, value: text };
    case 'number':
    case 'percent': {
      const number = numberText(rules.type === 'percent' ? wide.replace(/%$/, '') : wide);
      return number === null ? refuse('is not a number') : { ok: true, value: Number(number) };
    }
    case 'currency': {
      const amount = numberText(wide.replace(/^(?:¥|CNY|RMB)\s*/i, '').replace(/\s*元$/, ''));
      return amount === null ? refuse('is not an amount') : { ok: true, value: amount };
    }
    case 'date': {
      const date = parseDate(wide);
      return date === null || date.time !== null
        ? refuse('is not a date (e.g. 2026-12-07)')
        : { ok: true, value: date.date };
    }
    case 'datetime': {
      const date = parseDate(wide);
      if (date === null) return refuse('is not a date and time (e.g. 2026-12-07 14:30)');
      return { ok: true, value: `${date.date}T${date.time ?? `00:00:00${DEFAULT_OFFSET}`}` };
    }
    case 'boolean': {
      const answer = BOOLEAN_WORDS[headerKey(wide)];
      return answer === undefined
        ? refuse('is neither 是 nor 否 (yes or no)')
        : { ok: true, value: answer };
    }
    case 'single_select': {
      const option = optionOf(rules.options, text);
      return option ? { ok: true, value: option.key } : refuse('is not an option of this field');
    }
    case 'multi_select': {
      const keys: string[] = [];
      for (const part of text.split(LIST_SPLIT).map((item) => item.trim())) {
        if (part === '') continue;
        const option = optionOf(rules.options, part);
        if (!option) return { ok: false, reason: `"${part}" is not an option of this field` };
        keys.push(option.key);
      }
      return { ok: true, value: keys };
    }
    case 'user': {
      if (/^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(text))
        return { ok: true, value: text };
      const id = userId(text.toLowerCase());
      return id === null ? refuse("is not a user's e-mail address") : { ok: true, value: id };
    }
  }
}

/** A decimal number's text without grouping, or null when the text is none. */
function numberText(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  const plain = GROUPED.test(compact) ? compact.replace(/,/g, '') : compact;
  if (!NUMBER.test(plain) || !Number.isFinite(Number(plain))) return null;
  return plain.startsWith('+') ? plain.slice(1) : plain;
}

/** An option by its key or its zh / en label, compared as headers are (case, width, spaces). */
function optionOf(
  options: readonly CustomFieldOption[],
  text: string,
): CustomFieldOption | undefined {
  const key = headerKey(text);
  return (
    options.find((option) => option.key === text) ??
    options.find((option) => headerKey(option.key) === key) ??
    options.find(
      (option) => headerKey(option.label.zh) === key || headerKey(option.label.en) === key,
    )
  );
}

/** A date (`YYYY-MM-DD`) and, when written, a time with its offset (`HH:mm:ss.sss±hh:mm`). */
function parseDate(text: string): { date: string; time: string | null } | null {
  if (EXCEL_SERIAL.test(text) && Number(text) >= 61 && Number(text) <= MAX_EXCEL_SERIAL) {
    const serial = Number(text);
    const instant = new Date(EXCEL_EPOCH + Math.round(serial * DAY));
    const date = instant.toISOString().slice(0, 10);
    if (Number.isInteger(serial)) return { date, time: null };
    return { date, time: `${instant.toISOString().slice(11, 23)}${DEFAULT_OFFSET}` };
  }
  const match = DATE_PARTS.exec(text);
  if (!match) return null;
  const [year, month, day] = [match[1], match[2] ?? match[4], match[3] ?? match[5]];
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const rest = text.slice(match[0].length);
  if (rest.trim() === '') return { date, time: null };
  const time = TIME_PARTS.exec(rest);
  if (!time) return null;
  const [, hours, minutes, seconds = '00', fraction = '', zone] = time;
  const offset =
    zone === undefined
      ? DEFAULT_OFFSET
      : zone.toUpperCase() === 'Z'
        ? 'Z'
        : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return { date, time: `${pad(hours)}:${minutes}:${seconds}${fraction}${offset}` };
}

/**
 * A stored value as a spreadsheet cell people read, in the sheet's language: option
 * labels, 是/否 or Yes/No, users' e-mail addresses, dates as YYYY-MM-DD, date-times in
 * the time zone with their offset, percent with %. Null for no value. Parsed back by
 * {@link parseCustomFieldCell} to the same value.
 */
export function formatCustomFieldCell(
  rules: CustomFieldCellRules,
  value: CustomFieldValue | null | undefined,
  format: CellFormat,
): string | null {
  if (value === null || value === undefined) return null;
  const label = (key: string) => {
    const option = rules.options.find((candidate) => candidate.key === key);
    return option ? localized(option.label, format.language) : key;
  };
  switch (rules.type) {
    case 'text':
    case 'long_text':
      // Text that looks as if an export had guarded it keeps its apostrophe on re-import.
      return /^'+[=+\-@\t\r]/.test(String(value)) ? `'${String(value)}` : String(value);
    case 'boolean':
      return BOOLEAN_LABELS[format.language][value === true ? 'yes' : 'no'];
    case 'percent':
      return `${String(value)}%`;
    case 'single_select':
      return label(String(value));
    case 'multi_select':
      return (Array.isArray(value) ? value : [String(value)])
        .map(label)
        .join(LIST_SEPARATOR[format.language]);
    case 'user':
      return format.userEmail?.(String(value)) ?? String(value);
    case 'datetime':
      return zonedText(String(value), format.timeZone ?? 'UTC');
    case 'number':
    case 'currency':
    case 'date':
    case 'url':
    case 'email':
    case 'phone':
      return String(value);
  }
}

function localized(text: LocalizedText, language: CellLanguage): string {
  return language === 'zh-CN' ? text.zh : text.en;
}

/** `YYYY-MM-DD HH:mm:ss[.sss]±hh:mm`: an instant as the wall-clock time of a zone. */
function zonedText(iso: string, timeZone: string): string {
  const instant = new Date(iso).getTime();
  if (Number.isNaN(instant)) return iso;
  const offset = Math.round(zoneOffsetAt(instant, timeZone) / 60_000);
  const wall = new Date(instant + offset * 60_000).toISOString();
  const fraction = wall.slice(19, 23) === '.000' ? '' : wall.slice(19, 23);
  const sign = offset < 0 ? '-' : '+';
  return `${wall.slice(0, 10)} ${wall.slice(11, 19)}${fraction}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/**
 * The custom field a column header names: a live field by its key or its zh / en label,
 * compared as headers are (width, case, spaces and punctuation ignored).
 */
export function customFieldOfHeader<Definition extends { key: string; label: LocalizedText }>(
  header: string,
  definitions: readonly Definition[],
): Definition | undefined {
  const key = headerKey(header);
  if (key === '') return undefined;
  return (
    definitions.find((definition) => headerKey(definition.key) === key) ??
    definitions.find(
      (definition) =>
        headerKey(definition.label.zh) === key || headerKey(definition.label.en) === key,
    )
  );
}

/**
 * The mapping an import suggests for a file's headers: a column whose header names a
 * custom field ({@link customFieldOfHeader}) takes it as `cf.<key>`, each field once, before
 * any record field — so an export's custom field column maps back to itself even where its
 * label is also a record field's synonym (微信号); the other columns take what
 * `recordFields` suggests for their headers. Headers and labels are compared as given (the
 * API reads both as simplified Chinese first).
 */
export function suggestMappingWithCustomFields(
  headers: readonly string[],
  fields: ReadonlyArray<{ key: string; label: LocalizedText }>,
  recordFields: (headers: readonly string[]) => ReadonlyArray<string | null>,
): Array<string | null> {
  const taken = new Set<string>();
  const custom = headers.map((header) => {
    const found = customFieldOfHeader(header, fields);
    if (!found || taken.has(found.key)) return null;
    taken.add(found.key);
    return `${CUSTOM_FIELD_PARAMETER_PREFIX}${found.key}`;
  });
  const suggested = recordFields(headers.map((header, column) => (custom[column] ? '' : header)));
  return custom.map((field, column) => field ?? suggested[column] ?? null);
}
