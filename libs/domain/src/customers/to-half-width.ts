/**
 * Width and compatibility folding for comparison keys.
 *
 * Chinese input methods produce full-width Latin letters, digits and punctuation
 * (`１３８`, `＠`, `（`) and the ideographic space U+3000, so the same phone number or
 * name arrives in two widths. NFKC folds them to ASCII, and also folds the other
 * look-alikes users mean as the same text: half-width katakana, ligatures (`ﬁ`),
 * circled and parenthesized forms (`①`, `㈱`), no-break spaces, and Kangxi radicals or
 * CJK compatibility ideographs to the unified ideograph they stand for. Unified
 * ideographs themselves are never changed: no simplified/traditional conversion.
 */
export function toHalfWidth(text: string): string {
  return isAscii(text) ? text : text.normalize('NFKC');
}

/**
 * Half-width, then lower-case. Case mapping can leave a string that NFKC would write
 * differently (a Greek capital with two accents lower-cases to a decomposed sequence),
 * so NFKC runs again after it: that keeps every normalizer idempotent.
 */
export function foldToLowerCase(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  return text.normalize('NFKC').toLowerCase().normalize('NFKC');
}

/** As {@link foldToLowerCase}, for keys that are compared in upper case (tax ids). */
export function foldToUpperCase(text: string): string {
  if (isAscii(text)) return text.toUpperCase();
  return text.normalize('NFKC').toUpperCase().normalize('NFKC');
}

/** ASCII needs no Unicode normalization; checking is cheaper than normalizing. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return false;
  }
  return true;
}
