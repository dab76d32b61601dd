import { toSimplified } from '@kehu/domain';
import type { ImportTargetHandler } from './import-target';

/**
 * The mapping a preview suggests for a file's headers. They are read as simplified Chinese
 * first (`客戶名稱` → `客户名称`, with OpenCC), so a traditional-Chinese file (Big5, or from
 * Taiwan or Hong Kong) finds the same synonyms. Done here on the server, so the console,
 * whose own fallback matches headers as they are, never bundles OpenCC's dictionaries.
 */
export function suggestMappingOf(
  handler: Pick<ImportTargetHandler, 'suggestMapping'>,
  headers: readonly string[],
): Array<string | null> {
  return handler.suggestMapping(headers.map(toSimplified));
}
