import type { ApiRequest, ApiResponse } from '../../shared/api/api-shapes';

export type AssignmentRulesResponse = ApiResponse<'/api/v1/settings/lead-assignment-rules', 'get'>;
export type AssignmentRule = AssignmentRulesResponse['rules'][number];
export type AssignmentRulesBody = ApiRequest<'/api/v1/settings/lead-assignment-rules', 'put'>;
export type AssignmentConditions = AssignmentRule['conditions'];
export type AssignmentStrategy = AssignmentRule['strategy'];
export type AssignmentTestRequest = ApiRequest<
  '/api/v1/settings/lead-assignment-rules/test',
  'post'
>;
export type AssignmentTestResponse = ApiResponse<
  '/api/v1/settings/lead-assignment-rules/test',
  'post'
>;
export type LeadScoring = ApiResponse<'/api/v1/settings/lead-scoring', 'get'>;
export type WebFormResponse = ApiResponse<'/api/v1/settings/web-forms/{id}', 'get'>;
export type CreateWebFormRequest = ApiRequest<'/api/v1/settings/web-forms', 'post'>;
export type UpdateWebFormRequest = ApiRequest<'/api/v1/settings/web-forms/{id}', 'patch'>;
