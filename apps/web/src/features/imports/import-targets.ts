import {
  CUSTOMER_IMPORT_FIELDS,
  LEAD_IMPORT_FIELDS,
  suggestImportMapping,
  suggestLeadImportMapping,
} from '@kehu/domain';
import type { UploadPath } from '../../shared/api/upload-file';
import { customerQueryKeys } from '../customers/hooks/customer-query-keys';
import { leadQueryKeys } from '../leads/hooks/lead-query-keys';
import type { ImportField } from './import-types';

/** What an import creates; the wizard is the same for each, only these specs differ. */
export type ImportTarget = 'customers' | 'leads';

export interface ImportTargetSpec {
  target: ImportTarget;
  /** Whose custom fields a column may fill (`cf.<key>`). */
  recordType: 'customer' | 'lead';
  /** Where a file for this target is uploaded. */
  uploadPath: UploadPath;
  /** The fields a column may fill, in the order the mapping step offers them. */
  fields: readonly ImportField[];
  /** The fields some column must fill. */
  required: readonly ImportField[];
  /**
   * The record fields a reload suggests, after the custom fields (right after the upload,
   * the API's answer has the suggestion).
   */
  suggestMapping: (headers: readonly string[]) => ReadonlyArray<string | null>;
  /** The wizard's own page. */
  wizardPath: string;
  /** The list of the imported records: the way back, and where a finished import leads. */
  listPath: string;
  /** The cached lists that a finished import makes stale. */
  listQueryKey: readonly string[];
}

export const IMPORT_TARGETS: Readonly<Record<ImportTarget, ImportTargetSpec>> = {
  customers: {
    target: 'customers',
    recordType: 'customer',
    uploadPath: '/api/v1/imports/customers',
    fields: CUSTOMER_IMPORT_FIELDS,
    required: ['name'],
    suggestMapping: suggestImportMapping,
    wizardPath: '/customers/import',
    listPath: '/customers',
    listQueryKey: customerQueryKeys.lists,
  },
  leads: {
    target: 'leads',
    recordType: 'lead',
    uploadPath: '/api/v1/imports/leads',
    fields: LEAD_IMPORT_FIELDS,
    required: ['name'],
    suggestMapping: suggestLeadImportMapping,
    wizardPath: '/leads/import',
    listPath: '/leads',
    listQueryKey: leadQueryKeys.lists,
  },
};
