import { joinKey, keyWords } from './comparison-key';

/** `3#楼`, `12＃`: a number sign after a digit is how 号 is often typed. */
const NUMBER_SIGN_AFTER_DIGIT = /(?<=[0-9０-９])[#＃]/g;

/** The country at the front of a domestic address adds nothing to a comparison. */
const LEADING_COUNTRY = /^(?:中华人民共和国|中華人民共和國|中国|中國)/u;

/**
 * The comparison key of an address, for similarity ranking: half-width, lower-case,
 * punctuation and whitespace removed, and two kinds of noise normalized:
 *
 * - a leading country name (中国, 中华人民共和国, or their traditional forms) is dropped,
 *   repeatedly, but never down to nothing;
 * - `#` right after a digit becomes 号 (`3#楼` → `3号楼`).
 *
 * Administrative markers (省, 市, 区, 县) and building words (号楼, 栋, 室) are kept:
 * dropping or rewriting them guesses at structure, and trigram similarity already
 * tolerates `上海市` against `上海`. Chinese numerals are not converted to digits.
 */
export function normalizeAddress(raw: string): string {
  let key = joinKey(keyWords(raw.replace(NUMBER_SIGN_AFTER_DIGIT, '号')));
  for (;;) {
    const country = LEADING_COUNTRY.exec(key);
    if (!country || country[0].length === key.length) return key;
    key = key.slice(country[0].length);
  }
}
