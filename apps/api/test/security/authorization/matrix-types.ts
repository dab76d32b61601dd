import type { Action, SubjectName } from '@kehu/domain';
import type { Response } from 'supertest';
import type { TestApp } from '../../support/test-app';
import type { Actor, ActorName } from '../support/actors';
import type { SecurityRecords, Target } from '../support/records';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

/** One HTTP call of the matrix; the actor's credentials are added by the runner. */
export interface MatrixCall {
  method: HttpMethod;
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  file?: { field: string; content: Buffer; filename: string };
  /** Replaces the actor's credentials (e.g. a call made without signing in). */
  anonymous?: boolean;
}

/** Who may call an operation at all (function level). */
export type Access =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'policy'; action: Action; subject: SubjectName };

/** The kinds of records calls are made against; each has its set of holders. */
export type TargetKind =
  | 'customer'
  | 'contact'
  | 'relationship'
  | 'segment'
  | 'team'
  | 'user'
  | 'dealer-org'
  | 'api-key'
  | 'tag'
  | 'tag-group'
  | 'relationship-type'
  | 'import'
  | 'lead'
  | 'notification'
  | 'task'
  | 'web-form'
  | 'custom-field';

export interface MatrixContext {
  t: TestApp;
  records: SecurityRecords;
  actors: Record<ActorName, Actor>;
}

/**
 * One OpenAPI operation: who may call it, on which records, and what an allowed call
 * answers. The expected status comes from libs/domain's rules, never from this entry:
 * not allowed at all → 403; a record the actor may not read → 404; readable but not
 * allowed → 403; otherwise one of `allowed`.
 */
export interface MatrixEntry {
  access: Access;
  /** The records the call is made against (one call per record); none: one call. */
  target?: TargetKind;
  /**
   * The record is looked for (a search, an export, the duplicate check), not addressed:
   * one the caller may not read is left out of a 200, never answered with 404.
   */
  searchesTarget?: boolean;
  /**
   * The call changes its record: `in-place` leaves it where it was (a rename, a tag, a
   * timeline entry), so calls share one record; `consumes` deletes, restores, merges or
   * starts it, so every allowed call gets a record of its own. Either way a refused call
   * must leave the record exactly as it was.
   */
  writes?: 'in-place' | 'consumes';
  /** The record is soft-deleted first (restore). */
  deletedTarget?: boolean;
  /**
   * A record rule of libs/domain the call must also satisfy beyond its access policy
   * (e.g. the lead conversion rule: the customer it creates must be one the actor may
   * create); a readable record that fails it is answered 403.
   */
  alsoRequires?(actor: Actor, target: Target): boolean;
  /** Statuses of an allowed call (default: 200, 201, 204). */
  allowed?: readonly number[];
  /**
   * Status for a record the caller may not act on, where the API cannot answer per record
   * (bulk calls answer 403 for the whole request, the same for a missing id).
   */
  deniedRecordStatus?: number;
  call(ctx: MatrixContext, actor: Actor, target: Target | undefined): Promise<MatrixCall>;
  /** What an allowed answer must (not) contain, e.g. only readable rows. */
  verify?(ctx: MatrixContext, actor: Actor, target: Target | undefined, response: Response): void;
}
