import type { ApiRequest, ApiResponse } from '../../shared/api/api-shapes';

export type ContactResponse = ApiResponse<'/api/v1/contacts/{id}', 'get'>;
/** The company or the person of a contact; one the user may not read has only its id. */
export type ContactParty = ContactResponse['person'];
export type CreateContactRequest = ApiRequest<'/api/v1/customers/{id}/contacts', 'post'>;
export type UpdateContactRequest = ApiRequest<'/api/v1/contacts/{id}', 'patch'>;
