// A small client for the API under test (the bench measures the server, so it stays thin).
export const DEMO_PASSWORD = 'kehu-demo';

export async function signIn(baseUrl, email) {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!response.ok)
    throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  const body = await response.json();
  return { token: body.accessToken, user: body.user };
}

export async function call(baseUrl, token, method, route, body, headers = {}) {
  const response = await fetch(`${baseUrl}/api/v1${route}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${method} ${route} → ${response.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}
