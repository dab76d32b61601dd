import fs from 'node:fs';
import path from 'node:path';
import { createTestApp, type TestApp } from '../../support/test-app';
import { ACTOR_NAMES, type Actor, type ActorName, signInActors } from '../support/actors';
import { SecurityRecords, type Target } from '../support/records';
import { TargetPool, TARGET_LABELS } from './matrix-targets';
import type { MatrixContext, MatrixEntry } from './matrix-types';
import { sendCall } from './send-call';
import { MATRIX } from './operations';

const COMMITTED_DOCUMENT = path.join(__dirname, '../../../../../libs/contracts/openapi.json');

interface OpenApiDocument {
  paths: Record<string, Record<string, { operationId?: string }>>;
}

function operationIds(document: OpenApiDocument): string[] {
  return Object.values(document.paths).flatMap((operations) =>
    Object.values(operations).flatMap((operation) =>
      operation.operationId ? [operation.operationId] : [],
    ),
  );
}

type Expected = 'allowed' | 401 | 403 | 404;

/** What libs/domain's rules say the call must answer. */
function expectedOutcome(
  entry: MatrixEntry,
  actor: Actor | null,
  target: Target | undefined,
): Expected {
  if (entry.access.kind === 'public') return 'allowed';
  if (actor === null) return 401;
  if (entry.access.kind === 'signed-in') {
    // A record of one's own (a notification): another's is not found.
    return target && !target.visibleTo(actor) ? 404 : 'allowed';
  }
  const { action, subject } = entry.access;
  if (!actor.ability.can(action, subject)) return 403;
  if (target === undefined || entry.searchesTarget) return 'allowed';
  if (!target.visibleTo(actor)) return (entry.deniedRecordStatus as 403 | undefined) ?? 404;
  if (!target.allows(actor, action)) return 403;
  if (entry.alsoRequires && !entry.alsoRequires(actor, target)) return 403;
  return 'allowed';
}

function matches(expected: Expected, entry: MatrixEntry, status: number): boolean {
  if (expected === 'allowed') return (entry.allowed ?? [200, 201, 204]).includes(status);
  return status === expected;
}

describe('authorization matrix: every operation × every role × every holder of a record', () => {
  let t: TestApp;
  let ctx: MatrixContext;
  let pool: TargetPool;

  beforeAll(async () => {
    t = await createTestApp();
    const actors = await signInActors(t);
    ctx = { t, actors, records: await SecurityRecords.create(t, actors) };
    pool = new TargetPool(ctx);
  }, 60_000);
  afterAll(() => t.app.close());

  it('has an entry for every operation of the OpenAPI document, and none for a removed one', async () => {
    const committed = JSON.parse(fs.readFileSync(COMMITTED_DOCUMENT, 'utf8')) as OpenApiDocument;
    const served = (await t.http().get('/api/openapi.json').expect(200)).body as OpenApiDocument;
    const documented = [...new Set([...operationIds(committed), ...operationIds(served)])].sort();
    expect(documented.filter((id) => !(id in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((id) => !documented.includes(id))).toEqual([]);
  });

  /** One actor's calls of one operation: every target, each checked against the rules. */
  async function runOperation(operationId: string, actorName: ActorName | 'anonymous') {
    const entry = MATRIX[operationId];
    const actor = actorName === 'anonymous' ? null : ctx.actors[actorName];
    const labels = entry.target ? TARGET_LABELS[entry.target] : [undefined];
    const mismatches: unknown[] = [];
    for (const label of labels) {
      const options = { fresh: false, deleted: entry.deletedTarget === true };
      let target = entry.target && label ? await pool.get(entry.target, label, options) : undefined;
      const expected = expectedOutcome(entry, actor, target);
      if (entry.target && label && entry.writes === 'consumes' && expected === 'allowed') {
        target = await pool.get(entry.target, label, { ...options, fresh: true });
      }
      const denied = expected !== 'allowed';
      const before = denied && entry.writes && target ? await target.snapshot() : undefined;
      const request = await entry.call(ctx, actor ?? ctx.actors.admin, target);
      const response = await sendCall(t, actor, request);
      const row = { target: label ?? '-', expected, status: response.status };
      if (!matches(expected, entry, response.status)) {
        mismatches.push({ ...row, body: response.body as unknown });
        continue;
      }
      if (denied) {
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        if (target?.customer) expect(response.text).not.toContain(target.customer.name);
        if (before !== undefined)
          expect({ ...row, after: await target?.snapshot() }).toEqual({
            ...row,
            after: before,
          });
      } else if (actor) {
        entry.verify?.(ctx, actor, target, response);
      }
    }
    expect(mismatches).toEqual([]);
  }

  for (const operationId of Object.keys(MATRIX)) {
    describe(operationId, () => {
      it.each([...ACTOR_NAMES, 'anonymous' as const])('as %s', (actorName) =>
        runOperation(operationId, actorName),
      );
    });
  }
});
