import { foldToUpperCase, isAscii } from './to-half-width';

/**
 * Characters people put between the groups of a registration number: whitespace,
 * dashes and minus signs, full stops (ASCII and `。`), middle dots, and invisible
 * format characters pasted along with them. Slashes and other signs are kept: in some
 * countries' numbers they are part of the number.
 */
const SEPARATORS = /[\s\p{Pd}\u2212.\u3002\u00b7\u30fb\p{Cf}]+/gu;

/**
 * The comparison key of a registration / tax id, such as China's 18-character unified
 * social credit code (统一社会信用代码): half-width, upper-case, separators removed;
 * null when nothing is left. The check digit is not verified here: a key only has to
 * make two spellings of one id equal.
 */
export function normalizeTaxId(raw: string): string | null {
  const key = foldToUpperCase(raw).replace(SEPARATORS, '');
  if (key === '') return null;
  // NFKC can turn a spacing accent into a space and a combining one (`¨` → ` ̈`);
  // with the space gone, the accent joins the letter before it.
  return isAscii(key) ? key : key.normalize('NFC');
}
