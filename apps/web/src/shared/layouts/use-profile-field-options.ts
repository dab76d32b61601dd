import {
  CUSTOM_FIELD_PREFIX,
  LAYOUT_PAGE_SPECS,
  layoutFieldReadable,
  type LayoutPage,
} from '@kehu/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../access/use-app-ability';
import { localized } from '../custom-fields/custom-field-values';
import { useCustomFields } from '../custom-fields/use-custom-fields';
import { useAppLanguage } from '../i18n/use-app-language';

/**
 * The profile fields a user may choose on a record page: the page's built-in fields they
 * may read (labelled by `labelOf`), then the custom fields they see.
 */
export function useProfileFieldOptions(
  page: LayoutPage,
  labelOf: (field: string) => string,
  kind?: 'company' | 'person',
): Array<{ value: string; label: string }> {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const ability = useAppAbility();
  const spec = LAYOUT_PAGE_SPECS[page];
  const { definitions } = useCustomFields(spec.recordType, { kind });
  return useMemo(() => {
    const visible = new Set(definitions.map((definition) => definition.key));
    const builtIn = Object.keys(spec.fields)
      .filter((field) => layoutFieldReadable(page, field, ability, visible))
      .map((field) => ({ value: field, label: labelOf(field) }));
    const custom = definitions.map((definition) => ({
      value: `${CUSTOM_FIELD_PREFIX}${definition.key}`,
      label: `${localized(definition.label, language)} · ${t('layouts.customField')}`,
    }));
    return [...builtIn, ...custom];
  }, [definitions, spec, page, ability, labelOf, language, t]);
}
