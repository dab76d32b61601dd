import type supertest from 'supertest';
import { bearer, type Tokens } from './auth.factory';
import { uniqueMobile } from './customer.factory';
import type { TestApp } from '../support/test-app';

export interface TestLead {
  id: string;
  number: string;
  name: string;
  status: string;
  score: number;
  version: number;
  owner: { id: string; name: string } | null;
  team: { id: string; name: string } | null;
}

export async function newLead(
  t: TestApp,
  as: Tokens,
  fields: Record<string, unknown> = {},
): Promise<TestLead> {
  const response = await t
    .http()
    .post('/api/v1/leads')
    .set(bearer(as))
    .send({ name: '王芳', phones: [{ type: 'mobile', value: uniqueMobile() }], ...fields });
  if (response.status !== 201)
    throw new Error(`lead not created: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as TestLead;
}

export async function newTeam(t: TestApp, admin: Tokens, name: string): Promise<string> {
  const response = await t.http().post('/api/v1/teams').set(bearer(admin)).send({ name });
  if (response.status !== 201)
    throw new Error(`team not created: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { id: string }).id;
}

/** Replaces the lead assignment rules, with If-Match set to their current version. */
export async function replaceAssignmentRules(
  t: TestApp,
  admin: Tokens,
  body: object,
): Promise<supertest.Response> {
  const current = await t
    .http()
    .get('/api/v1/settings/lead-assignment-rules')
    .set(bearer(admin))
    .expect(200);
  return t
    .http()
    .put('/api/v1/settings/lead-assignment-rules')
    .set(bearer(admin))
    .set('If-Match', `"${(current.body as { version: number }).version}"`)
    .send(body);
}
