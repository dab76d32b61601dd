import { i18n } from './i18n';
import { toAppLanguage } from './app-language';

/**
 * The `Accept-Language` the console sends with every API call: the language the user
 * sees, so the API's problem texts and exports come in it too.
 */
export function requestLanguage(): string {
  return toAppLanguage(i18n.language) ?? 'zh-CN';
}
