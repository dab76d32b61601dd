import { toApiProblemError, type KehuClient } from '@kehu/contracts';
import type { Client } from 'openapi-fetch';
import { kehuClient } from './kehu-client';
import { tokenStore } from './token-store';
import { requestLanguage } from '../i18n/request-language';

type Paths = KehuClient extends Client<infer P> ? P : never;

/** The API paths whose POST takes a multipart/form-data upload. */
export type UploadPath = {
  [P in keyof Paths]: Paths[P] extends {
    post: { requestBody: { content: { 'multipart/form-data': unknown } } };
  }
    ? P
    : never;
}[keyof Paths];

/** The JSON body of the 201 answer of an upload path. */
export type UploadResult<P extends UploadPath> = Paths[P] extends {
  post: { responses: { 201: { content: { 'application/json': infer Body } } } };
}
  ? Body
  : never;

export interface UploadOptions {
  /** The multipart field the file goes in. */
  field?: string;
  /** Called as the bytes leave the browser, with 0–100. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

interface RawAnswer {
  status: number;
  statusText: string;
  headers: Headers;
  body: unknown;
}

function readHeaders(xhr: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of xhr
    .getAllResponseHeaders()
    .trim()
    .split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function send(path: string, file: File, options: UploadOptions): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    const accessToken = tokenStore.accessToken();
    if (accessToken) xhr.setRequestHeader('Authorization', `Bearer ${accessToken}`);
    xhr.setRequestHeader('Accept-Language', requestLanguage());
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        options.onProgress?.(Math.min(100, Math.floor((event.loaded / event.total) * 100)));
      }
    };
    xhr.onload = () =>
      resolve({
        status: xhr.status,
        statusText: xhr.statusText,
        headers: readHeaders(xhr),
        body: parseBody(xhr.responseText),
      });
    xhr.onerror = () => reject(new Error('The upload failed: the server could not be reached.'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append(options.field ?? 'file', file, file.name);
    xhr.send(form);
  });
}

/** After a 401: any call through the client refreshes the session; true when a new token came. */
async function refreshedToken(tokenSent: string | null): Promise<boolean> {
  await kehuClient.GET('/api/v1/auth/me');
  const current = tokenStore.accessToken();
  return current !== null && current !== tokenSent;
}

/**
 * Uploads one file as multipart/form-data with progress, which the fetch-based client cannot
 * report. Carries the session's token, retries once after a silent refresh, and throws an
 * ApiProblemError for a non-2xx answer, like the client does.
 */
export async function uploadFile<P extends UploadPath>(
  path: P,
  file: File,
  options: UploadOptions = {},
): Promise<UploadResult<P>> {
  const tokenSent = tokenStore.accessToken();
  let answer = await send(path, file, options);
  if (answer.status === 401 && (await refreshedToken(tokenSent))) {
    options.onProgress?.(0);
    answer = await send(path, file, options);
  }
  if (answer.status >= 200 && answer.status < 300) return answer.body as UploadResult<P>;
  const response = new Response(null, {
    status: answer.status,
    statusText: answer.statusText,
    headers: answer.headers,
  });
  throw toApiProblemError(answer.body, response);
}
