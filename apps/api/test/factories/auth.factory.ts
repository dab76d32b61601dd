import { randomBytes } from 'node:crypto';
import type { TestApp } from '../support/test-app';

export const DEMO_PASSWORD = 'kehu-demo';

export const DEMO_EMAILS = {
  admin: 'admin@kehu.local',
  sales_manager: 'manager@kehu.local',
  sales_rep: 'rep1@kehu.local',
  channel_partner: 'partner@kehu.local',
  service_agent: 'agent@kehu.local',
  marketer: 'marketer@kehu.local',
  viewer: 'viewer@kehu.local',
} as const;

export type DemoRole = keyof typeof DEMO_EMAILS;

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  user: { id: string; roles: string[]; teamIds: string[]; dealerOrgId: string | null };
}

export async function signIn(t: TestApp, email: string, password = DEMO_PASSWORD): Promise<Tokens> {
  const response = await t.http().post('/api/v1/auth/login').send({ email, password }).expect(200);
  return response.body as Tokens;
}

export const bearer = (tokens: Tokens | string) => ({
  Authorization: `Bearer ${typeof tokens === 'string' ? tokens : tokens.accessToken}`,
});

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@test.kehu.local`;
}

export function uniqueName(prefix: string): string {
  return `${prefix} ${randomBytes(4).toString('hex')}`;
}

/** A new user made through the admin API, signed in. */
export async function newUser(
  t: TestApp,
  admin: Tokens,
  fields: {
    roles?: string[];
    teamIds?: string[];
    dealerOrgId?: string;
    password?: string;
    locale?: string;
  } = {},
): Promise<Tokens & { email: string; password: string }> {
  const email = uniqueEmail();
  const password = fields.password ?? 'Test-pass-1234';
  await t
    .http()
    .post('/api/v1/users')
    .set(bearer(admin))
    .send({
      email,
      name: 'Test User',
      password,
      roles: fields.roles ?? ['viewer'],
      teamIds: fields.teamIds,
      dealerOrgId: fields.dealerOrgId,
      locale: fields.locale,
    })
    .expect(201);
  return { ...(await signIn(t, email, password)), email, password };
}
