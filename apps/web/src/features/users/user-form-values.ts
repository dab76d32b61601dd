import type {
  CreateUserRequest,
  UpdateUserRequest,
  UserLocale,
  UserResponse,
  UserRole,
} from '@kehu/contracts';

export interface UserFormValues {
  email: string;
  name: string;
  password?: string;
  roles: UserRole[];
  teamIds: string[];
  dealerOrgId?: string;
  locale: UserLocale;
  active: boolean;
}

/** The fields an admin changed; only these are meant to change on the server. */
export type UserChanges = Partial<UpdateUserRequest>;

export const USER_FORM_FIELDS = [
  'email',
  'name',
  'password',
  'roles',
  'teamIds',
  'dealerOrgId',
  'locale',
  'active',
] as const;

export function toUserFormValues(
  user: UserResponse | null,
  defaultLocale: UserLocale,
): Partial<UserFormValues> {
  if (!user) return { roles: [], teamIds: [], locale: defaultLocale, active: true };
  return {
    email: user.email,
    name: user.name,
    roles: user.roles,
    teamIds: user.teamIds,
    dealerOrgId: user.dealerOrgId ?? undefined,
    locale: user.locale,
    active: user.active,
  };
}

export function toCreateUserRequest(values: UserFormValues): CreateUserRequest {
  return {
    email: values.email.trim(),
    name: values.name.trim(),
    password: values.password ?? '',
    roles: values.roles,
    teamIds: values.teamIds,
    dealerOrgId: values.dealerOrgId,
    locale: values.locale,
    active: true,
  };
}

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

export function toUserChanges(user: UserResponse, values: UserFormValues): UserChanges {
  const changes: UserChanges = {};
  if (values.name.trim() !== user.name) changes.name = values.name.trim();
  if (!sameMembers(values.roles, user.roles)) changes.roles = values.roles;
  if (!sameMembers(values.teamIds, user.teamIds)) changes.teamIds = values.teamIds;
  if ((values.dealerOrgId ?? null) !== user.dealerOrgId) {
    changes.dealerOrgId = values.dealerOrgId ?? null;
  }
  if (values.locale !== user.locale) changes.locale = values.locale;
  if (values.active !== user.active) changes.active = values.active;
  if (values.password) changes.password = values.password;
  return changes;
}

/**
 * The PATCH body. The generated type marks `locale` and `active` as required (openapi-typescript
 * reads their documented defaults that way), so their current values are sent along; values
 * equal to the stored ones change nothing.
 */
export function toUpdateUserRequest(user: UserResponse, changes: UserChanges): UpdateUserRequest {
  return { locale: user.locale, active: user.active, ...changes };
}
