import type supertest from 'supertest';
import type { Tokens } from './auth.factory';
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
    .as(as)
    .post('/api/v1/leads')
    .send({ name: '王芳', phones: [{ type: 'mobile', value: uniqueMobile() }], ...fields });
  if (response.status !== 201)
    throw new Error(`lead not created: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as TestLead;
}

export async function newTeam(t: TestApp, admin: Tokens, name: string): Promise<string> {
  const response = await t.as(admin).post('/api/v1/teams').send({ name });
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
  const current = await t.as(admin).get('/api/v1/settings/lead-assignment-rules').expect(200);
  return t
    .as(admin)
    .put('/api/v1/settings/lead-assignment-rules')
    .set('If-Match', `"${(current.body as { version: number }).version}"`)
    .send(body);
}
