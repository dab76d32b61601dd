import type { KehuClient } from '@kehu/contracts';
import type { Client } from 'openapi-fetch';

/*
 * The contact shapes of the generated OpenAPI client, read from its path types (as the
 * customers feature does), so they follow the API whenever it is regenerated.
 */
type Paths = KehuClient extends Client<infer P> ? P : never;
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Operation<Path extends keyof Paths, Method extends 'get' | 'post' | 'patch'> = NonNullable<
  Paths[Path][Method]
>;
type RequestOf<Path extends keyof Paths, Method extends 'post' | 'patch'> =
  Operation<Path, Method> extends { requestBody?: infer Body } ? Json<NonNullable<Body>> : never;

export type ContactResponse = Json<Operation<'/api/v1/contacts/{id}', 'get'>['responses'][200]>;
export type ContactParty = ContactResponse['person'];
export type CreateContactRequest = RequestOf<'/api/v1/customers/{id}/contacts', 'post'>;
export type UpdateContactRequest = RequestOf<'/api/v1/contacts/{id}', 'patch'>;
