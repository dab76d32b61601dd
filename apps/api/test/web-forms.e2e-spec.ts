import { randomBytes } from 'node:crypto';
import { signInAll, type Tokens } from './factories/auth.factory';
import { replaceAssignmentRules } from './factories/lead.factory';
import { createTestApp, type TestApp } from './support/test-app';

const ORIGIN = 'https://www.example-shop.cn';

describe('web forms', () => {
  let t: TestApp;
  let admin: Tokens, manager: Tokens, rep2: Tokens;
  let form: { id: string; publicKey: string; submitPath: string; embedSnippet: string };

  beforeAll(async () => {
    t = await createTestApp({ WEB_FORM_MAX_SUBMISSIONS_PER_ADDRESS: '6' });
    [admin, manager, rep2] = await signInAll(t, 'admin manager rep2');
    const created = await t
      .as(admin)
      .post('/api/v1/settings/web-forms')
      .send({
        name: 'Website enquiries',
        allowedOrigins: [ORIGIN],
        fieldMapping: { full_name: 'name', mobile: 'phone', mail: 'email', region: 'region' },
        campaign: 'Spring fair',
      })
      .expect(201);
    form = created.body;
  });
  afterAll(() => t.app.close());

  const submit = (body: string | object, origin: string | null = ORIGIN) => {
    const request = t.http().post(form.submitPath);
    if (origin) request.set('Origin', origin);
    if (typeof body === 'string') request.set('Content-Type', 'application/x-www-form-urlencoded');
    return request.send(body);
  };

  it('gives admins a public key and an embeddable snippet; others may not manage forms', async () => {
    expect(form.publicKey).toMatch(/^[\w-]{20,}$/);
    expect(form.embedSnippet).toContain(`action="http://`);
    expect(form.embedSnippet).toContain(form.submitPath);
    expect(form.embedSnippet).toContain('name="website"');
    await t.as(manager).get('/api/v1/settings/web-forms').expect(403);
    await t
      .as(admin)
      .post('/api/v1/settings/web-forms')
      .send({ name: 'x', fieldMapping: { mail: 'email' } })
      .expect(400);
  });

  it('refuses a create without a name or field mapping, and null for settings that have no empty value (400)', async () => {
    const valid = { name: 'null check', fieldMapping: { full_name: 'name' } };
    const own = await t
      .as(admin)
      .post('/api/v1/settings/web-forms')
      .send({ ...valid, campaign: 'Autumn fair' })
      .expect(201);
    for (const field of ['name', 'fieldMapping'] as const) {
      const withoutField = Object.fromEntries(
        Object.entries(valid).filter(([key]) => key !== field),
      );
      const created = await t
        .as(admin)
        .post('/api/v1/settings/web-forms')
        .send(withoutField)
        .expect(400);
      expect(new Set(created.body.errors.map((error: { field: string }) => error.field))).toEqual(
        new Set([field]),
      );
    }
    for (const field of ['name', 'fieldMapping', 'allowedOrigins', 'honeypotField', 'active']) {
      const created = await t
        .as(admin)
        .post('/api/v1/settings/web-forms')
        .send({ ...valid, [field]: null });
      expect({ field, status: created.status }).toEqual({ field, status: 400 });
      const updated = await t
        .as(admin)
        .patch(`/api/v1/settings/web-forms/${own.body.id}`)
        .send({ [field]: null });
      expect({ field, status: updated.status }).toEqual({ field, status: 400 });
    }
    // A campaign may be cleared.
    await t
      .as(admin)
      .patch(`/api/v1/settings/web-forms/${own.body.id}`)
      .send({ campaign: null })
      .expect(200);
  });

  it('a submission from an allowed origin creates a lead assigned by the rules', async () => {
    const region = `WF-${randomBytes(3).toString('hex')}`;
    const replaced = await replaceAssignmentRules(t, admin, {
      rules: [
        {
          name: 'web to rep2',
          conditions: { sources: ['web-form'], regions: [region] },
          strategy: 'user',
          userId: rep2.user.id,
        },
      ],
    });
    expect(replaced.status).toBe(200);

    const preflight = await t
      .http()
      .options(form.submitPath)
      .set('Origin', ORIGIN)
      .set('Access-Control-Request-Method', 'POST')
      .expect(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(ORIGIN);

    const name = `访客 ${randomBytes(3).toString('hex')}`;
    const response = await submit(
      new URLSearchParams({
        full_name: name,
        mobile: '13800138000',
        region,
        website: '',
      }).toString(),
    ).expect(201);
    expect(response.headers['access-control-allow-origin']).toBe(ORIGIN);

    const leads = await t
      .as(rep2)
      .get(`/api/v1/leads?q=${encodeURIComponent(name)}`)
      .expect(200);
    expect(leads.body.items).toHaveLength(1);
    expect(leads.body.items[0]).toMatchObject({
      source: 'web-form',
      campaign: 'Spring fair',
      webFormId: form.id,
      owner: { id: rep2.user.id },
    });
    const timeline = await t
      .as(rep2)
      .get(`/api/v1/leads/${leads.body.items[0].id}/timeline?kind=assigned`)
      .expect(200);
    expect(timeline.body.items[0].summary).toBe('web to rep2');
  });

  it('refuses a disallowed origin, the honeypot, unknown fields and bad values', async () => {
    const name = `bot ${randomBytes(3).toString('hex')}`;
    await submit({ full_name: name }, 'https://evil.example').expect(403);
    await submit({ full_name: name }, null).expect(403);
    await t.http().options(form.submitPath).set('Origin', 'https://evil.example').expect(403);
    await submit({ full_name: name, website: 'http://spam.example' }).expect(400);
    const unknown = await submit({ full_name: name, password: 'x' }).expect(400);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    await submit({ full_name: name, mail: 'not-an-address' }).expect(400);
    await submit({ full_name: 'x'.repeat(201) }).expect(400);
    await t
      .http()
      .post('/api/v1/public/forms/no-such-key/submissions')
      .set('Origin', ORIGIN)
      .send({ full_name: 'x' })
      .expect(404);
    const leads = await t
      .as(admin)
      .get(`/api/v1/leads?q=${encodeURIComponent(name)}`)
      .expect(200);
    expect(leads.body.items).toEqual([]);
  });

  it('answers 429 with Retry-After once an address sent too many', async () => {
    let limited: { status: number; headers: Record<string, string> } | undefined;
    for (let i = 0; i < 12 && !limited; i++) {
      const response = await submit({ full_name: `flood ${i}` });
      if (response.status === 429) limited = response;
      else expect(response.status).toBe(201);
    }
    expect(limited?.headers['retry-after']).toMatch(/^\d+$/);
  });
});
