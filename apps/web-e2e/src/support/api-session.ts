import { DEMO_PASSWORD } from './console';

/** A demo user signed in to the REST API, for setting up and checking what a test needs. */
export interface ApiSession {
  baseUrl: string;
  token: string;
  user: { id: string; name: string };
}

export async function apiSignIn(baseUrl: string, email: string): Promise<ApiSession> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { accessToken: string; user: ApiSession['user'] };
  return { baseUrl, token: body.accessToken, user: body.user };
}

interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  /** The status the call must answer; 200 unless told. */
  expected?: number;
}

/** One JSON call under `/api/v1` as that user; fails the test on any other status. */
export async function apiCall<T>(
  session: ApiSession,
  path: string,
  { method = 'GET', body, headers = {}, expected = 200 }: ApiRequest = {},
): Promise<T> {
  const response = await fetch(`${session.baseUrl}/api/v1${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${session.token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== expected) {
    throw new Error(`${method} ${path} answered ${response.status}, not ${expected}: ${text}`);
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A customer as the API answers its creation. */
export interface CreatedCustomer {
  id: string;
  number: string;
  name: string;
}

/** A company with one work phone, created as that user. */
export function apiCreateCompany(
  session: ApiSession,
  { phone, ...fields }: { name: string; phone: string; industry?: string },
): Promise<CreatedCustomer> {
  return apiCall<CreatedCustomer>(session, '/customers', {
    method: 'POST',
    body: { kind: 'company', ...fields, phones: [{ type: 'work', value: phone, primary: true }] },
    expected: 201,
  });
}
