import type { TFunction } from 'i18next';
import { skippedReasonText } from '../import-skipped';

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key}(${JSON.stringify(options)})` : key) as unknown as TFunction;

describe('skippedReasonText', () => {
  it('translates the reasons the API gives, keeping what they name', () => {
    expect(skippedReasonText('empty row', t)).toBe('imports.skippedRows.emptyRow');
    expect(skippedReasonText('duplicate of C-000012 (phone)', t)).toBe(
      'imports.skippedRows.duplicateOf({"what":"C-000012 (phone)"})',
    );
    expect(skippedReasonText('duplicate of row 4', t)).toBe(
      'imports.skippedRows.duplicateOfRow({"row":"4"})',
    );
  });

  it('shows any other reason as it is', () => {
    expect(skippedReasonText('something new', t)).toBe('something new');
  });
});
