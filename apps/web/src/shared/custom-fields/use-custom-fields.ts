import { unwrap } from '@kehu/contracts';
import { customFieldEditableBy } from '@kehu/domain';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSession } from '../../features/auth/hooks/use-session';
import { kehuClient } from '../api/kehu-client';
import type { CustomFieldDefinition, CustomFieldRecordType } from './custom-field-types';
import { appliesToKind } from './custom-field-values';

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
  const query = useQuery({
    queryKey: customFieldQueryKeys.visible(recordType),
    queryFn: () => fetchCustomFields(recordType),
    enabled: options.enabled ?? true,
    staleTime: 5 * 60_000,
  });
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
