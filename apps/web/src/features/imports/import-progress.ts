import type { ImportJob, ImportStatus } from './import-types';

/** Statuses in which the worker still has rows to go through. */
const ACTIVE: readonly ImportStatus[] = ['queued', 'running'];
const FINISHED: readonly ImportStatus[] = ['completed', 'failed', 'cancelled'];

export function isImportActive(status: ImportStatus): boolean {
  return ACTIVE.includes(status);
}

export function isImportFinished(status: ImportStatus): boolean {
  return FINISHED.includes(status);
}

/**
 * Processed rows as a whole percentage, 0–100. Unknown totals count as 0 until the file is
 * finished, and only a completed import shows 100 (a last batch may still be committing).
 */
export function importProgressPercent(
  job: Pick<ImportJob, 'status' | 'processedRows' | 'totalRows'>,
): number {
  if (job.status === 'completed') return 100;
  if (!job.totalRows || job.totalRows <= 0) return 0;
  const percent = Math.floor((job.processedRows / job.totalRows) * 100);
  return Math.max(0, Math.min(99, percent));
}

/** The wizard step a job's status belongs to: 1 mapping, 3 progress, 4 result. */
export type ImportWizardStep = 0 | 1 | 2 | 3 | 4;

export function stepForStatus(status: ImportStatus): ImportWizardStep {
  if (status === 'uploaded') return 1;
  if (isImportActive(status)) return 3;
  return 4;
}
