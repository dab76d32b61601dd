import type supertest from 'supertest';
import type { Tokens } from '../factories/auth.factory';
import type { TestApp } from './test-app';

/**
 * Updates the record at `path` with `If-Match: "1"` (200), then sends a second update
 * still at version 1, which is refused (412). Returns the refusal and the record as read
 * after it (200), to check that the stale update changed nothing.
 */
export async function updateThenStaleUpdate(
  t: TestApp,
  as: Tokens,
  path: string,
  update: object,
  staleUpdate: object,
): Promise<{ stale: supertest.Response; read: supertest.Response }> {
  const updateAtVersionOne = (body: object) =>
    t.as(as).patch(path).set('If-Match', '"1"').send(body);
  await updateAtVersionOne(update).expect(200);
  const stale = await updateAtVersionOne(staleUpdate).expect(412);
  const read = await t.as(as).get(path).expect(200);
  return { stale, read };
}
