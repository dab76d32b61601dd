import { IMPORT_ENCODINGS, type ImportEncoding } from '@kehu/domain';
import type { TFunction } from 'i18next';

/**
 * The encodings a CSV file can be read in, for the wizard's select: each named in the
 * console's language, the one detected in the file marked as such.
 */
export function encodingOptions(
  detected: ImportEncoding | null,
  t: TFunction,
): Array<{ value: ImportEncoding; label: string }> {
  return IMPORT_ENCODINGS.map((encoding) => {
    const name = t(`imports.encodings.${encoding}`);
    return {
      value: encoding,
      label: encoding === detected ? t('imports.encoding.detectedOption', { name }) : name,
    };
  });
}
