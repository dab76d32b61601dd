import { unwrap } from '@kehu/contracts';
import { customFieldEditableBy } from '@kehu/domain';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSession } from '../../features/auth/hooks/use-session';
import { kehuClient } from '../api/kehu-client';
import type { CustomFieldDefinition, CustomFieldRecordType } from './custom-field-types';
import { useAppLanguage } from '../i18n/use-app-language';
import { appliesToKind, localized } from './custom-field-values';

const PAGE_SIZE = 100;

export const customFieldQueryKeys = {
  all: ['custom-fields'] as const,
  visible: (recordType: CustomFieldRecordType) => ['custom-fields', 'visible', recordType] as const,
  admin: (recordType: CustomFieldRecordType, deleted: boolean) =>
    ['custom-fields', 'admin', recordType, deleted] as const,
};

/** Every page of a record type's definitions (live ones, or the deleted ones for admins). */
export async function fetchCustomFields(
  recordType: CustomFieldRecordType,
  deleted = false,
): Promise<CustomFieldDefinition[]> {
  const items: CustomFieldDefinition[] = [];
  let cursor: string | undefined;
  do {
    const page = unwrap(
      await kehuClient.GET('/api/v1/custom-fields', {
        params: {
          query: { recordType, limit: PAGE_SIZE, cursor, ...(deleted ? { deleted: true } : {}) },
        },
      }),
    );
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** The live definitions the caller sees, loaded once and cached for a few minutes. */
function visibleFieldsQuery(recordType: CustomFieldRecordType, enabled = true) {
  return {
    queryKey: customFieldQueryKeys.visible(recordType),
    queryFn: () => fetchCustomFields(recordType),
    enabled,
    staleTime: 5 * 60_000,
  };
}

export interface VisibleCustomFields {
  /** The live fields the signed-in user sees, in form order (for a customer, of its kind). */
  definitions: CustomFieldDefinition[];
  /** Whether the user may change the field's value (else its input is read only). */
  editable: (definition: CustomFieldDefinition) => boolean;
  isLoading: boolean;
  error: Error | null;
}

/**
 * The custom fields of a record type the signed-in user sees, loaded once and cached:
 * forms, detail pages, list columns and filters all draw from this.
 */
export function useCustomFields(
  recordType: CustomFieldRecordType,
  options: { kind?: 'company' | 'person'; enabled?: boolean } = {},
): VisibleCustomFields {
  const { user } = useSession();
  const query = useQuery(visibleFieldsQuery(recordType, options.enabled));
  const { kind } = options;
  const definitions = useMemo(
    () => (query.data ?? []).filter((definition) => appliesToKind(definition, kind)),
    [query.data, kind],
  );
  const editable = useCallback(
    (definition: CustomFieldDefinition) => customFieldEditableBy(definition, user.roles),
    [user.roles],
  );
  return { definitions, editable, isLoading: query.isLoading, error: query.error };
}

/**
 * The label of a record type's custom field by key, in the user's language, where an
 * answer names fields by key (a duplicate candidate's `matchedCustomFields`); a key no
 * loaded field has shows as it is. Needs no session, so confirm dialogs (rendered
 * outside the session gate) may use it.
 */
export function useCustomFieldLabel(
  recordType: CustomFieldRecordType,
  options: { enabled?: boolean } = {},
): (key: string) => string {
  const { language } = useAppLanguage();
  const { data } = useQuery(visibleFieldsQuery(recordType, options.enabled));
  return useCallback(
    (key: string) => {
      const definition = data?.find((candidate) => candidate.key === key);
      return definition ? localized(definition.label, language) : key;
    },
    [data, language],
  );
}
