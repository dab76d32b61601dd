import { foldToLowerCase, isAscii } from './to-half-width';

/** Trade-mark signs decorate a name; NFKC would turn them into the letters "tm" / "sm". */
const TRADEMARK_SIGNS = /[\u2120\u2122]/g;

/**
 * Runs of letters, combining marks and digits in any script. Everything between them
 * (ASCII and CJK punctuation such as `（）·、，。`, symbols, whitespace, invisible
 * format characters) only separates words and never reaches a key.
 */
const KEY_CHARACTERS = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a name or address: folded to half-width lower case, punctuation dropped. */
export function keyWords(raw: string): string[] {
  return foldToLowerCase(raw.replace(TRADEMARK_SIGNS, ' ')).match(KEY_CHARACTERS) ?? [];
}

/**
 * Words joined without separators, so `Hua Teng` and `HuaTeng` give one key. NFC
 * recomposes a letter and an accent that punctuation had kept apart.
 */
export function joinKey(words: readonly string[]): string {
  const key = words.join('');
  return isAscii(key) ? key : key.normalize('NFC');
}
