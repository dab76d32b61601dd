import { unwrap } from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ifMatch } from '../../../shared/api/if-match';
import { kehuClient } from '../../../shared/api/kehu-client';
import type {
  AssignLeadRequest,
  ConvertLeadRequest,
  CreateLeadRequest,
  LeadResponse,
  UpdateLeadRequest,
} from '../lead-types';
import { leadQueryKeys } from './lead-query-keys';

/** Create, edit, reassign and convert leads; lists and the record refresh afterwards. */
export function useLeadMutations() {
  const queryClient = useQueryClient();
  const refresh = (lead: LeadResponse) => {
    queryClient.setQueryData(leadQueryKeys.detail(lead.id), lead);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: leadQueryKeys.lists }),
      queryClient.invalidateQueries({ queryKey: leadQueryKeys.timeline(lead.id) }),
    ]);
  };

  const create = useMutation({
    mutationFn: async (body: CreateLeadRequest) =>
      unwrap(await kehuClient.POST('/api/v1/leads', { body })),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: async ({ lead, body }: { lead: LeadResponse; body: UpdateLeadRequest }) =>
      unwrap(
        await kehuClient.PATCH('/api/v1/leads/{id}', {
          params: { path: { id: lead.id }, header: { 'If-Match': ifMatch(lead.version) } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
  const assign = useMutation({
    mutationFn: async ({ leadId, body }: { leadId: string; body: AssignLeadRequest }) =>
      unwrap(
        await kehuClient.POST('/api/v1/leads/{id}/assign', {
          params: { path: { id: leadId } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
  const convert = useMutation({
    mutationFn: async ({ lead, body }: { lead: LeadResponse; body: ConvertLeadRequest }) =>
      unwrap(
        await kehuClient.POST('/api/v1/leads/{id}/convert', {
          params: { path: { id: lead.id }, header: { 'If-Match': ifMatch(lead.version) } },
          body,
        }),
      ),
    onSuccess: async (result) => {
      await refresh(result.lead);
      await queryClient.invalidateQueries({ queryKey: ['customers'] });
    },
  });
  return { create, update, assign, convert };
}
