/**
 * Trigram similarity with the semantics of PostgreSQL pg_trgm's `similarity()`, so the
 * candidates the database finds with `%` on the stored name key are ranked here by the
 * same measure:
 *
 * - words are maximal runs of alphanumeric characters; everything else separates them
 *   (pg_trgm is built with KEEPONLYALNUM);
 * - alphanumeric means alphabetic or decimal digit in any script, which is what glibc
 *   reports under a UTF-8 `LC_CTYPE` such as `C.UTF-8`: CJK ideographs, kana, hangul,
 *   accented letters. Under `LC_CTYPE=C` PostgreSQL would see no words in Chinese text;
 * - each word is lower-cased and padded with two spaces in front and one behind, and
 *   every run of three characters (code points) in it is a trigram;
 * - similarity = shared distinct trigrams / distinct trigrams of both together, and 0
 *   when either side has none.
 *
 * Differences that do not matter for ranking: PostgreSQL returns a float4
 * (`0.36363637`) where this returns the exact ratio (`4/11`), it hashes non-ASCII
 * trigrams into 3 bytes (so two rare trigrams can collide), and it lower-cases character
 * by character (`İ` → `i`) where JavaScript uses full case mapping (`İ` → `i̇`).
 */
export function trigramSimilarity(a: string, b: string): number {
  return similarityOfTrigrams(trigramsOf(a), trigramsOf(b));
}

/** The distinct trigrams of a text, as pg_trgm's `show_trgm()` lists them. */
export function trigramsOf(text: string): ReadonlySet<string> {
  const trigrams = new Set<string>();
  let wordStart = -1;
  let wordHasAstral = false;
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    if (isWordCharacter(codePoint, text, i)) {
      if (wordStart < 0) wordStart = i;
      if (width === 2) wordHasAstral = true;
    } else if (wordStart >= 0) {
      addWordTrigrams(trigrams, text.slice(wordStart, i), wordHasAstral);
      wordStart = -1;
      wordHasAstral = false;
    }
    i += width;
  }
  if (wordStart >= 0) addWordTrigrams(trigrams, text.slice(wordStart), wordHasAstral);
  return trigrams;
}

/** {@link trigramSimilarity} on trigram sets already computed, to reuse them across pairs. */
export function similarityOfTrigrams(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [smaller, larger] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const trigram of smaller) {
    if (larger.has(trigram)) shared++;
  }
  return shared / (a.size + b.size - shared);
}

const NON_ASCII_WORD_CHARACTER = /[\p{Alphabetic}\p{Nd}]/uy;

function isWordCharacter(codePoint: number, text: string, index: number): boolean {
  if (codePoint < 0x80) {
    return (
      (codePoint >= 0x30 && codePoint <= 0x39) || // 0-9
      (codePoint >= 0x41 && codePoint <= 0x5a) || // A-Z
      (codePoint >= 0x61 && codePoint <= 0x7a) // a-z
    );
  }
  if (codePoint >= 0x4e00 && codePoint <= 0x9fff) return true; // CJK Unified Ideographs
  NON_ASCII_WORD_CHARACTER.lastIndex = index;
  return NON_ASCII_WORD_CHARACTER.test(text);
}

function addWordTrigrams(trigrams: Set<string>, word: string, hasAstral: boolean): void {
  const padded = `  ${word.toLowerCase()} `;
  if (!hasAstral && padded.length === word.length + 3) {
    for (let i = 0; i + 3 <= padded.length; i++) trigrams.add(padded.slice(i, i + 3));
    return;
  }
  const characters = Array.from(padded);
  for (let i = 0; i + 3 <= characters.length; i++) {
    trigrams.add(characters[i] + characters[i + 1] + characters[i + 2]);
  }
}
