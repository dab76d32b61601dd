import {
  importProgressPercent,
  isImportActive,
  isImportFinished,
  stepForStatus,
} from '../import-progress';

describe('import progress', () => {
  it('is the share of processed rows, rounded down', () => {
    expect(importProgressPercent({ status: 'running', processedRows: 1, totalRows: 3 })).toBe(33);
    expect(importProgressPercent({ status: 'running', processedRows: 500, totalRows: 1000 })).toBe(
      50,
    );
  });

  it('is 0 while the rows are not counted yet', () => {
    expect(importProgressPercent({ status: 'queued', processedRows: 0, totalRows: null })).toBe(0);
    expect(importProgressPercent({ status: 'running', processedRows: 0, totalRows: 0 })).toBe(0);
  });

  it('reaches 100 only when the import is completed', () => {
    expect(importProgressPercent({ status: 'running', processedRows: 30, totalRows: 30 })).toBe(99);
    expect(importProgressPercent({ status: 'completed', processedRows: 30, totalRows: 30 })).toBe(
      100,
    );
    expect(importProgressPercent({ status: 'completed', processedRows: 0, totalRows: 0 })).toBe(
      100,
    );
  });

  it('stays where a failed import stopped', () => {
    expect(importProgressPercent({ status: 'failed', processedRows: 20, totalRows: 80 })).toBe(25);
  });

  it('never leaves 0–100 on odd counts', () => {
    expect(importProgressPercent({ status: 'running', processedRows: 50, totalRows: 10 })).toBe(99);
    expect(importProgressPercent({ status: 'running', processedRows: -5, totalRows: 10 })).toBe(0);
  });

  it('polls queued and running imports only', () => {
    expect(isImportActive('queued')).toBe(true);
    expect(isImportActive('running')).toBe(true);
    expect(isImportActive('uploaded')).toBe(false);
    expect(isImportActive('completed')).toBe(false);
    expect(isImportFinished('completed')).toBe(true);
    expect(isImportFinished('failed')).toBe(true);
    expect(isImportFinished('cancelled')).toBe(true);
    expect(isImportFinished('running')).toBe(false);
  });

  it('puts each status on its wizard step', () => {
    expect(stepForStatus('uploaded')).toBe(1);
    expect(stepForStatus('queued')).toBe(3);
    expect(stepForStatus('running')).toBe(3);
    expect(stepForStatus('completed')).toBe(4);
    expect(stepForStatus('failed')).toBe(4);
  });
});
