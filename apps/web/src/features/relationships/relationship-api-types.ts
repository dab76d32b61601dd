import type { ApiRequest, ApiResponse } from '../../shared/api/api-shapes';

export type RelationshipGraph = ApiResponse<'/api/v1/customers/{id}/relationships', 'get'>;
export type RelationshipGraphNode = RelationshipGraph['nodes'][number];
export type RelationshipGraphEdge = RelationshipGraph['edges'][number];
export type LocalizedText = RelationshipGraphEdge['label'];
export type CreateRelationshipRequest = ApiRequest<'/api/v1/customers/{id}/relationships', 'post'>;
export type UpdateRelationshipRequest = ApiRequest<'/api/v1/relationships/{id}', 'patch'>;

export type RelationshipType = ApiResponse<'/api/v1/relationship-types/{id}', 'get'>;
export type PartyKindConstraint = RelationshipType['fromKind'];
export type CreateRelationshipTypeRequest = ApiRequest<'/api/v1/relationship-types', 'post'>;
export type UpdateRelationshipTypeRequest = ApiRequest<'/api/v1/relationship-types/{id}', 'patch'>;
