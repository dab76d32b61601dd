import { CUSTOMER_IMPORT_FIELDS, LEAD_IMPORT_FIELDS } from '@kehu/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../../shared/enum-values';
import type { ImportTarget } from '../import-targets';
import type { ImportField } from '../import-types';

/** The label of a field a column can fill, in the words of the import's target. */
export function useImportFieldLabel(target: ImportTarget): (field: ImportField) => string {
  const { t } = useTranslation();
  return useCallback(
    (field: ImportField) => {
      switch (target) {
        case 'customers':
          return isOneOf(CUSTOMER_IMPORT_FIELDS, field)
            ? t(`imports.targets.customers.fields.${field}`)
            : field;
        case 'leads':
          return isOneOf(LEAD_IMPORT_FIELDS, field)
            ? t(`imports.targets.leads.fields.${field}`)
            : field;
      }
    },
    [t, target],
  );
}
