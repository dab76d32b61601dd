import type { ForcedSubject, MongoAbility, MongoQuery, RawRuleOf } from '@casl/ability';
import { createMongoAbility, subject } from '@casl/ability';
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

/** Tags a plain record with its subject name, so rules with conditions can test it. */
export function asSubject(name: SubjectName, record: Record<string, unknown>): SubjectRecord {
  const tagged: unknown = subject(name, { ...record });
  return tagged as SubjectRecord;
}
