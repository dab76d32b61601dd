import type { TFunction } from 'i18next';

/**
 * A skipped row's reason in the console's language: the API's reasons are English
 * ("empty row", "duplicate of C-000123, …"); the known ones are translated, the record
 * numbers kept.
 */
export function skippedReasonText(reason: string, t: TFunction): string {
  if (reason === 'empty row') return t('imports.skippedRows.emptyRow');
  const earlier = /^duplicate of row (\d+)$/.exec(reason);
  if (earlier) return t('imports.skippedRows.duplicateOfRow', { row: earlier[1] });
  const duplicate = /^duplicate of (.+)$/.exec(reason);
  if (duplicate) return t('imports.skippedRows.duplicateOf', { what: duplicate[1] });
  return reason;
}
