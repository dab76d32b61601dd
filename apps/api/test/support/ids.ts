/** The ids of some records, sorted (to compare sets of records). */
export const ids = (items: Array<{ id: string }>): string[] => items.map((item) => item.id).sort();
