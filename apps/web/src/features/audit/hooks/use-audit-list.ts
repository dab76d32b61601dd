import { unwrap, type AuditEntryResponse } from '@kehu/contracts';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useCursorList, type CursorList } from '../../../shared/api/use-cursor-list';

export interface AuditFilters {
  entity?: string;
  entityId?: string;
}

export function useAuditList(filters: AuditFilters): CursorList<AuditEntryResponse> {
  return useCursorList(['audit', 'list', filters], async (cursor) =>
    unwrap(await kehuClient.GET('/api/v1/audit', { params: { query: { ...filters, cursor } } })),
  );
}
