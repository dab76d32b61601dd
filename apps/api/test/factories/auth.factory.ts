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

/** `POST /api/v1/auth/login` with these fields (the request, to `.expect(…)` on). */
export const logIn = (
  t: TestApp,
  fields: { email: string; password: string; [field: string]: unknown },
) => t.http().post('/api/v1/auth/login').send(fields);

/** `POST /api/v1/auth/refresh` with a refresh token (the request, to `.expect(…)` on). */
export const refreshSession = (t: TestApp, refreshToken: string) =>
  t.http().post('/api/v1/auth/refresh').send({ refreshToken });

export async function signIn(t: TestApp, email: string, password = DEMO_PASSWORD): Promise<Tokens> {
  const response = await logIn(t, { email, password }).expect(200);
  return response.body as Tokens;
}

/** The demo users by the names the suites give them. */
export const DEMO_USERS = {
  admin: DEMO_EMAILS.admin,
  manager: DEMO_EMAILS.sales_manager,
  rep1: DEMO_EMAILS.sales_rep,
  rep2: 'rep2@kehu.local',
  rep3: 'rep3@kehu.local',
  partner: DEMO_EMAILS.channel_partner,
  agent: DEMO_EMAILS.service_agent,
  marketer: DEMO_EMAILS.marketer,
  viewer: DEMO_EMAILS.viewer,
} as const;

export type DemoUser = keyof typeof DEMO_USERS;

/** The names in a space-separated list of them, `'admin rep1'` -> `['admin', 'rep1']`. */
type NameList<S extends string> = S extends `${infer Head} ${infer Rest}`
  ? [Head, ...NameList<Rest>]
  : [S];

/** A token for each name of a list. */
type TokensOf<List extends string[]> = { [K in keyof List]: Tokens };

/**
 * Signs demo users in at once, named in one string (`'admin rep1 viewer'`); their
 * tokens come back in the order of the names.
 */
export async function signInAll<Names extends string>(
  t: TestApp,
  names: NameList<Names>[number] extends DemoUser ? Names : never,
): Promise<TokensOf<NameList<Names>>> {
  const tokens = await Promise.all(
    names.split(' ').map((name) => signIn(t, DEMO_USERS[name as DemoUser])),
  );
  return tokens as TokensOf<NameList<Names>>;
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
    .as(admin)
    .post('/api/v1/users')
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
