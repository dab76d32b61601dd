import {
  API_LANGUAGES,
  type ApiLanguage,
  DEFAULT_TIME_ZONE,
  fromAcceptLanguage,
  toApiLanguage,
} from '../i18n/request-language';
import type { ExportLocale } from './spreadsheet-export';

export const EXPORT_LANGUAGES = API_LANGUAGES;

/** What the caller said about the export's language. */
export interface ExportLanguageRequest {
  /** The `lang` query parameter. */
  lang?: string;
  /** The `Accept-Language` header. */
  acceptLanguage?: string | string[];
  /** The `timezone` query parameter: an IANA zone, already validated. */
  timezone?: string;
}

/**
 * The language of an export: the `lang` parameter, else the `Accept-Language` header's
 * preferred supported language, else the user's saved console language, else Chinese.
 * Times are in the `timezone` parameter's zone, else China time (users store no zone).
 */
export function exportLocale(
  request: ExportLanguageRequest,
  savedLanguage: ApiLanguage | null,
): ExportLocale {
  const language =
    toApiLanguage(request.lang) ??
    fromAcceptLanguage(request.acceptLanguage) ??
    savedLanguage ??
    'zh-CN';
  return { language, timeZone: request.timezone ?? DEFAULT_TIME_ZONE };
}
