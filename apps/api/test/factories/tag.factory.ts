import { randomBytes } from 'node:crypto';
import type { Tokens } from './auth.factory';
import type { TestApp } from '../support/test-app';

/** The built-in group every run has (created by the migration). */
export const ATTRIBUTE_GROUP_ID = '6d0c3a52-1c8e-4b8f-9a01-000000000004';

export interface TestTag {
  id: string;
  groupId: string;
  name: string;
  color: string | null;
  version: number;
}

export function uniqueTagName(prefix = 'tag'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** A new tag made by an admin, in the built-in attribute group unless told otherwise. */
export async function newTag(
  t: TestApp,
  admin: Tokens,
  fields: { groupId?: string; name?: string; color?: string } = {},
): Promise<TestTag> {
  const response = await t
    .as(admin)
    .post('/api/v1/tags')
    .send({ groupId: ATTRIBUTE_GROUP_ID, name: uniqueTagName(), ...fields });
  if (response.status !== 201)
    throw new Error(`tag not created: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as TestTag;
}

export async function tagCustomer(t: TestApp, as: Tokens, customerId: string, tagIds: string[]) {
  return t.as(as).put(`/api/v1/customers/${customerId}/tags`).send({ tagIds });
}
