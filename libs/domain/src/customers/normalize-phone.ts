import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { toHalfWidth } from './to-half-width';

const MIN_NATIONAL_DIGITS = 7;
const MAX_E164_DIGITS = 15;
const CHINA = '86';

const COUNTRY_CODE = /^[1-9]\d{0,2}$/;
const DIGIT = /\d/;
const NON_DIGITS = /\D+/g;
const LEADING_ZEROS = /^0+/;
const TRUNK_ZERO_IN_PARENTHESES = /\(\s*0\s*\)/;
const EXTENSION_MARKER = /ext|x|转|轉|分机|分機|#|,|;/gi;

/**
 * Phone numbers as E.164 keys (`+8613800138000`), so every way of writing one number
 * gives the same key. The rules, in order:
 *
 * 1. Full-width digits and signs are folded to ASCII (`１３８` → `138`, `＋` → `+`).
 * 2. An extension is dropped: everything from the first marker after the first digit —
 *    `ext`, `extension`, `x`, `转`/`轉`, `分机`/`分機`, `#`, and the dial-string
 *    separators `,` (pause) and `;` (as in `;ext=`). A call reaches the same line
 *    whatever the extension, and a word such as `Fax:` before the number is no marker.
 * 3. All other characters are ignored: spaces, dashes, dots, slashes, parentheses,
 *    labels such as `Tel:` or `手机`.
 * 4. Written with a country code — a `+` before the first digit, or the digits start
 *    with the international prefix `00` — the digits are kept as given, except that a
 *    trunk zero written as `(0)` right after the country code (`+44 (0)20 …`) is
 *    dropped. For China (`86`) any zero after the country code is dropped too
 *    (`+86 021 …` → `+8621…`).
 * 5. Written without a country code, the default country applies:
 *    - China (`86`): a bare `86` before a number of 10 or more digits is the country
 *      code (`86 138 0013 8000`); a local number is never that long. Otherwise a trunk
 *      `0` before the area code is dropped (`021-5555 0100` → `+862155550100`,
 *      `(010) 8888 6666` → `+861088886666`). Mobiles (`1[3-9]` + 9 digits), `400`/`800`
 *      numbers and local numbers without an area code are kept as they are.
 *    - North America (`1`): a leading trunk `1` on 11 digits is dropped.
 *    - Italy (`39`) keeps its leading zero, which belongs to the number.
 *    - Elsewhere one leading trunk `0` is dropped.
 * 6. The result is null when the national number has fewer than 7 digits (for a
 *    foreign number written with its country code: all its digits), or when the
 *    E.164 number has more than 15.
 *
 * A local number written without its area code (`5555 0100`) gets only the country
 * code: the city is unknown, so such a key matches the same digits from any city.
 */
export function normalizePhone(raw: string, defaultCountryCode = '86'): string | null {
  // The key of a valid number is the E.164 libphonenumber-js writes for it (the
  // property tests check that); the library is not asked here, as an import computes
  // a key for every phone of every row and a parse costs several times these rules.
  return lenientKey(raw, defaultCountryCode);
}

/** The type a phone number is of, as far as its digits tell. */
export type InferredPhoneType = 'mobile' | 'work';

/** A phone number read with libphonenumber-js. */
export type ParsedPhone = {
  /** The comparison key, as {@link normalizePhone} gives it. */
  key: string;
  /** Whether the number exists in its country's numbering plan. */
  valid: boolean;
  /** `mobile` for a mobile number, `work` for a landline or a service number. */
  type: InferredPhoneType;
  /** `+86 138 0013 8000` */
  international: string;
  /** As dialled within its country: `138 0013 8000`, `021 5555 0100`. */
  national: string;
  /** ISO 3166 country, when the number tells it. */
  country: string | null;
};

/** A Chinese mobile: 1, then 3 to 9, then nine digits. */
const CHINESE_MOBILE = /^\+861[3-9]\d{9}$/;

/**
 * Parses, validates, formats and classifies a phone number as written (full-width
 * digits, extensions and labels allowed, as for {@link normalizePhone}), the default
 * country applying to a number written without a country code. Null when it is no
 * phone number at all. A Chinese mobile (`1[3-9]` and nine digits) is valid and a
 * mobile even where libphonenumber's metadata does not know its block yet.
 */
export function parsePhone(raw: string, defaultCountryCode = '86'): ParsedPhone | null {
  const key = normalizePhone(raw, defaultCountryCode);
  if (!key) return null;
  const parsed = parsePhoneNumberFromString(key);
  const chineseMobile = CHINESE_MOBILE.test(key);
  if (!parsed) {
    return {
      key,
      valid: chineseMobile,
      type: chineseMobile ? 'mobile' : 'work',
      international: key,
      national: key,
      country: null,
    };
  }
  return {
    key,
    valid: chineseMobile || parsed.isValid(),
    type: chineseMobile || parsed.getType() === 'MOBILE' ? 'mobile' : 'work',
    international: parsed.formatInternational(),
    national: parsed.formatNational(),
    country: parsed.country ?? null,
  };
}

