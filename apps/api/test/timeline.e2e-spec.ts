import { randomUUID } from 'node:crypto';
import { signInAll, type Tokens } from './factories/auth.factory';
import { newCustomer } from './factories/customer.factory';
import { newLead } from './factories/lead.factory';
import { createTestApp, type TestApp } from './support/test-app';

/** The timeline routes every registered subject gets, checked the same way for each. */
describe('timelines of every subject', () => {
  let t: TestApp;
  let rep1: Tokens, rep2: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    [rep1, rep2] = await signInAll(t, 'rep1 rep2');
  });
  afterAll(() => t.app.close());

  const subjects = [
    { path: 'customers', create: (as: Tokens) => newCustomer(t, as) },
    { path: 'leads', create: (as: Tokens) => newLead(t, as) },
  ];

  describe.each(subjects)('/$path/:id', ({ path, create }) => {
    const timeline = (as: Tokens, id: string) =>
      t.as(as).get(`/api/v1/${path}/${id}/timeline`).query({ kind: 'note' });
    const log = (as: Tokens, id: string, summary: string) =>
      t.as(as).post(`/api/v1/${path}/${id}/interactions`).send({ kind: 'note', summary });

    it('the owner logs a note and reads it back, newest first', async () => {
      const record = await create(rep1);
      const first = await log(rep1, record.id, 'first note').expect(201);
      expect(first.body).toMatchObject({
        kind: 'note',
        summary: 'first note',
        actorType: 'user',
        actorId: rep1.user.id,
        details: { participants: [], outcome: null, nextFollowUpOn: null },
      });
      await log(rep1, record.id, 'second note').expect(201);
      const page = await timeline(rep1, record.id).expect(200);
      expect(page.body.items.map((event: { summary: string }) => event.summary)).toEqual([
        'second note',
        'first note',
      ]);
    });

    it('a parent the caller may not read is not found, for reading and logging alike', async () => {
      const record = await create(rep1);
      await timeline(rep2, record.id).expect(404);
      const refused = await log(rep2, record.id, 'not mine').expect(404);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      const page = await timeline(rep1, record.id).expect(200);
      expect(page.body.items).toEqual([]);
    });

    it('a missing parent is not found; a bad id or kind is a 400', async () => {
      await timeline(rep1, randomUUID()).expect(404);
      await log(rep1, randomUUID(), 'nobody').expect(404);
      await t.as(rep1).get(`/api/v1/${path}/not-a-uuid/timeline`).expect(400);
      const record = await create(rep1);
      await t
        .as(rep1)
        .get(`/api/v1/${path}/${record.id}/timeline`)
        .query({ kind: 'carrier-pigeon' })
        .expect(400);
    });
  });
});
