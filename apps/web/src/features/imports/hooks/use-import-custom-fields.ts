import { useMemo } from 'react';
import type { FieldChoice } from '../../../shared/custom-fields/custom-field-choices';
import type { CustomFieldDefinition } from '../../../shared/custom-fields/custom-field-types';
import { useCustomFields } from '../../../shared/custom-fields/use-custom-fields';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { importCustomFieldChoices, type ImportFieldSet, withCustomFields } from '../import-mapping';
import type { ImportTargetSpec } from '../import-targets';

export interface ImportCustomFields {
  /** The live custom fields the user sees (a header naming one is suggested for it). */
  definitions: CustomFieldDefinition[];
  /** The custom fields a column may fill: the live ones the user sees and may write. */
  choices: FieldChoice[];
  /** The target's fields and those custom fields: what a mapping is checked against. */
  fieldSet: ImportFieldSet;
  isLoading: boolean;
}

/** The custom fields of an import's record type that its columns may fill, as `cf.<key>`. */
export function useImportCustomFields(spec: ImportTargetSpec): ImportCustomFields {
  const { language } = useAppLanguage();
  const { definitions, editable, isLoading } = useCustomFields(spec.recordType);
  return useMemo(() => {
    const choices = importCustomFieldChoices(definitions, editable, language);
    return {
      definitions,
      choices,
      fieldSet: withCustomFields(
        spec,
        choices.map((choice) => choice.value),
      ),
      isLoading,
    };
  }, [definitions, editable, language, spec, isLoading]);
}
