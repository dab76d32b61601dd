import { toSimplified } from '../customers/to-simplified';

/** A header as compared with the synonyms: width-folded, lower-case, without separators. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:：()（）]/g, '');
}

/**
 * A header in simplified Chinese (`客戶名稱` → `客户名称`), so a traditional-Chinese file
 * (Big5, or from Taiwan or Hong Kong) finds the same synonyms. OpenCC's dictionaries load
 * only in Node (the API, which computes the suggestion a preview answers); the console's
 * own fallback, which has no `require`, matches the headers as they are.
 */
function simplifiedHeader(header: string): string {
  return typeof require === 'function' ? toSimplified(header) : header;
}

/**
 * A suggested field for each column header, from a table of Chinese and English
 * synonyms per field (traditional headers are read as simplified); each field is
 * suggested at most once (the first column wins), other columns map to null.
 */
export function suggestMapping<Field extends string>(
  headers: readonly string[],
  synonyms: Readonly<Record<Field, readonly string[]>>,
): Array<Field | null> {
  const fields = Object.keys(synonyms) as Field[];
  const taken = new Set<Field>();
  return headers.map((header) => {
    const key = headerKey(simplifiedHeader(header));
    const field = fields.find(
      (candidate) =>
        !taken.has(candidate) &&
        (candidate.toLowerCase() === key || synonyms[candidate].includes(key)),
    );
    if (!field) return null;
    taken.add(field);
    return field;
  });
}
