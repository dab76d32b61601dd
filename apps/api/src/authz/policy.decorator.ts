import { SetMetadata } from '@nestjs/common';
import type { Action, SubjectName } from '@kehu/domain';

export const POLICY_KEY = 'kehu:policy';
export const PUBLIC_KEY = 'kehu:public';

export interface RoutePolicy {
  action: Action;
  subject: SubjectName;
}

/** A route on records of several subjects: the action on any one of them lets the caller in. */
export interface AnySubjectPolicy {
  action: Action;
  anyOf: SubjectName[];
}

/**
 * The function-level permission a route needs, checked before the handler runs.
 * Record-level rules are then applied in the query by the service.
 */
export const Policy = (action: Action, subject: SubjectName) =>
  SetMetadata(POLICY_KEY, { action, subject } satisfies RoutePolicy);

/**
 * For routes whose record decides the subject (an import of customers or of leads): the
 * guard lets in whoever may do the action on one of the subjects, and the service checks
 * the record's own subject (an import the caller may not work on is not found).
 */
export const PolicyForAnyOf = (action: Action, subjects: SubjectName[]) =>
  SetMetadata(POLICY_KEY, { action, anyOf: subjects } satisfies AnySubjectPolicy);

/** A route anyone may call without signing in (login, health, public forms). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** A route any signed-in caller may use, whatever their role (e.g. their own profile). */
export const SignedIn = () => SetMetadata(POLICY_KEY, 'signed-in');
