/** The rows of a simple CSV export (no quoted commas), without its byte-order mark. */
export function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n')
    .map((line) => line.split(','));
}
