import type supertest from 'supertest';
import type { TestApp } from '../../support/test-app';
import type { Actor } from '../support/actors';
import type { MatrixCall } from './matrix-types';

/** Makes one matrix call as `actor` (or without credentials), never following redirects. */
export function sendCall(
  t: TestApp,
  actor: Actor | null,
  request: MatrixCall,
): Promise<supertest.Response> {
  const method = request.method.toLowerCase() as
    'get' | 'post' | 'put' | 'patch' | 'delete' | 'options';
  let test = t.http()[method](request.path).redirects(0);
  if (actor && !request.anonymous) test = test.set(actor.headers);
  if (request.query) test = test.query(request.query);
  if (request.file) {
    return test.attach(request.file.field, request.file.content, request.file.filename);
  }
  if (request.body === undefined) return test;
  // Any JSON value, scalars included (supertest only serializes objects itself).
  return test.set('content-type', 'application/json').send(JSON.stringify(request.body));
}
