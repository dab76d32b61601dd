import { randomBytes } from 'node:crypto';
import { newUser, signInAll, type Tokens } from './factories/auth.factory';
import { newLead, newTeam, replaceAssignmentRules, type TestLead } from './factories/lead.factory';
import { createTestApp, type TestApp } from './support/test-app';

describe('leads', () => {
  let t: TestApp;
  let admin: Tokens, manager: Tokens, rep1: Tokens, rep2: Tokens, rep3: Tokens, partner: Tokens;
  let viewer: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, manager, rep1, rep2, rep3, partner, viewer] = await signInAll(
      t,
      'admin manager rep1 rep2 rep3 partner viewer',
    );
  });
  afterAll(() => t.app.close());

  const get = (as: Tokens, path: string) => t.as(as).get(`/api/v1${path}`);

  describe('create and read', () => {
    it('a sales rep creates a lead they own, with a number, score and ETag', async () => {
      const response = await t
        .as(rep1)
        .post('/api/v1/leads')
        .send({
          name: '李雷',
          company: '杭州云帆科技有限公司',
          emails: [{ type: 'work', value: 'li.lei@example.com' }],
          region: '华东',
          productInterest: 'CRM',
          source: 'event',
        })
        .expect(201);
      expect(response.body.number).toMatch(/^L-\d{6,}$/);
      expect(response.headers.location).toBe(`/api/v1/leads/${response.body.id}`);
      expect(response.headers.etag).toBe('"1"');
      expect(response.body.owner.id).toBe(rep1.user.id);
      expect(response.body.team.name).toBe('East');
      expect(response.body.status).toBe('new');
      expect(response.body.score).toBeGreaterThan(30);
    });

    it('refuses unknown fields and bad values with 400, creating nothing', async () => {
      const marker = `marker-${randomBytes(4).toString('hex')}`;
      const unknown = await t
        .as(rep1)
        .post('/api/v1/leads')
        .send({ name: marker, favouriteColour: 'red' })
        .expect(400);
      expect(unknown.headers['content-type']).toContain('application/problem+json');
      await t
        .as(rep1)
        .post('/api/v1/leads')
        .send({ name: marker, source: 'carrier-pigeon' })
        .expect(400);
      await t.as(rep1).post('/api/v1/leads').send({}).expect(400);
      await t.as(admin).post('/api/v1/leads').send({ name: '  ' }).expect(400);
      const list = await get(rep1, `/leads?q=${marker}`).expect(200);
      expect(list.body.items).toEqual([]);
    });

    it('reps see only their own leads; another rep gets 404', async () => {
      const lead = await newLead(t, rep1);
      await get(rep2, `/leads/${lead.id}`).expect(404);
      const list = await get(rep2, '/leads?limit=200').expect(200);
      expect(list.body.items.map((item: TestLead) => item.id)).not.toContain(lead.id);
      for (const item of list.body.items as TestLead[]) expect(item.owner?.id).toBe(rep2.user.id);
    });

    it("managers see their team's leads but not another team's", async () => {
      const east = await newLead(t, rep1);
      const west = await newLead(t, rep3);
      await get(manager, `/leads/${east.id}`).expect(200);
      await get(manager, `/leads/${west.id}`).expect(404);
    });

    it("channel partners see only their dealer's leads", async () => {
      const own = await newLead(t, partner, { source: 'dealer' });
      expect(own.owner?.id).toBe(partner.user.id);
      const other = await newLead(t, rep1);
      await get(partner, `/leads/${own.id}`).expect(200);
      await get(partner, `/leads/${other.id}`).expect(404);
      await get(rep1, `/leads/${own.id}`).expect(404);
    });

    it('a viewer reads but cannot create', async () => {
      await get(viewer, '/leads').expect(200);
      await t.as(viewer).post('/api/v1/leads').send({ name: 'x' }).expect(403);
    });

    it('pages with a keyset cursor and filters by status', async () => {
      await newLead(t, rep2);
      await newLead(t, rep2);
      const first = await get(rep2, '/leads?limit=1&status=new').expect(200);
      expect(first.body.items).toHaveLength(1);
      const second = await get(
        rep2,
        `/leads?limit=1&status=new&cursor=${first.body.nextCursor}`,
      ).expect(200);
      expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
      await get(rep2, '/leads?limit=500').expect(400);
    });
  });

  describe('update, status and delete', () => {
    it('moves through statuses; disqualifying needs a reason; converted only by conversion', async () => {
      const lead = await newLead(t, rep1);
      const patch = (body: object, version?: number) => {
        const request = t.as(rep1).patch(`/api/v1/leads/${lead.id}`);
        if (version !== undefined) request.set('If-Match', `"${version}"`);
        return request.send(body);
      };
      await patch({ status: 'converted' }).expect(400);
      await patch({ status: 'disqualified' }).expect(400);
      const contacted = await patch({ status: 'contacted' }, 1).expect(200);
      expect(contacted.body.version).toBe(2);
      await patch({ status: 'new' }).expect(400);
      await patch({ notes: 'stale' }, 1).expect(412);
      const out = await patch({ status: 'disqualified', disqualifiedReason: 'no budget' }).expect(
        200,
      );
      expect(out.body.disqualifiedReason).toBe('no budget');
      const timeline = await get(rep1, `/leads/${lead.id}/timeline`).expect(200);
      expect(timeline.body.items.map((event: { kind: string }) => event.kind)).toEqual(
        expect.arrayContaining(['created', 'status-changed']),
      );
    });

    it('a PATCH with null clears optional fields, as on a customer', async () => {
      const lead = await newLead(t, rep1, {
        company: '清空科技有限公司',
        title: '经理',
        region: '华东',
        productInterest: 'CRM',
        campaign: '春季展会',
        notes: 'to be cleared',
        nextFollowUpAt: '2030-01-15T02:00:00.000Z',
      });
      const clearing = {
        company: null,
        title: null,
        region: null,
        productInterest: null,
        campaign: null,
        notes: null,
        nextFollowUpAt: null,
      };
      const cleared = await t.as(rep1).patch(`/api/v1/leads/${lead.id}`).send(clearing).expect(200);
      expect(cleared.body).toMatchObject({ ...clearing, name: lead.name, version: 2 });
      const read = await get(rep1, `/leads/${lead.id}`).expect(200);
      expect(read.body).toMatchObject({ company: null, region: null, notes: null });
    });

    it.each([
      [{ name: null }, 'name'],
      [{ phones: null }, 'phones'],
      [{ emails: null }, 'emails'],
      [{ status: null }, 'status'],
      [{ sharedWithTeam: null }, 'sharedWithTeam'],
      [{ disqualifiedReason: null }, 'disqualifiedReason'],
    ])('a PATCH with %j is refused (400 naming %s) and changes nothing', async (body, field) => {
      const lead = await newLead(t, rep1, { region: '华东' });
      const response = await t
        .as(rep1)
        .patch(`/api/v1/leads/${lead.id}`)
        .send({ ...body, region: null })
        .expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      const read = await get(rep1, `/leads/${lead.id}`).expect(200);
      expect(read.body).toMatchObject({ version: 1, region: '华东', name: lead.name });
    });

    it('a create without a name, or with a null name, source or owner is refused with 400', async () => {
      for (const [body, field] of [
        [{ company: '上海华腾科技有限公司' }, 'name'],
        [{ name: null }, 'name'],
        [{ name: '韩梅梅', source: null }, 'source'],
        [{ name: '韩梅梅', ownerId: null }, 'ownerId'],
      ] as const) {
        const response = await t.as(admin).post('/api/v1/leads').send(body).expect(400);
        expect(response.body.errors[0].field).toBe(field);
      }
    });

    it('the OpenAPI document marks the clearable lead fields nullable, the others not', async () => {
      const document = await t.http().get('/api/openapi.json').expect(200);
      const update = (
        document.body.components.schemas as Record<
          string,
          { properties: Record<string, { nullable?: boolean }> }
        >
      ).UpdateLeadRequest.properties;
      for (const field of ['company', 'title', 'region', 'productInterest', 'campaign', 'notes'])
        expect(update[field].nullable).toBe(true);
      for (const field of ['name', 'phones', 'status', 'sharedWithTeam'])
        expect(update[field].nullable).toBeUndefined();
    });

    it('a sales rep cannot delete a lead; a manager deletes and restores it', async () => {
      const lead = await newLead(t, rep1);
      await t.as(rep1).delete(`/api/v1/leads/${lead.id}`).expect(403);
      await t.as(manager).delete(`/api/v1/leads/${lead.id}`).expect(204);
      await get(manager, `/leads/${lead.id}`).expect(404);
      await t.as(manager).post(`/api/v1/leads/${lead.id}/restore`).expect(200);
      await get(rep1, `/leads/${lead.id}`).expect(200);
    });

    it('logging a call makes a new lead contacted and raises its score', async () => {
      const lead = await newLead(t, rep1);
      await t
        .as(rep1)
        .post(`/api/v1/leads/${lead.id}/interactions`)
        .send({ kind: 'call', summary: '电话沟通需求' })
        .expect(201);
      const after = await get(rep1, `/leads/${lead.id}`).expect(200);
      expect(after.body.status).toBe('contacted');
      expect(after.body.score).toBeGreaterThan(lead.score);
      expect(after.body.lastActivityAt).not.toBeNull();
    });
  });

  describe('assignment rules', () => {
    let teamId: string;
    let members: Array<Tokens & { email: string }>;

    beforeAll(async () => {
      teamId = await newTeam(t, admin, `Round ${randomBytes(3).toString('hex')}`);
      members = await Promise.all(
        [0, 1, 2].map(() => newUser(t, admin, { roles: ['sales_rep'], teamIds: [teamId] })),
      );
    });

    async function putRules(body: object, status: number) {
      const response = await replaceAssignmentRules(t, admin, body);
      expect(response.status).toBe(status);
      return response;
    }

    /** Rules of one rule, for the leads of one region (and any other fields of the rules). */
    const routeRegionOnly = (region: string, rule: object, rest: object = {}) =>
      putRules({ rules: [{ conditions: { regions: [region] }, ...rule }], ...rest }, 200);

    it('refuses rules naming unknown users or lacking a team (400)', async () => {
      await putRules(
        {
          rules: [
            {
              name: 'x',
              conditions: {},
              strategy: 'user',
              userId: '00000000-0000-4000-8000-000000000000',
            },
          ],
        },
        400,
      );
      await putRules({ rules: [{ name: 'x', conditions: {}, strategy: 'round-robin' }] }, 400);
    });

    it('assigns by the first matching rule, round-robin fairly, and falls back otherwise', async () => {
      const region = `R-${randomBytes(3).toString('hex')}`;
      await putRules(
        {
          rules: [
            {
              name: 'hot events',
              conditions: { sources: ['event'], minScore: 95 },
              strategy: 'user',
              userId: rep3.user.id,
            },
            { name: 'round', conditions: { regions: [region] }, strategy: 'round-robin', teamId },
          ],
          fallbackTeamId: null,
        },
        200,
      );

      const test = await t
        .as(admin)
        .post('/api/v1/settings/lead-assignment-rules/test')
        .send({ region, source: 'phone', score: 10 })
        .expect(200);
      expect(test.body.ruleName).toBe('round');

      const owners: string[] = [];
      for (let i = 0; i < 6; i++) {
        const lead = await newLead(t, admin, { region });
        owners.push(lead.owner?.id ?? 'none');
      }
      const counts = members.map((member) => owners.filter((id) => id === member.user.id).length);
      expect(counts).toEqual([2, 2, 2]);
      expect(owners[0]).not.toBe(owners[1]);

      const unmatched = await newLead(t, admin, { region: 'nowhere' });
      expect(unmatched.owner).toBeNull();

      const assignee = members.find((member) => member.user.id === owners[0]);
      const notes = await get(assignee as Tokens, '/notifications').expect(200);
      expect(notes.body.unreadCount).toBeGreaterThanOrEqual(2);
      expect(notes.body.items[0].kind).toBe('lead-assigned');
      await putRules({ rules: [] }, 200);
    });

    it('a manager whose lead the rules route to another team gets it back once, then 404', async () => {
      const region = `X-${randomBytes(3).toString('hex')}`;
      await routeRegionOnly(
        region,
        { name: 'west', strategy: 'user', userId: rep3.user.id },
        { fallbackTeamId: null },
      );
      const before = await get(admin, `/leads?region=${region}`).expect(200);
      const created = await t
        .as(manager)
        .post('/api/v1/leads')
        .send({ name: `Routed ${region}`, region })
        .expect(201);
      expect(created.body.owner?.id).toBe(rep3.user.id);
      await get(manager, `/leads/${created.body.id}`).expect(404);
      const after = await get(admin, `/leads?region=${region}`).expect(200);
      expect(after.body.items).toHaveLength(before.body.items.length + 1);
      await putRules({ rules: [] }, 200);
    });

    it('several concurrent creates still take turns fairly (no in-memory counter)', async () => {
      const region = `C-${randomBytes(3).toString('hex')}`;
      await routeRegionOnly(region, { name: 'concurrent', strategy: 'round-robin', teamId });
      const leads = await Promise.all(
        Array.from({ length: 9 }, () => newLead(t, admin, { region })),
      );
      const counts = members.map(
        (member) => leads.filter((lead) => lead.owner?.id === member.user.id).length,
      );
      expect(counts).toEqual([3, 3, 3]);
      await putRules({ rules: [] }, 200);
    });

    it('a manager reassigns a lead: on the timeline, notified; a rep may not', async () => {
      const lead = await newLead(t, rep1);
      await t
        .as(rep1)
        .post(`/api/v1/leads/${lead.id}/assign`)
        .send({ ownerId: rep2.user.id })
        .expect(403);
      const moved = await t
        .as(manager)
        .post(`/api/v1/leads/${lead.id}/assign`)
        .send({ ownerId: rep2.user.id })
        .expect(200);
      expect(moved.body.owner.id).toBe(rep2.user.id);
      await get(rep1, `/leads/${lead.id}`).expect(404);
      const timeline = await get(rep2, `/leads/${lead.id}/timeline?kind=assigned`).expect(200);
      expect(timeline.body.items).toHaveLength(1);
      const notes = await get(rep2, '/notifications?unread=true').expect(200);
      expect(
        notes.body.items.some((note: { subjectId: string }) => note.subjectId === lead.id),
      ).toBe(true);
    });

    it('only admins change the rules and scoring weights', async () => {
      await t
        .as(manager)
        .put('/api/v1/settings/lead-assignment-rules')
        .send({ rules: [] })
        .expect(403);
      const weights = await get(admin, '/settings/lead-scoring').expect(200);
      await t
        .as(admin)
        .put('/api/v1/settings/lead-scoring')
        .send({ ...weights.body, completeness: 500 })
        .expect(400);
      await t
        .as(admin)
        .put('/api/v1/settings/lead-scoring')
        .send({ ...weights.body, source: { ...weights.body.source, other: 0 } })
        .expect(200);
    });
  });
});
