import type { components } from './generated/schema';

type Schemas = components['schemas'];

export type LoginRequest = Schemas['LoginRequest'];
export type RefreshRequest = Schemas['RefreshRequest'];
export type LogoutRequest = Schemas['LogoutRequest'];
export type TokenResponse = Schemas['TokenResponse'];
export type MeResponse = Schemas['MeResponse'];
export type PermissionRuleResponse = Schemas['PermissionRuleResponse'];
export type UpdateProfileRequest = Schemas['UpdateProfileRequest'];
export type ChangePasswordRequest = Schemas['ChangePasswordRequest'];
export type PasswordResetRequest = Schemas['PasswordResetRequest'];
export type PasswordResetConfirmRequest = Schemas['PasswordResetConfirmRequest'];
export type ProblemResponse = Schemas['ProblemResponse'];

export type UserResponse = Schemas['UserResponse'];
export type UserListResponse = Schemas['UserListResponse'];
export type CreateUserRequest = Schemas['CreateUserRequest'];
export type UpdateUserRequest = Schemas['UpdateUserRequest'];
export type UserRole = UserResponse['roles'][number];
export type UserLocale = UserResponse['locale'];

export type TeamResponse = Schemas['TeamResponse'];
export type TeamListResponse = Schemas['TeamListResponse'];
export type CreateTeamRequest = Schemas['CreateTeamRequest'];
export type UpdateTeamRequest = Schemas['UpdateTeamRequest'];

export type DealerOrgResponse = Schemas['DealerOrgResponse'];
export type DealerOrgListResponse = Schemas['DealerOrgListResponse'];
export type CreateDealerOrgRequest = Schemas['CreateDealerOrgRequest'];
export type UpdateDealerOrgRequest = Schemas['UpdateDealerOrgRequest'];

export type ApiKeyResponse = Schemas['ApiKeyResponse'];
export type ApiKeyListResponse = Schemas['ApiKeyListResponse'];
export type CreateApiKeyRequest = Schemas['CreateApiKeyRequest'];
export type CreatedApiKeyResponse = Schemas['CreatedApiKeyResponse'];

export type AuditEntryResponse = Schemas['AuditEntryResponse'];
export type AuditListResponse = Schemas['AuditListResponse'];
export type AuditFieldChange = AuditEntryResponse['changes'][string];

/** One invalid input named by an RFC 9457 problem response. */
export interface ProblemFieldError {
  field: string;
  message: string;
}

/** RFC 9457 `application/problem+json` body; extension members (e.g. `duplicates`) stay readable. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: ProblemFieldError[];
  [extension: string]: unknown;
}
