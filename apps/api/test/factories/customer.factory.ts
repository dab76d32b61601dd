import { randomBytes } from 'node:crypto';
import type { Tokens } from './auth.factory';
import type { TestApp } from '../support/test-app';

let nextMobile = randomBytes(4).readUInt32BE() % 90_000_000;

/**
 * A mobile number nobody else in the run has: 166 is a prefix the demo data never
 * uses, and numbers count up from a random start, so they never repeat in a file.
 */
export function uniqueMobile(): string {
  nextMobile = (nextMobile + 1) % 100_000_000;
  return `166${String(nextMobile).padStart(8, '0')}`;
}

/** A company name unlike any other (random letters, so fuzzy matches stay apart). */
export function uniqueCompanyName(): string {
  const letters = Array.from(randomBytes(10), (byte) => String.fromCharCode(97 + (byte % 26))).join(
    '',
  );
  return `${letters} Trading Co., Ltd.`;
}

export async function newCustomer(t: TestApp, as: Tokens, fields: Record<string, unknown> = {}) {
  const response = await t
    .as(as)
    .post('/api/v1/customers')
    .query({ acknowledgeDuplicates: 'true' })
    .send({
      kind: 'company',
      name: uniqueCompanyName(),
      phones: [{ type: 'work', value: uniqueMobile() }],
      ...fields,
    });
  if (response.status !== 201)
    throw new Error(`customer not created: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as {
    id: string;
    number: string;
    name: string;
    version: number;
    phones: Array<{ value: string }>;
  };
}

/** The ids of the customers a caller finds with the search `q` (the first 200). */
export async function customerIdsFound(t: TestApp, as: Tokens, q: string): Promise<string[]> {
  const response = await t.as(as).get('/api/v1/customers').query({ q, limit: 200 }).expect(200);
  return (response.body.items as Array<{ id: string }>).map((customer) => customer.id);
}
