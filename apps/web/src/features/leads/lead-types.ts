import type { ApiQuery, ApiRequest, ApiResponse } from '../../shared/api/api-shapes';

export type LeadResponse = ApiResponse<'/api/v1/leads/{id}', 'get'>;
export type LeadListQuery = ApiQuery<'/api/v1/leads', 'get'>;
export type LeadSort = NonNullable<LeadListQuery['sort']>;
export type CreateLeadRequest = ApiRequest<'/api/v1/leads', 'post'>;
export type UpdateLeadRequest = ApiRequest<'/api/v1/leads/{id}', 'patch'>;
export type ConvertLeadRequest = ApiRequest<'/api/v1/leads/{id}/convert', 'post'>;
export type ConvertLeadResponse = ApiResponse<'/api/v1/leads/{id}/convert', 'post'>;
export type AssignLeadRequest = ApiRequest<'/api/v1/leads/{id}/assign', 'post'>;
export type LeadStatus = LeadResponse['status'];
export type LeadSource = LeadResponse['source'];
export type ConversionCandidatesResponse = ApiResponse<
  '/api/v1/leads/{id}/conversion-candidates',
  'get'
>;
export type ConversionCandidate = ConversionCandidatesResponse['candidates'][number];
