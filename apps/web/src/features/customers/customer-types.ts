import type { KehuClient } from '@kehu/contracts';
import type { Client } from 'openapi-fetch';

/*
 * The customer shapes of the generated OpenAPI client. @kehu/contracts does not name them
 * yet, so they are read from its path types: they follow the API whenever it is regenerated.
 */
type Paths = KehuClient extends Client<infer P> ? P : never;
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Operation<
  Path extends keyof Paths,
  Method extends 'get' | 'post' | 'put' | 'patch',
> = NonNullable<Paths[Path][Method]>;
type RequestOf<Path extends keyof Paths, Method extends 'post' | 'put' | 'patch'> =
  Operation<Path, Method> extends { requestBody?: infer Body } ? Json<NonNullable<Body>> : never;

export type CustomerResponse = Json<Operation<'/api/v1/customers/{id}', 'get'>['responses'][200]>;
export type CustomerListQuery = NonNullable<
  Operation<'/api/v1/customers', 'get'>['parameters']['query']
>;
export type CustomerSort = NonNullable<CustomerListQuery['sort']>;
export type CreateCustomerRequest = RequestOf<'/api/v1/customers', 'post'>;
export type UpdateCustomerRequest = RequestOf<'/api/v1/customers/{id}', 'patch'>;
export type DuplicateCheckRequest = RequestOf<'/api/v1/customers/duplicates/check', 'post'>;
export type DuplicateCandidate = Json<
  Operation<'/api/v1/customers/duplicates/check', 'post'>['responses'][200]
>['duplicates'][number];
export type TransferCustomerRequest = RequestOf<'/api/v1/customers/{id}/transfer', 'post'>;
export type BulkTransferRequest = RequestOf<'/api/v1/customers/transfer', 'post'>;

export type CustomerKind = CustomerResponse['kind'];
export type CustomerTier = CustomerResponse['tier'];
export type CustomerRole = CustomerResponse['roles'][number];
export type Phone = CustomerResponse['phones'][number];
export type Email = CustomerResponse['emails'][number];
export type Address = CustomerResponse['addresses'][number];
export type ImHandle = CustomerResponse['imHandles'][number];
export type PhoneType = Phone['type'];
export type EmailType = Email['type'];
export type AddressType = Address['type'];
export type ImType = ImHandle['type'];
export type CompanySize = NonNullable<CreateCustomerRequest['companySize']>;
export type Gender = NonNullable<CreateCustomerRequest['gender']>;
export type MaritalStatus = NonNullable<CreateCustomerRequest['maritalStatus']>;
export type DuplicateMatchField = DuplicateCandidate['matchedOn'][number];
