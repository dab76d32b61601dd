import type { ForcedSubject, MongoAbility, MongoQuery, RawRuleOf } from '@casl/ability';
import { createMongoAbility } from '@casl/ability';
import type { Action } from './actions';
import type { SubjectName } from './subjects';

/** A record tagged with its subject name (see CASL's `subject()` helper). */
export type SubjectRecord = {
  [Name in SubjectName]: Record<string, unknown> & ForcedSubject<Name>;
}[SubjectName];
export type AppSubject = 'all' | SubjectName | SubjectRecord;
export type AppAbility = MongoAbility<[Action, AppSubject], MongoQuery>;
export type PermissionRule = RawRuleOf<AppAbility>;

/** Builds the ability from rules, e.g. the ones `GET /auth/me` hands the console. */
export function createAbility(rules: readonly PermissionRule[]): AppAbility {
  return createMongoAbility<AppAbility>([...rules]);
}
