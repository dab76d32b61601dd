import type { Test } from 'supertest';
import { eventually } from '../support/eventually';
import type { TestApp } from '../support/test-app';

/** An import as `GET /api/v1/imports/:id` returns it. */
export interface ImportBody {
  id: string;
  target: string;
  status: string;
  version: number;
  totalRows: number | null;
  processedRows: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  failureReason: string | null;
}

export type ImportTarget = 'customers' | 'leads';

/** Request headers that authenticate a caller: `bearer(tokens)` or `{ 'X-API-Key': key }`. */
export type AuthHeaders = Record<string, string>;

/** Uploads a file for an import (the request, to `.expect(…)` on). */
export function uploadImport(
  t: TestApp,
  auth: AuthHeaders,
  target: ImportTarget,
  content: string | Buffer,
  filename = `${target}.csv`,
): Test {
  return t
    .http()
    .post(`/api/v1/imports/${target}`)
    .set(auth)
    .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), filename);
}

/** Starts an uploaded import with a column mapping (and any other fields of the request). */
export async function startImport(
  t: TestApp,
  auth: AuthHeaders,
  uploaded: { id: string; version: number },
  mapping: Array<string | null>,
  duplicateMode = 'skip',
  extra: Record<string, unknown> = {},
): Promise<void> {
  await t
    .http()
    .post(`/api/v1/imports/${uploaded.id}/start`)
    .set(auth)
    .set('If-Match', `"${uploaded.version}"`)
    .send({ mapping, duplicateMode, ...extra })
    .expect(200);
}

/** Polls an import until it has completed or failed, and returns it. */
export function waitForImportEnd<Body extends { status: string } = ImportBody>(
  t: TestApp,
  auth: AuthHeaders,
  id: string,
  options?: { timeoutMs?: number; intervalMs?: number },
): Promise<Body> {
  return eventually(async () => {
    const response = await t.http().get(`/api/v1/imports/${id}`).set(auth).expect(200);
    const body = response.body as Body;
    expect(['completed', 'failed']).toContain(body.status);
    return body;
  }, options);
}

/** Uploads a file and starts its import, without waiting for it; returns the upload. */
export async function uploadAndStartImport(
  t: TestApp,
  auth: AuthHeaders,
  target: ImportTarget,
  content: string | Buffer,
  mapping: Array<string | null>,
  options: { filename?: string; duplicateMode?: string } = {},
): Promise<ImportBody> {
  const uploaded = (await uploadImport(t, auth, target, content, options.filename).expect(201))
    .body as ImportBody;
  await startImport(t, auth, uploaded, mapping, options.duplicateMode);
  return uploaded;
}

/** Uploads a file, starts its import and waits for the end of it. */
export async function runImport(
  t: TestApp,
  auth: AuthHeaders,
  target: ImportTarget,
  content: string | Buffer,
  mapping: Array<string | null>,
  options: {
    filename?: string;
    duplicateMode?: string;
    timeoutMs?: number;
    intervalMs?: number;
  } = {},
): Promise<ImportBody> {
  const { filename, duplicateMode, ...wait } = options;
  const uploaded = await uploadAndStartImport(t, auth, target, content, mapping, {
    filename,
    duplicateMode,
  });
  return waitForImportEnd(t, auth, uploaded.id, wait);
}

/** The lines of an import's error report (`errors.csv`), its header line first. */
export async function importErrorLines(
  t: TestApp,
  auth: AuthHeaders,
  id: string,
): Promise<string[]> {
  const report = await t.http().get(`/api/v1/imports/${id}/errors.csv`).set(auth).expect(200);
  return report.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
}
