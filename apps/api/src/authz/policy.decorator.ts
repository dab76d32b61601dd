import { SetMetadata } from '@nestjs/common';
import type { Action, SubjectName } from '@kehu/domain';

export const POLICY_KEY = 'kehu:policy';
export const PUBLIC_KEY = 'kehu:public';

export interface RoutePolicy {
  action: Action;
  subject: SubjectName;
}

/**
 * The function-level permission a route needs, checked before the handler runs.
 * Record-level rules are then applied in the query by the service.
 */
export const Policy = (action: Action, subject: SubjectName) =>
  SetMetadata(POLICY_KEY, { action, subject } satisfies RoutePolicy);

/** A route anyone may call without signing in (login, health, public forms). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** A route any signed-in caller may use, whatever their role (e.g. their own profile). */
export const SignedIn = () => SetMetadata(POLICY_KEY, 'signed-in');
