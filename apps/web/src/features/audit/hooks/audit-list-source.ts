import { unwrap, type AuditEntryResponse } from '@kehu/contracts';
import { kehuClient } from '../../../shared/api/kehu-client';
import { defineListCodec, listParam } from '../../../shared/list/list-codec';
import type { ListSource } from '../../../shared/list/use-list-page-state';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The audit log's filters, as the page and its address hold them. */
export interface AuditFilters {
  entity?: string;
  entityId?: string;
}

export const auditListCodec = defineListCodec<AuditFilters>({
  params: { entity: listParam.text(), entityId: listParam.matching(UUID) },
  defaults: {},
});

export const toAuditListQuery = (filters: AuditFilters): AuditFilters => filters;

export const auditListSource: ListSource<AuditFilters, AuditEntryResponse> = {
  queryKey: (filters) => ['audit', 'list', filters],
  fetchPage: async (filters, page) =>
    unwrap(await kehuClient.GET('/api/v1/audit', { params: { query: { ...filters, ...page } } })),
};
