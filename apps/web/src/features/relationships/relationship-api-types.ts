import type { KehuClient } from '@kehu/contracts';
import type { Client } from 'openapi-fetch';

/*
 * The relationship shapes of the generated OpenAPI client, read from its path types so they
 * follow the API whenever it is regenerated.
 */
type Paths = KehuClient extends Client<infer P> ? P : never;
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Operation<
  Path extends keyof Paths,
  Method extends 'get' | 'post' | 'put' | 'patch',
> = NonNullable<Paths[Path][Method]>;
type RequestOf<Path extends keyof Paths, Method extends 'post' | 'put' | 'patch'> =
  Operation<Path, Method> extends { requestBody?: infer Body } ? Json<NonNullable<Body>> : never;

export type RelationshipGraph = Json<
  Operation<'/api/v1/customers/{id}/relationships', 'get'>['responses'][200]
>;
export type RelationshipGraphNode = RelationshipGraph['nodes'][number];
export type RelationshipGraphEdge = RelationshipGraph['edges'][number];
export type LocalizedText = RelationshipGraphEdge['label'];
export type CreateRelationshipRequest = RequestOf<'/api/v1/customers/{id}/relationships', 'post'>;
export type UpdateRelationshipRequest = RequestOf<'/api/v1/relationships/{id}', 'patch'>;

export type RelationshipType = Json<
  Operation<'/api/v1/relationship-types/{id}', 'get'>['responses'][200]
>;
export type PartyKindConstraint = RelationshipType['fromKind'];
export type CreateRelationshipTypeRequest = RequestOf<'/api/v1/relationship-types', 'post'>;
export type UpdateRelationshipTypeRequest = RequestOf<'/api/v1/relationship-types/{id}', 'patch'>;
