/** Spreadsheet kinds the import accepts, by file extension. */
export const IMPORT_FILE_EXTENSIONS = ['.csv', '.xlsx'] as const;

/**
 * The largest upload the API takes by default (IMPORT_MAX_BYTES, 200 MiB). The API does not
 * publish its configured limit, so the server's answer stays the final word.
 */
export const IMPORT_MAX_BYTES = 200 * 1024 * 1024;

export type ImportFileProblem = 'type' | 'empty' | 'tooLarge';

/** Why a chosen file cannot be uploaded, checked before any byte is sent; null when fine. */
export function importFileProblem(
  file: { name: string; size: number },
  maxBytes = IMPORT_MAX_BYTES,
): ImportFileProblem | null {
  const name = file.name.toLowerCase();
  if (!IMPORT_FILE_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > maxBytes) return 'tooLarge';
  return null;
}

/** Bytes as a short size in MB, e.g. 200 for 200 MiB. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
