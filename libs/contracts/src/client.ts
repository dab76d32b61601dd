import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './generated/schema';
import type { ProblemDetails, ProblemFieldError, TokenResponse } from './types';

export type KehuClient = Client<paths>;

export interface KehuClientOptions {
  /** Origin (or '' for same origin) that the OpenAPI paths are appended to. */
  baseUrl: string;
  getAccessToken: () => string | null;
  getRefreshToken: () => string | null;
  /** Called with the rotated tokens after a silent refresh; store both. */
  onTokensRefreshed: (tokens: TokenResponse) => void;
  /** Called once when a refresh is refused: the caller must sign in again. */
  onSessionExpired: () => void;
  fetch?: (request: Request) => Promise<Response>;
}

/** A non-2xx answer from the API, read from its RFC 9457 problem body. */
export class ApiProblemError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly type: string;
  readonly fieldErrors: ProblemFieldError[];
  /** Seconds from the Retry-After header of a 429 (or 503), when given. */
  readonly retryAfterSeconds: number | null;
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails, retryAfterSeconds: number | null = null) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblemError';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.type = problem.type;
    this.fieldErrors = problem.errors ?? [];
    this.retryAfterSeconds = retryAfterSeconds;
    this.problem = problem;
  }
}

export function isApiProblemError(error: unknown): error is ApiProblemError {
  return error instanceof ApiProblemError;
}

interface ClientResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** Returns the body of a successful answer, or throws an ApiProblemError. */
export function unwrap<TResult extends ClientResult>(
  result: TResult,
): NonNullable<TResult['data']> {
  const { data } = result;
  if (result.response.ok && data !== undefined && data !== null) return data;
  throw toApiProblemError(result.error, result.response);
}

/** For answers without a body (204): throws an ApiProblemError unless the call succeeded. */
export function expectSuccess(result: ClientResult): void {
  if (!result.response.ok) {
    throw toApiProblemError(result.error, result.response);
  }
}

export function toApiProblemError(body: unknown, response: Response): ApiProblemError {
  const fallback: ProblemDetails = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  };
  const problem = isProblemDetails(body) ? { ...fallback, ...body } : fallback;
  return new ApiProblemError(problem, parseRetryAfter(response.headers.get('Retry-After')));
}

function isProblemDetails(body: unknown): body is ProblemDetails {
  return typeof body === 'object' && body !== null && 'title' in body && 'status' in body;
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

const AUTH_ENDPOINTS_WITHOUT_RETRY = ['/auth/login', '/auth/refresh', '/auth/logout'];

function isAuthEndpoint(schemaPath: string): boolean {
  return AUTH_ENDPOINTS_WITHOUT_RETRY.some((endpoint) => schemaPath.endsWith(endpoint));
}

function bearer(token: string): string {
  return `Bearer ${token}`;
}

/**
 * Creates the typed API client. Every request carries the access token; a 401 triggers one
 * silent refresh shared by all requests that failed at the same time, then one retry.
 */
export function createKehuClient(options: KehuClientOptions): KehuClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch });
  const refreshOnce = createSingleFlightRefresh(options);
  const retryCopies = new Map<string, Request>();

  const authMiddleware: Middleware = {
    onRequest({ request, schemaPath, id }) {
      const accessToken = options.getAccessToken();
      if (accessToken) request.headers.set('Authorization', bearer(accessToken));
      // Cloned before sending because fetch consumes the body of the original.
      if (!isAuthEndpoint(schemaPath)) retryCopies.set(id, request.clone());
      return request;
    },
    async onResponse({ response, id, options: merged }) {
      const retryCopy = retryCopies.get(id);
      retryCopies.delete(id);
      if (response.status !== 401 || !retryCopy) return response;

      const tokenSent = retryCopy.headers.get('Authorization');
      const current = options.getAccessToken();
      // Another request may already have refreshed while this one was in flight.
      const alreadyRefreshed = current !== null && bearer(current) !== tokenSent;
      const refreshed = alreadyRefreshed || (await refreshOnce());
      const accessToken = options.getAccessToken();
      if (!refreshed || !accessToken) return response;

      retryCopy.headers.set('Authorization', bearer(accessToken));
      return merged.fetch(retryCopy);
    },
    onError({ id }) {
      retryCopies.delete(id);
    },
  };

  client.use(authMiddleware);
  return client;
}

function createSingleFlightRefresh(options: KehuClientOptions): () => Promise<boolean> {
  const refreshClient = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch });
  let inFlight: Promise<boolean> | null = null;

  async function refresh(): Promise<boolean> {
    const refreshToken = options.getRefreshToken();
    if (!refreshToken) {
      options.onSessionExpired();
      return false;
    }
    const { data, response } = await refreshClient.POST('/api/v1/auth/refresh', {
      body: { refreshToken },
    });
    if (!response.ok || !data) {
      options.onSessionExpired();
      return false;
    }
    options.onTokensRefreshed(data);
    return true;
  }

  return () => {
    inFlight ??= refresh().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
}
