import { ENUM_LABELS } from '@kehu/domain';
import type { ApiLanguage } from '../i18n/request-language';

/** The enums exports show, by name; each value's label per language (imports read them back). */
export const EXPORT_ENUMS = ENUM_LABELS;

export type ExportEnum = keyof typeof EXPORT_ENUMS;

export const EXPORT_BOOLEANS: Readonly<Record<ApiLanguage, { yes: string; no: string }>> = {
  'zh-CN': { yes: '是', no: '否' },
  en: { yes: 'Yes', no: 'No' },
};

/** An enum value's label in a language; a value without one (added later) stays as it is. */
export function exportEnumLabel(name: ExportEnum, value: string, language: ApiLanguage): string {
  return (EXPORT_ENUMS[name][language] as Record<string, string>)[value] ?? value;
}
