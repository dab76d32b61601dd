import { ApiProblemError, createKehuClient, unwrap, type TokenResponse } from '@kehu/contracts';

const USER = {
  id: 'u1',
  email: 'admin@kehu.local',
  name: 'Admin',
  roles: ['admin' as const],
  teamIds: [],
  dealerOrgId: null,
  locale: 'en' as const,
  active: true,
  lastLoginAt: null,
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** A fake API whose access tokens are valid only after `validToken` is issued by a refresh. */
function fakeApi(options: { refreshSucceeds: boolean }) {
  const calls: string[] = [];
  let validToken = 'fresh-access';
  const fetch = async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname;
    calls.push(`${request.method} ${path} ${request.headers.get('Authorization') ?? '-'}`);
    if (path === '/api/v1/auth/refresh') {
      await new Promise((resolve) => setTimeout(resolve, 10));
      if (!options.refreshSucceeds)
        return json(401, { type: 'x', title: 'Not signed in', status: 401 });
      validToken = 'fresh-access';
      const tokens: TokenResponse = {
        accessToken: validToken,
        refreshToken: 'fresh-refresh',
        expiresIn: 900,
        user: USER,
      };
      return json(200, tokens);
    }
    if (request.headers.get('Authorization') !== `Bearer ${validToken}`) {
      return json(401, { type: 'x', title: 'Not signed in', status: 401 });
    }
    return json(200, { items: [], nextCursor: null });
  };
  return { fetch, calls };
}

function clientWith(api: ReturnType<typeof fakeApi>) {
  const store = { access: 'expired-access', refresh: 'old-refresh', expired: 0 };
  const client = createKehuClient({
    baseUrl: 'http://kehu.test',
    fetch: api.fetch,
    getAccessToken: () => store.access,
    getRefreshToken: () => store.refresh,
    onTokensRefreshed: (tokens) => {
      store.access = tokens.accessToken;
      store.refresh = tokens.refreshToken;
    },
    onSessionExpired: () => {
      store.expired += 1;
    },
  });
  return { client, store };
}

describe('the API client', () => {
  it('refreshes once for concurrent 401s and retries each request with the new token', async () => {
    const api = fakeApi({ refreshSucceeds: true });
    const { client, store } = clientWith(api);

    const results = await Promise.all([
      client.GET('/api/v1/teams'),
      client.GET('/api/v1/users'),
      client.GET('/api/v1/dealer-orgs'),
    ]);

    expect(results.map((result) => result.response.status)).toEqual([200, 200, 200]);
    expect(api.calls.filter((call) => call.includes('/auth/refresh'))).toHaveLength(1);
    expect(store).toMatchObject({ access: 'fresh-access', refresh: 'fresh-refresh', expired: 0 });
  });

  it('reports an expired session once when the refresh is refused', async () => {
    const api = fakeApi({ refreshSucceeds: false });
    const { client, store } = clientWith(api);

    const results = await Promise.all([client.GET('/api/v1/teams'), client.GET('/api/v1/users')]);

    expect(results.map((result) => result.response.status)).toEqual([401, 401]);
    expect(store.expired).toBe(1);
  });

  it('turns a problem response into an ApiProblemError with field errors and Retry-After', async () => {
    const problem = {
      type: 'urn:kehu:problem:validation',
      title: 'Invalid request',
      status: 429,
      detail: 'Too many attempts',
      errors: [{ field: 'email', message: 'is locked' }],
    };
    const client = createKehuClient({
      baseUrl: 'http://kehu.test',
      fetch: () => Promise.resolve(json(429, problem, { 'Retry-After': '42' })),
      getAccessToken: () => null,
      getRefreshToken: () => null,
      onTokensRefreshed: () => undefined,
      onSessionExpired: () => undefined,
    });

    const failure = await client
      .POST('/api/v1/auth/login', { body: { email: 'a@b.c', password: 'x' } })
      .then(unwrap)
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ApiProblemError);
    expect(failure).toMatchObject({
      status: 429,
      retryAfterSeconds: 42,
      fieldErrors: [{ field: 'email', message: 'is locked' }],
    });
  });
});