/**
 * The type a phone's digits suggest: `mobile` for a mobile number (a Chinese
 * `1[3-9]…`), `work` for a landline or service number; null while the text is no
 * valid phone number yet. The API fills an omitted type with it, and the console
 * pre-selects it.
 */
export function inferPhoneType(raw: string, defaultCountryCode = '86'): InferredPhoneType | null {
  return classifyPhone(raw, defaultCountryCode)?.type ?? null;
}

/** A valid phone number's comparison key and type. */
export type ClassifiedPhone = Pick<ParsedPhone, 'key' | 'type'>;

/**
 * The key and type of a valid phone number, as {@link parsePhone} gives them; null
 * when the text is no valid phone number. One pass for a sheet's phones: a Chinese
 * mobile, the common case, is told by its key alone, any other number is read once
 * with libphonenumber-js (one parse and one type lookup, some 15 µs), nothing formatted.
 */
export function classifyPhone(raw: string, defaultCountryCode = '86'): ClassifiedPhone | null {
  const key = normalizePhone(raw, defaultCountryCode);
  if (!key) return null;
  if (CHINESE_MOBILE.test(key)) return { key, type: 'mobile' };
  // With the full metadata a number is valid exactly when it has a type (isValid()
  // computes the type itself), so one getType() both validates and classifies.
  const type = parsePhoneNumberFromString(key)?.getType();
  if (type === undefined) return null;
  return { key, type: type === 'MOBILE' ? 'mobile' : 'work' };
}

function lenientKey(raw: string, defaultCountryCode: string): string | null {
  if (!COUNTRY_CODE.test(defaultCountryCode)) {
    throw new RangeError(`"${defaultCountryCode}" is not a country calling code`);
  }
  const text = toHalfWidth(raw);
  const firstDigit = text.search(DIGIT);
  if (firstDigit < 0) return null;

  EXTENSION_MARKER.lastIndex = firstDigit;
  const extension = EXTENSION_MARKER.exec(text);
  const number = extension ? text.slice(0, extension.index) : text;
  const digits = number.replace(NON_DIGITS, '');

  if (text.lastIndexOf('+', firstDigit) >= 0) return internationalNumber(digitsAfter(number, 0));
  if (digits.startsWith('00')) return internationalNumber(digitsAfter(number, 2));
  return nationalNumber(digits, defaultCountryCode);
}

/**
 * The digits of an internationally written number after its `prefixLength`-digit
 * international prefix, without a `(0)` right after the country code (1 to 3 digits).
 */
function digitsAfter(number: string, prefixLength: number): string {
  const trunkZero = TRUNK_ZERO_IN_PARENTHESES.exec(number);
  if (trunkZero) {
    const before = number.slice(0, trunkZero.index).replace(NON_DIGITS, '');
    const countryCodeLength = before.length - prefixLength;
    if (countryCodeLength >= 1 && countryCodeLength <= 3) {
      const after = number.slice(trunkZero.index + trunkZero[0].length);
      return before.slice(prefixLength) + after.replace(NON_DIGITS, '');
    }
  }
  return number.replace(NON_DIGITS, '').slice(prefixLength);
}

/** `digits` starts with the country code. */
function internationalNumber(digits: string): string | null {
  if (digits.startsWith('0')) return null;
  if (digits.startsWith(CHINA)) return e164(CHINA, digits.slice(2).replace(LEADING_ZEROS, ''));
  if (digits.length < MIN_NATIONAL_DIGITS || digits.length > MAX_E164_DIGITS) return null;
  return `+${digits}`;
}

function nationalNumber(digits: string, countryCode: string): string | null {
  return e164(countryCode, withoutTrunkPrefix(digits, countryCode));
}

function withoutTrunkPrefix(digits: string, countryCode: string): string {
  switch (countryCode) {
    case CHINA:
      if (digits.startsWith(CHINA) && digits.length >= 12) {
        return digits.slice(2).replace(LEADING_ZEROS, '');
      }
      return digits.startsWith('0') ? digits.slice(1) : digits;
    case '1':
      return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
    case '39':
      return digits;
    default:
      return digits.startsWith('0') ? digits.slice(1) : digits;
  }
}

function e164(countryCode: string, nationalNumber: string): string | null {
  if (nationalNumber.length < MIN_NATIONAL_DIGITS) return null;
  if (countryCode.length + nationalNumber.length > MAX_E164_DIGITS) return null;
  return `+${countryCode}${nationalNumber}`;
}
