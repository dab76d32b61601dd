import fc from 'fast-check';
import { createTestApp, type TestApp } from '../../support/test-app';
import { TargetPool, TARGET_LABELS } from '../authorization/matrix-targets';
import type { MatrixContext } from '../authorization/matrix-types';
import { MATRIX } from '../authorization/operations';
import { type Actor, ownAdmin, signInActors } from './actors';
import { type OpenApiOperation, OPERATIONS } from './openapi-document';
import { SecurityRecords, type Target } from './records';
import { auditEntriesBy } from './row-snapshot';

/**
 * What the three fuzz suites (bodies, queries, path parameters) share: the operations they
 * fuzz, fast-check's settings, and a session — an app on the file's own database, the
 * matrix's actors and targets, and an admin of its own whose audit entries tell whether
 * a refused request wrote anything.
 */

/** Cases per operation: 200 in CI (issue 5's floor), 25 locally; FUZZ_RUNS overrides both. */
const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.CI ? 200 : 25));
/** A fixed seed when FUZZ_SEED is set (CI), so a red run can be replayed exactly. */
const SEED = process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) };

export const FUZZ_SETTINGS: fc.Parameters<unknown> = { numRuns: RUNS, endOnFailure: true, ...SEED };

/** A whole operation's cases may take a while on a loaded machine. */
export const FUZZ_TIMEOUT_MS = 600_000;

/**
 * Not fuzzed: sign-in calls (their rate limits would lock the run out; the auth suite
 * covers them), and the settings the suites' own targets are made under (duplicate rules,
 * lead assignment and scoring): a valid fuzzed replacement would change how the later
 * targets are created.
 */
const SKIPPED = new Set([
  'Auth_login',
  'Auth_refresh',
  'Auth_logout',
  'DuplicateRules_replace',
  'LeadSettings_replaceAssignmentRules',
  'LeadSettings_replaceScoring',
]);

/** The documented operations the authorization matrix knows how to call, bar SKIPPED. */
export function fuzzedOperations(
  include: (operation: OpenApiOperation) => boolean,
): OpenApiOperation[] {
  return OPERATIONS.filter(
    (operation) =>
      operation.operationId in MATRIX && !SKIPPED.has(operation.operationId) && include(operation),
  );
}

/** What an error body must never show: a stack frame or a database error. */
export const LEAKED_INTERNALS =
  /\s+at .+\.(t|j)s:\d+|QueryFailedError|syntax error at or near|violates .* constraint/;

/** A generated value as it goes into a URL or a query string. */
export const asText = (value: unknown) =>
  typeof value === 'string' ? value : JSON.stringify(value);

export interface FuzzSession {
  t: TestApp;
  ctx: MatrixContext;
  fuzzer: Actor;
  /** How many audit entries the fuzzing admin has written so far. */
  auditCount: () => Promise<number>;
  /** A fresh record of the kind the operation acts on (deleted, if it needs one). */
  targetFor: (operationId: string) => Promise<Target | undefined>;
}

/** Starts the session before the file's tests and closes its app after them. */
export function useFuzzSession(): () => FuzzSession {
  let session: FuzzSession | undefined;
  let t: TestApp | undefined;

  beforeAll(async () => {
    t = await createTestApp({ LOG_LEVEL: process.env.FUZZ_LOG_LEVEL ?? 'silent' });
    const app = t;
    const actors = await signInActors(app);
    const ctx: MatrixContext = {
      t: app,
      actors,
      records: await SecurityRecords.create(app, actors),
    };
    const pool = new TargetPool(ctx);
    const fuzzer = await ownAdmin(app, actors);
    session = {
      t: app,
      ctx,
      fuzzer,
      auditCount: () => auditEntriesBy(app, fuzzer.tokens.user.id),
      targetFor: async (operationId) => {
        const entry = MATRIX[operationId];
        if (!entry.target) return undefined;
        return pool.get(entry.target, TARGET_LABELS[entry.target][0], {
          fresh: true,
          deleted: entry.deletedTarget === true,
        });
      },
    };
  }, 60_000);
  afterAll(() => t?.app.close());

  return () => {
    if (!session) throw new Error('the fuzz session starts in beforeAll');
    return session;
  };
}
