import { unwrap } from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ifMatch } from '../../../shared/api/if-match';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useCursorList, type CursorList } from '../../../shared/api/use-cursor-list';
import type {
  CreateWebFormRequest,
  UpdateWebFormRequest,
  WebFormResponse,
} from '../lead-settings-types';
import { leadSettingsQueryKeys } from './lead-settings-query-keys';

const PAGE_SIZE = 50;

export function useWebFormsList(): CursorList<WebFormResponse> {
  return useCursorList(leadSettingsQueryKeys.webForms, async (cursor) =>
    unwrap(
      await kehuClient.GET('/api/v1/settings/web-forms', {
        params: { query: { limit: PAGE_SIZE, cursor } },
      }),
    ),
  );
}

export function useWebFormMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: leadSettingsQueryKeys.webForms });
  const create = useMutation({
    mutationFn: async (body: CreateWebFormRequest) =>
      unwrap(await kehuClient.POST('/api/v1/settings/web-forms', { body })),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: async ({ form, body }: { form: WebFormResponse; body: UpdateWebFormRequest }) =>
      unwrap(
        await kehuClient.PATCH('/api/v1/settings/web-forms/{id}', {
          params: { path: { id: form.id }, header: { 'If-Match': ifMatch(form.version) } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: async (form: WebFormResponse) =>
      unwrap(
        await kehuClient.DELETE('/api/v1/settings/web-forms/{id}', {
          params: { path: { id: form.id }, header: { 'If-Match': ifMatch(form.version) } },
        }),
      ),
    onSuccess: refresh,
  });
  return { create, update, remove };
}
