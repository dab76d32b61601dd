/** A header as compared with the synonyms: width-folded, lower-case, without separators. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:：()（）]/g, '');
}

/**
 * A suggested field for each column header, from a table of Chinese and English
 * synonyms per field; each field is suggested at most once (the first column wins),
 * other columns map to null.
 */
export function suggestMapping<Field extends string>(
  headers: readonly string[],
  synonyms: Readonly<Record<Field, readonly string[]>>,
): Array<Field | null> {
  const fields = Object.keys(synonyms) as Field[];
  const taken = new Set<Field>();
  return headers.map((header) => {
    const key = headerKey(header);
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
