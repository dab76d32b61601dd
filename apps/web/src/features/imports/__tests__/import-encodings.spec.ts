import type { TFunction } from 'i18next';
import { encodingOptions } from '../import-encodings';

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key}(${JSON.stringify(options)})` : key) as unknown as TFunction;

describe('encodingOptions', () => {
  it('offers every supported encoding and marks the detected one', () => {
    const options = encodingOptions('gb18030', t);
    expect(options.map((option) => option.value)).toEqual([
      'utf-8',
      'utf-16le',
      'utf-16be',
      'gb18030',
      'big5',
    ]);
    expect(options[3].label).toBe(
      'imports.encoding.detectedOption({"name":"imports.encodings.gb18030"})',
    );
    expect(options[4].label).toBe('imports.encodings.big5');
  });

  it('marks none when nothing was detected (a workbook)', () => {
    expect(encodingOptions(null, t).every((option) => !option.label.includes('detected'))).toBe(
      true,
    );
  });
});
