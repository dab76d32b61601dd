import { expectSuccess, unwrap } from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { versionedRecord } from '../../../shared/api/if-match';
import { kehuClient } from '../../../shared/api/kehu-client';
import { customerQueryKeys } from '../../customers/hooks/customer-query-keys';
import type { ContactResponse, CreateContactRequest, UpdateContactRequest } from '../contact-types';
import { contactQueryKeys } from './contact-query-keys';

export async function fetchContact(id: string): Promise<ContactResponse> {
  return unwrap(await kehuClient.GET('/api/v1/contacts/{id}', { params: { path: { id } } }));
}

interface CreateInput {
  companyId: string;
  body: CreateContactRequest;
  /** The user confirmed the similar customers the API warned about (new person only). */
  acknowledgeDuplicates: boolean;
}

interface UpdateInput {
  contact: ContactResponse;
  changes: UpdateContactRequest;
}

/**
 * Contact writes. Each refreshes the contacts of both sides (the company lists its
 * people, the person the companies); a new person also joins the customer lists.
 */
export function useContactMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: contactQueryKeys.all });

  const create = useMutation({
    mutationFn: async ({ companyId, body, acknowledgeDuplicates }: CreateInput) =>
      unwrap(
        await kehuClient.POST('/api/v1/customers/{id}/contacts', {
          params: { path: { id: companyId }, query: { acknowledgeDuplicates } },
          body,
        }),
      ),
    onSuccess: (_contact, { body }) =>
      body.person
        ? queryClient.invalidateQueries({ queryKey: customerQueryKeys.lists })
        : undefined,
    onSettled: refresh,
  });
  const update = useMutation({
    mutationFn: async ({ contact, changes }: UpdateInput) =>
      unwrap(
        await kehuClient.PATCH('/api/v1/contacts/{id}', {
          ...versionedRecord(contact),
          body: changes,
        }),
      ),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: async (contact: ContactResponse) =>
      expectSuccess(await kehuClient.DELETE('/api/v1/contacts/{id}', versionedRecord(contact))),
    onSettled: refresh,
  });
  const restore = useMutation({
    mutationFn: async (contact: ContactResponse) =>
      unwrap(
        await kehuClient.POST('/api/v1/contacts/{id}/restore', {
          params: { path: { id: contact.id } },
        }),
      ),
    onSettled: refresh,
  });

  return { create, update, remove, restore };
}
