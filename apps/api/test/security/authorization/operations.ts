import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  type Action,
  leadConversionRefusal,
  type RecordOwnership,
  type SubjectName,
} from '@kehu/domain';
import { newUser, signIn, uniqueEmail, uniqueName } from '../../factories/auth.factory';
import { uniqueCompanyName, uniqueMobile } from '../../factories/customer.factory';
import { ATTRIBUTE_GROUP_ID } from '../../factories/tag.factory';
import { PARENT_TYPE_ID } from '../support/records';
import type { Access, MatrixCall, MatrixContext, MatrixEntry } from './matrix-types';
import {
  expectCustomerListFor,
  expectOnlyReadableCustomers,
  expectOnlyReadableRecords,
} from './verify-rows';

const PUBLIC: Access = { kind: 'public' };
const SIGNED_IN: Access = { kind: 'signed-in' };
const policy = (action: Action, subject: SubjectName): Access => ({
  kind: 'policy',
  action,
  subject,
});

const call = (method: MatrixCall['method'], path: string, extra: Partial<MatrixCall> = {}) =>
  Promise.resolve<MatrixCall>({ method, path, ...extra });

function targetId(target: { id: string } | undefined): string {
  if (!target) throw new Error('this operation needs a target');
  return target.id;
}

/** A sibling of the target held the same way (a merge source, a relationship end). */
async function siblingOf(ctx: MatrixContext, target: Parameters<MatrixEntry['call']>[2]) {
  const place = target?.customer?.place ?? 'missing';
  return ctx.records.customer(place);
}

/**
 * The same CRUD operations for a record type that only an admin manages (and, where
 * the domain says so, others read).
 */
function adminCrud(
  base: string,
  target: MatrixEntry['target'] & string,
  subject: SubjectName,
  createBody: () => unknown,
  updateBody: () => unknown,
  readSubject: SubjectName = subject,
  updateWrites: MatrixEntry['writes'] = 'in-place',
): Record<'list' | 'create' | 'get' | 'update' | 'remove' | 'restore', MatrixEntry> {
  return {
    list: { access: policy('read', readSubject), call: () => call('GET', base) },
    create: {
      access: policy('create', subject),
      call: () => call('POST', base, { body: createBody() }),
    },
    get: {
      access: policy('read', readSubject),
      target,
      call: (_, __, t) => call('GET', `${base}/${targetId(t)}`),
    },
    update: {
      access: policy('update', subject),
      target,
      writes: updateWrites,
      call: (_, __, t) => call('PATCH', `${base}/${targetId(t)}`, { body: updateBody() }),
    },
    remove: {
      access: policy('delete', subject),
      target,
      writes: 'consumes',
      call: (_, __, t) => call('DELETE', `${base}/${targetId(t)}`),
    },
    restore: {
      access: policy('restore', subject),
      target,
      writes: 'consumes',
      deletedTarget: true,
      call: (_, __, t) => call('POST', `${base}/${targetId(t)}/restore`),
    },
  };
}

const localized = (en: string) => ({ zh: '名称', en });

const users = adminCrud(
  '/api/v1/users',
  'user',
  'User',
  () => ({ email: uniqueEmail(), name: 'Matrix', password: 'Matrix-pass-123', roles: ['viewer'] }),
  () => ({ name: uniqueName('Renamed') }),
);
const teams = adminCrud(
  '/api/v1/teams',
  'team',
  'Team',
  () => ({ name: uniqueName('Team') }),
  () => ({ name: uniqueName('Team') }),
  'Team',
  // The demo teams are never renamed: an allowed rename gets a team of its own.
  'consumes',
);
const dealerOrgs = adminCrud(
  '/api/v1/dealer-orgs',
  'dealer-org',
  'DealerOrg',
  () => ({ name: uniqueName('Dealer') }),
  () => ({ name: uniqueName('Dealer') }),
);
const tags = adminCrud(
  '/api/v1/tags',
  'tag',
  'Tag',
  () => ({ groupId: ATTRIBUTE_GROUP_ID, name: uniqueName('tag') }),
  () => ({ name: uniqueName('tag') }),
);
const customFields = adminCrud(
  '/api/v1/custom-fields',
  'custom-field',
  'CustomFieldDefinition',
  () => ({
    recordType: 'lead',
    key: `f${randomBytes(6).toString('hex')}`,
    type: 'text',
    label: localized(uniqueName('Field')),
  }),
  () => ({ label: localized(uniqueName('Field')) }),
);
const tagGroups = adminCrud(
  '/api/v1/tag-groups',
  'tag-group',
  'Tag',
  () => ({ key: `g${uniqueMobile()}`, name: uniqueName('分组 Group') }),
  () => ({ name: uniqueName('分组 Group') }),
);
const relationshipTypes = adminCrud(
  '/api/v1/relationship-types',
  'relationship-type',
  'RelationshipType',
  () => ({
    key: `t${uniqueMobile()}`,
    name: localized(uniqueName('Type')),
    fromKind: 'company',
    toKind: 'company',
    symmetric: true,
  }),
  () => ({ name: localized(uniqueName('Type')) }),
  'Customer',
);

/** The logged-in session of a fresh sign-in, so the actor's own tokens stay usable. */
async function freshRefreshToken(ctx: MatrixContext, email: string): Promise<string> {
  return (await signIn(ctx.t, email)).refreshToken;
}

const tinyCsv = () => Buffer.from(`name,phone\n${uniqueCompanyName()},${uniqueMobile()}\n`);

/**
 * Every operation of libs/contracts/openapi.json, by operationId. A new operation
 * without an entry here fails the suite: add one when you add a route.
 */
export const MATRIX: Record<string, MatrixEntry> = {
  Health_live: { access: PUBLIC, call: () => call('GET', '/api/v1/health', { anonymous: true }) },
  Health_ready: {
    access: PUBLIC,
    call: () => call('GET', '/api/v1/health/ready', { anonymous: true }),
  },

  Auth_login: {
    access: PUBLIC,
    call: (_, actor) =>
      call('POST', '/api/v1/auth/login', {
        anonymous: true,
        body: { email: actor.email, password: 'kehu-demo' },
      }),
  },
  Auth_refresh: {
    access: PUBLIC,
    call: async (ctx, actor) =>
      call('POST', '/api/v1/auth/refresh', {
        anonymous: true,
        body: { refreshToken: await freshRefreshToken(ctx, actor.email) },
      }),
  },
  Auth_logout: {
    access: PUBLIC,
    call: async (ctx, actor) =>
      call('POST', '/api/v1/auth/logout', {
        anonymous: true,
        body: { refreshToken: await freshRefreshToken(ctx, actor.email) },
      }),
  },
  Auth_me: { access: SIGNED_IN, call: () => call('GET', '/api/v1/auth/me') },
  // One's own profile and password: every signed-in user, never another's. The actors
  // keep their name and password, so the other entries sign in as before.
  Auth_updateProfile: {
    access: SIGNED_IN,
    call: async (ctx, actor) => {
      const me = await ctx.t.http().get('/api/v1/auth/me').set(actor.headers).expect(200);
      return call('PATCH', '/api/v1/auth/me', {
        body: { name: (me.body as { user: { name: string } }).user.name },
      });
    },
    verify: (_, actor, __, response) =>
      expect((response.body as { user: { id: string } }).user.id).toBe(actor.tokens.user.id),
  },
  Auth_changePassword: {
    access: SIGNED_IN,
    call: () =>
      call('POST', '/api/v1/auth/me/password', {
        body: { currentPassword: 'kehu-demo', newPassword: 'kehu-demo' },
      }),
  },
  // Without SMTP (as here) the answer is 409 for everyone; with it, 202 for everyone.
  Auth_requestPasswordReset: {
    access: PUBLIC,
    allowed: [202, 409],
    call: (_, actor) =>
      call('POST', '/api/v1/auth/password-reset', {
        anonymous: true,
        body: { email: actor.email },
      }),
  },
  // The code is the credential: a live one sets the password of its (fresh) user.
  Auth_confirmPasswordReset: {
    access: PUBLIC,
    call: async (ctx) => {
      const user = await newUser(ctx.t, ctx.actors.admin.tokens);
      const token = randomBytes(32).toString('base64url');
      await ctx.t.app.get(DataSource).query(
        `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at)
           VALUES ($1, $2, now() + interval '10 minutes')`,
        [user.user.id, createHash('sha256').update(token).digest('hex')],
      );
      return call('POST', '/api/v1/auth/password-reset/confirm', {
        anonymous: true,
        body: { token, newPassword: 'Matrix-reset-9876' },
      });
    },
  },

  Users_list: users.list,
  Users_create: users.create,
  Users_get: users.get,
  Users_update: users.update,
  Users_remove: users.remove,
  Users_restore: users.restore,

  Teams_list: {
    ...teams.list,
    verify: (_, actor, __, response) => expectOnlyReadableRecords(actor, 'Team', response),
  },
  Teams_create: teams.create,
  Teams_get: teams.get,
  Teams_update: teams.update,
  Teams_remove: teams.remove,
  Teams_restore: teams.restore,

  DealerOrgs_list: dealerOrgs.list,
  DealerOrgs_create: dealerOrgs.create,
  DealerOrgs_get: dealerOrgs.get,
  DealerOrgs_update: dealerOrgs.update,
  DealerOrgs_remove: dealerOrgs.remove,
  DealerOrgs_restore: dealerOrgs.restore,

  ApiKeys_list: { access: policy('read', 'ApiKey'), call: () => call('GET', '/api/v1/api-keys') },
  ApiKeys_create: {
    access: policy('create', 'ApiKey'),
    call: () =>
      call('POST', '/api/v1/api-keys', {
        body: { name: uniqueName('Key'), role: 'viewer', scopes: ['customers:read'] },
      }),
  },
  ApiKeys_get: {
    access: policy('read', 'ApiKey'),
    target: 'api-key',
    call: (_, __, t) => call('GET', `/api/v1/api-keys/${targetId(t)}`),
    verify: (_, __, ___, response) => expect(response.body).not.toHaveProperty('key'),
  },
  ApiKeys_revoke: {
    access: policy('delete', 'ApiKey'),
    target: 'api-key',
    writes: 'consumes',
    call: (_, __, t) => call('DELETE', `/api/v1/api-keys/${targetId(t)}`),
  },

  Audit_list: {
    access: policy('read', 'AuditEntry'),
    call: () => call('GET', '/api/v1/audit', { query: { entity: 'customer' } }),
  },

  DuplicateRules_get: {
    access: policy('read', 'Settings'),
    call: () => call('GET', '/api/v1/settings/duplicate-rules'),
  },
  DuplicateRules_replace: {
    access: policy('update', 'Settings'),
    call: async (ctx) => {
      const current = await ctx.t
        .http()
        .get('/api/v1/settings/duplicate-rules')
        .set(ctx.actors.admin.headers)
        .expect(200);
      return call('PUT', '/api/v1/settings/duplicate-rules', {
        body: { rules: (current.body as { rules: unknown[] }).rules },
      });
    },
  },

  Customers_list: {
    searchesTarget: true,
    access: policy('read', 'Customer'),
    target: 'customer',
    call: (_, __, t) =>
      call('GET', '/api/v1/customers', { query: { q: t?.customer?.name ?? 'x', limit: '200' } }),
    verify: (_, actor, t, response) => expectCustomerListFor(actor, t, response),
  },
  Customers_create: {
    access: policy('create', 'Customer'),
    call: () =>
      call('POST', '/api/v1/customers', {
        query: { acknowledgeDuplicates: 'true' },
        body: {
          kind: 'company',
          name: uniqueCompanyName(),
          phones: [{ type: 'work', value: uniqueMobile() }],
        },
      }),
  },
  Customers_byNumber: {
    access: policy('read', 'Customer'),
    target: 'customer',
    allowed: [308],
    call: (_, __, t) =>
      call(
        'GET',
        `/api/v1/customers/by-number?number=${encodeURIComponent(t?.customer?.number ?? '')}`,
      ),
  },
  Customers_checkDuplicates: {
    searchesTarget: true,
    access: policy('read', 'Customer'),
    target: 'customer',
    call: (_, __, t) =>
      call('POST', '/api/v1/customers/duplicates/check', {
        body: { kind: 'company', phones: [{ type: 'work', value: t?.customer?.phone }] },
      }),
    verify: (_, actor, t, response) => {
      const found = (response.body as { duplicates: Array<Record<string, unknown>> }).duplicates;
      const allowedKeys = [
        'id',
        'number',
        'name',
        'owner',
        'matchedOn',
        'matchedCustomFields',
        'score',
        'blocking',
        'readable',
      ];
      for (const candidate of found) {
        expect(Object.keys(candidate).filter((key) => !allowedKeys.includes(key))).toEqual([]);
      }
      if (t?.customer?.place !== 'missing') {
        const mine = found.find((candidate) => candidate.id === t?.id);
        expect({ readable: mine?.readable }).toEqual({ readable: t?.visibleTo(actor) });
      }
    },
  },
  CustomerExport_export: {
    searchesTarget: true,
    access: policy('export', 'Customer'),
    target: 'customer',
    call: (_, __, t) =>
      call('GET', '/api/v1/customers/export', {
        query: { q: t?.customer?.name ?? 'x', format: 'csv' },
      }),
    verify: (_, actor, t, response) => {
      const text = response.text;
      expect({ target: t?.label, exported: text.includes(t?.customer?.number ?? '?') }).toEqual({
        target: t?.label,
        exported: t?.allows(actor, 'export') ?? false,
      });
      for (const hidden of ['creditLimit', 'annualRevenue', 'bankAccount']) {
        if (!actor.ability.can('read', 'Customer', hidden))
          expect(text.split('\n')[0]).not.toContain(hidden);
      }
    },
  },
  CustomerTags_bulk: {
    access: policy('update', 'Customer'),
    target: 'customer',
    writes: 'in-place',
    deniedRecordStatus: 403,
    call: async (ctx, __, t) =>
      call('POST', '/api/v1/customers/tags', {
        body: { customerIds: [targetId(t)], addTagIds: [await ctx.records.tag()] },
      }),
  },
  Customers_transferMany: {
    access: policy('reassign', 'Customer'),
    target: 'customer',
    writes: 'in-place',
    deniedRecordStatus: 403,
    call: (_, __, t) =>
      call('POST', '/api/v1/customers/transfer', {
        body: {
          customerIds: [targetId(t)],
          ownerId: (t?.customer?.attributes.ownerId as string | undefined) ?? targetId(t),
        },
      }),
  },
  Customers_get: {
    access: policy('read', 'Customer'),
    target: 'customer',
    call: (_, __, t) => call('GET', `/api/v1/customers/${targetId(t)}`),
    verify: (_, actor, __, response) => expectOnlyReadableCustomers(actor, [response.body]),
  },
  Customers_update: {
    access: policy('update', 'Customer'),
    target: 'customer',
    writes: 'in-place',
    call: (_, __, t) =>
      call('PATCH', `/api/v1/customers/${targetId(t)}`, { body: { notes: 'matrix update' } }),
  },
  Customers_remove: {
    access: policy('delete', 'Customer'),
    target: 'customer',
    writes: 'consumes',
    call: (_, __, t) => call('DELETE', `/api/v1/customers/${targetId(t)}`),
  },
  Customers_restore: {
    access: policy('restore', 'Customer'),
    target: 'customer',
    writes: 'consumes',
    deletedTarget: true,
    call: (_, __, t) => call('POST', `/api/v1/customers/${targetId(t)}/restore`),
  },
  Customers_merge: {
    access: policy('merge', 'Customer'),
    target: 'customer',
    writes: 'consumes',
    call: async (ctx, __, t) =>
      call('POST', `/api/v1/customers/${targetId(t)}/merge`, {
        body: { sourceId: (await siblingOf(ctx, t)).id },
      }),
  },
  Customers_transfer: {
    access: policy('reassign', 'Customer'),
    target: 'customer',
    writes: 'in-place',
    call: (_, __, t) =>
      call('POST', `/api/v1/customers/${targetId(t)}/transfer`, {
        body: { ownerId: (t?.customer?.attributes.ownerId as string | undefined) ?? targetId(t) },
      }),
  },
  CustomerContacts_list: {
    access: policy('read', 'Customer'),
    target: 'customer',
    call: (_, __, t) => call('GET', `/api/v1/customers/${targetId(t)}/contacts`),
  },
  CustomerContacts_create: {
    access: policy('update', 'Customer'),
    target: 'customer',
    writes: 'in-place',
    call: (_, __, t) =>
      call('POST', `/api/v1/customers/${targetId(t)}/contacts`, {
        query: { acknowledgeDuplicates: 'true' },
        body: { person: { name: '李明', phones: [{ type: 'mobile', value: uniqueMobile() }] } },
      }),
  },
  CustomerTimeline_list: {
    access: policy('read', 'Customer'),
    target: 'customer',
    call: (_, __, t) => call('GET', `/api/v1/customers/${targetId(t)}/timeline`),
  },
  CustomerTimeline_log: {
    access: policy('update', 'Customer'),
    target: 'customer',
    writes: 'in-place',
    call: (_, __, t) =>
      call('POST', `/api/v1/customers/${targetId(t)}/interactions`, {
        body: { kind: 'call', summary: 'matrix call' },
      }),
  },
  CustomerRelationships_graph: {
    access: policy('read', 'Customer'),
    target: 'customer',
    call: (_, __, t) => call('GET', `/api/v1/customers/${targetId(t)}/relationships`),
  },
  CustomerRelationships_create: {
    access: policy('update', 'Customer'),
    target: 'customer',
    writes: 'in-place',
    call: async (ctx, __, t) =>
      call('POST', `/api/v1/customers/${targetId(t)}/relationships`, {
        body: { toId: (await siblingOf(ctx, t)).id, typeId: PARENT_TYPE_ID },
      }),
  },
  CustomerTags_replace: {
    access: policy('update', 'Customer'),
    target: 'customer',
    writes: 'in-place',
    call: async (ctx, __, t) =>
      call('PUT', `/api/v1/customers/${targetId(t)}/tags`, {
        body: { tagIds: [await ctx.records.tag()] },
      }),
  },

  Contacts_get: {
    access: policy('read', 'Customer'),
    target: 'contact',
    call: (_, __, t) => call('GET', `/api/v1/contacts/${targetId(t)}`),
  },
  Contacts_update: {
    access: policy('update', 'Customer'),
    target: 'contact',
    writes: 'in-place',
    call: (_, __, t) =>
      call('PATCH', `/api/v1/contacts/${targetId(t)}`, { body: { title: 'matrix' } }),
  },
  Contacts_remove: {
    access: policy('update', 'Customer'),
    target: 'contact',
    writes: 'consumes',
    call: (_, __, t) => call('DELETE', `/api/v1/contacts/${targetId(t)}`),
  },
  Contacts_restore: {
    access: policy('update', 'Customer'),
    target: 'contact',
    writes: 'consumes',
    deletedTarget: true,
    call: (_, __, t) => call('POST', `/api/v1/contacts/${targetId(t)}/restore`),
  },

  Relationships_get: {
    access: policy('read', 'Customer'),
    target: 'relationship',
    call: (_, __, t) => call('GET', `/api/v1/relationships/${targetId(t)}`),
  },
  Relationships_update: {
    access: policy('update', 'Customer'),
    target: 'relationship',
    writes: 'in-place',
    call: (_, __, t) =>
      call('PATCH', `/api/v1/relationships/${targetId(t)}`, { body: { note: 'matrix' } }),
  },
  Relationships_remove: {
    access: policy('update', 'Customer'),
    target: 'relationship',
    writes: 'consumes',
    call: (_, __, t) => call('DELETE', `/api/v1/relationships/${targetId(t)}`),
  },
  Relationships_restore: {
    access: policy('update', 'Customer'),
    target: 'relationship',
    writes: 'consumes',
    deletedTarget: true,
    call: (_, __, t) => call('POST', `/api/v1/relationships/${targetId(t)}/restore`),
  },

  RelationshipTypes_list: relationshipTypes.list,
  RelationshipTypes_create: relationshipTypes.create,
  RelationshipTypes_get: relationshipTypes.get,
  RelationshipTypes_update: relationshipTypes.update,
  RelationshipTypes_remove: relationshipTypes.remove,
  RelationshipTypes_restore: relationshipTypes.restore,

  CustomFields_list: customFields.list,
  CustomFields_create: customFields.create,
  CustomFields_get: customFields.get,
  CustomFields_update: customFields.update,
  CustomFields_remove: customFields.remove,
  CustomFields_restore: customFields.restore,

  TagGroups_list: tagGroups.list,
  TagGroups_create: tagGroups.create,
  TagGroups_get: tagGroups.get,
  TagGroups_update: tagGroups.update,
  TagGroups_remove: tagGroups.remove,
  TagGroups_restore: tagGroups.restore,

  Tags_list: tags.list,
  Tags_create: tags.create,
  Tags_get: tags.get,
  Tags_update: tags.update,
  Tags_remove: tags.remove,
  Tags_restore: tags.restore,

  Segments_list: {
    access: policy('read', 'Segment'),
    call: () => call('GET', '/api/v1/segments', { query: { limit: '200' } }),
    verify: (_, actor, __, response) => expectOnlyReadableRecords(actor, 'Segment', response),
  },
  Segments_create: {
    access: policy('create', 'Segment'),
    call: () =>
      call('POST', '/api/v1/segments', { body: { name: uniqueName('Segment'), kind: 'static' } }),
  },
  Segments_get: {
    access: policy('read', 'Segment'),
    target: 'segment',
    call: (_, __, t) => call('GET', `/api/v1/segments/${targetId(t)}`),
  },
  Segments_update: {
    access: policy('update', 'Segment'),
    target: 'segment',
    writes: 'in-place',
    call: (_, __, t) =>
      call('PATCH', `/api/v1/segments/${targetId(t)}`, { body: { name: uniqueName('Seg') } }),
  },
  Segments_remove: {
    access: policy('delete', 'Segment'),
    target: 'segment',
    writes: 'consumes',
    call: (_, __, t) => call('DELETE', `/api/v1/segments/${targetId(t)}`),
  },
  Segments_restore: {
    access: policy('restore', 'Segment'),
    target: 'segment',
    writes: 'consumes',
    deletedTarget: true,
    call: (_, __, t) => call('POST', `/api/v1/segments/${targetId(t)}/restore`),
  },
  Segments_count: {
    access: policy('read', 'Segment'),
    target: 'segment',
    call: (_, __, t) => call('GET', `/api/v1/segments/${targetId(t)}/count`),
  },
  Segments_addMembers: {
    access: policy('update', 'Segment'),
    target: 'segment',
    writes: 'in-place',
    call: async (ctx, __, t) =>
      call('POST', `/api/v1/segments/${targetId(t)}/members`, {
        body: { customerIds: [(await ctx.records.customer('rep1-private')).id] },
      }),
  },
  Segments_removeMembers: {
    access: policy('update', 'Segment'),
    target: 'segment',
    writes: 'in-place',
    call: async (ctx, __, t) =>
      call('DELETE', `/api/v1/segments/${targetId(t)}/members`, {
        body: { customerIds: [(await ctx.records.customer('rep1-private')).id] },
      }),
  },

  Imports_upload: {
    access: policy('import', 'Customer'),
    call: () =>
      call('POST', '/api/v1/imports/customers', {
        file: { field: 'file', content: tinyCsv(), filename: 'customers.csv' },
      }),
  },
  Imports_uploadLeads: {
    access: policy('import', 'Lead'),
    call: () =>
      call('POST', '/api/v1/imports/leads', {
        file: { field: 'file', content: tinyCsv(), filename: 'leads.csv' },
      }),
  },
  Imports_get: {
    access: policy('import', 'Customer'),
    target: 'import',
    call: (_, __, t) => call('GET', `/api/v1/imports/${targetId(t)}`),
  },
  Imports_errors: {
    access: policy('import', 'Customer'),
    target: 'import',
    allowed: [200, 409],
    call: (_, __, t) => call('GET', `/api/v1/imports/${targetId(t)}/errors.csv`),
  },
  Imports_preview: {
    access: policy('import', 'Customer'),
    target: 'import',
    call: (_, __, t) =>
      call('POST', `/api/v1/imports/${targetId(t)}/preview`, { body: { encoding: 'utf-8' } }),
  },
  Imports_skipped: {
    access: policy('import', 'Customer'),
    target: 'import',
    call: (_, __, t) => call('GET', `/api/v1/imports/${targetId(t)}/skipped`),
  },
  Imports_start: {
    access: policy('import', 'Customer'),
    target: 'import',
    writes: 'consumes',
    call: (_, __, t) =>
      call('POST', `/api/v1/imports/${targetId(t)}/start`, {
        body: { mapping: ['name', 'phone'], duplicateMode: 'skip' },
      }),
  },

  Leads_list: {
    searchesTarget: true,
    access: policy('read', 'Lead'),
    target: 'lead',
    call: (_, __, t) =>
      call('GET', '/api/v1/leads', { query: { q: t?.customer?.name ?? 'x', limit: '200' } }),
    verify: (_, actor, t, response) => expectCustomerListFor(actor, t, response, 'Lead'),
  },
  LeadExport_export: {
    searchesTarget: true,
    access: policy('export', 'Lead'),
    target: 'lead',
    call: (_, __, t) =>
      call('GET', '/api/v1/leads/export', {
        query: { q: t?.customer?.name ?? 'x', format: 'csv' },
      }),
    verify: (_, actor, t, response) => {
      expect({
        target: t?.label,
        exported: response.text.includes(t?.customer?.number ?? '?'),
      }).toEqual({
        target: t?.label,
        exported: t?.allows(actor, 'export') ?? false,
      });
    },
  },
  Leads_create: {
    access: policy('create', 'Lead'),
    // With an owner: without one, the assignment rules may hand a manager's lead to a
    // team the manager cannot read (reported as a defect of the leads module).
    call: (_, actor) =>
      call('POST', '/api/v1/leads', {
        body: {
          name: uniqueCompanyName(),
          phones: [{ type: 'mobile', value: uniqueMobile() }],
          ownerId: actor.tokens.user.id,
        },
      }),
  },
  Leads_get: {
    access: policy('read', 'Lead'),
    target: 'lead',
    call: (_, __, t) => call('GET', `/api/v1/leads/${targetId(t)}`),
    verify: (_, actor, __, response) => expectOnlyReadableCustomers(actor, [response.body], 'Lead'),
  },
  // A readable lead's possible customers: those the caller may not read carry no details.
  Leads_conversionCandidatesOf: {
    access: policy('read', 'Lead'),
    target: 'lead',
    call: (_, __, t) => call('GET', `/api/v1/leads/${targetId(t)}/conversion-candidates`),
  },
  Leads_update: {
    access: policy('update', 'Lead'),
    target: 'lead',
    writes: 'in-place',
    call: (_, __, t) =>
      call('PATCH', `/api/v1/leads/${targetId(t)}`, { body: { notes: 'matrix update' } }),
  },
  Leads_remove: {
    access: policy('delete', 'Lead'),
    target: 'lead',
    writes: 'consumes',
    call: (_, __, t) => call('DELETE', `/api/v1/leads/${targetId(t)}`),
  },
  Leads_restore: {
    access: policy('restore', 'Lead'),
    target: 'lead',
    writes: 'consumes',
    deletedTarget: true,
    call: (_, __, t) => call('POST', `/api/v1/leads/${targetId(t)}/restore`),
  },
  Leads_assign: {
    access: policy('reassign', 'Lead'),
    target: 'lead',
    writes: 'in-place',
    call: (_, __, t) =>
      call('POST', `/api/v1/leads/${targetId(t)}/assign`, {
        body: { ownerId: (t?.customer?.attributes.ownerId as string | undefined) ?? targetId(t) },
      }),
  },
  Leads_convert: {
    access: policy('update', 'Lead'),
    target: 'lead',
    writes: 'consumes',
    alsoRequires: (actor, t) =>
      leadConversionRefusal(
        actor.ability,
        t.customer?.attributes as unknown as RecordOwnership,
        true,
      ) === null,
    call: (_, __, t) =>
      call('POST', `/api/v1/leads/${targetId(t)}/convert`, {
        body: { acknowledgeDuplicates: true },
      }),
  },
  LeadTimeline_list: {
    access: policy('read', 'Lead'),
    target: 'lead',
    call: (_, __, t) => call('GET', `/api/v1/leads/${targetId(t)}/timeline`),
  },
  LeadTimeline_log: {
    access: policy('update', 'Lead'),
    target: 'lead',
    writes: 'in-place',
    call: (_, __, t) =>
      call('POST', `/api/v1/leads/${targetId(t)}/interactions`, {
        body: { kind: 'call', summary: 'matrix call' },
      }),
  },
  LeadSettings_assignmentRules: {
    access: policy('read', 'Settings'),
    call: () => call('GET', '/api/v1/settings/lead-assignment-rules'),
  },
  LeadSettings_replaceAssignmentRules: {
    access: policy('update', 'Settings'),
    call: async (ctx) => {
      const current = await ctx.t
        .http()
        .get('/api/v1/settings/lead-assignment-rules')
        .set(ctx.actors.admin.headers)
        .expect(200);
      const { rules, fallbackTeamId } = current.body as {
        rules: unknown[];
        fallbackTeamId: unknown;
      };
      return call('PUT', '/api/v1/settings/lead-assignment-rules', {
        body: { rules, fallbackTeamId },
      });
    },
  },
  LeadSettings_testAssignment: {
    access: policy('read', 'Settings'),
    call: () =>
      call('POST', '/api/v1/settings/lead-assignment-rules/test', {
        body: { source: 'web-form', score: 50 },
      }),
  },
  LeadSettings_scoring: {
    access: policy('read', 'Settings'),
    call: () => call('GET', '/api/v1/settings/lead-scoring'),
  },
  LeadSettings_replaceScoring: {
    access: policy('update', 'Settings'),
    call: async (ctx) => {
      const current = await ctx.t
        .http()
        .get('/api/v1/settings/lead-scoring')
        .set(ctx.actors.admin.headers)
        .expect(200);
      const { source, completeness, recentActivity, activityWindowDays } = current.body as Record<
        string,
        unknown
      >;
      return call('PUT', '/api/v1/settings/lead-scoring', {
        body: { source, completeness, recentActivity, activityWindowDays },
      });
    },
  },

  Notifications_list: { access: SIGNED_IN, call: () => call('GET', '/api/v1/notifications') },
  Notifications_unreadCount: {
    access: SIGNED_IN,
    call: () => call('GET', '/api/v1/notifications/unread-count'),
  },
  Notifications_markAllRead: {
    access: SIGNED_IN,
    call: () => call('POST', '/api/v1/notifications/read-all'),
  },
  Notifications_markRead: {
    access: SIGNED_IN,
    target: 'notification',
    call: (_, __, t) => call('POST', `/api/v1/notifications/${targetId(t)}/read`),
  },
  Users_directory: { access: SIGNED_IN, call: () => call('GET', '/api/v1/users/directory') },

  Today_get: { access: SIGNED_IN, call: () => call('GET', '/api/v1/me/today') },
  Today_snoozeCustomer: {
    access: SIGNED_IN,
    target: 'customer',
    writes: 'in-place',
    call: (_, __, t) =>
      call('POST', `/api/v1/me/today/customers/${targetId(t)}/snooze`, {
        body: { day: '2099-01-01' },
      }),
  },

  // One's own layouts: every user, never another's (the path has no user to name).
  MyLayouts_get: {
    access: policy('read', 'PageLayout'),
    call: () => call('GET', '/api/v1/me/layouts/customer-360'),
  },
  MyLayouts_replace: {
    access: policy('update', 'PageLayout'),
    call: () =>
      call('PUT', '/api/v1/me/layouts/customer-360', {
        body: { panels: [{ key: 'profile', collapsed: false, hidden: false }] },
      }),
  },
  MyLayouts_reset: {
    access: policy('delete', 'PageLayout'),
    call: () => call('DELETE', '/api/v1/me/layouts/customer-360'),
  },
  DefaultLayouts_get: {
    access: policy('read', 'Settings'),
    call: () => call('GET', '/api/v1/layouts/defaults/lead-detail', { query: { role: 'viewer' } }),
  },
  DefaultLayouts_replace: {
    access: policy('update', 'Settings'),
    call: () =>
      call('PUT', '/api/v1/layouts/defaults/lead-detail', {
        query: { role: 'viewer' },
        body: { panels: [], profileFields: ['company', 'phones'] },
      }),
  },
  DefaultLayouts_reset: {
    access: policy('update', 'Settings'),
    call: () =>
      call('DELETE', '/api/v1/layouts/defaults/lead-detail', { query: { role: 'viewer' } }),
  },

  Tasks_list: { access: policy('read', 'Task'), call: () => call('GET', '/api/v1/tasks') },
  Tasks_create: {
    access: policy('create', 'Task'),
    // Without a parent record the body may be refused (400); never 403/404 for a permitted role.
    allowed: [201, 400],
    call: () => call('POST', '/api/v1/tasks', { body: { title: uniqueName('Task') } }),
  },
  Tasks_get: {
    access: policy('read', 'Task'),
    target: 'task',
    call: (_, __, t) => call('GET', `/api/v1/tasks/${targetId(t)}`),
  },
  Tasks_update: {
    access: policy('update', 'Task'),
    target: 'task',
    writes: 'in-place',
    call: (_, __, t) => call('PATCH', `/api/v1/tasks/${targetId(t)}`, { body: { title: 'x' } }),
  },
  Tasks_remove: {
    access: policy('delete', 'Task'),
    target: 'task',
    writes: 'consumes',
    call: (_, __, t) => call('DELETE', `/api/v1/tasks/${targetId(t)}`),
  },
  Tasks_restore: {
    access: policy('restore', 'Task'),
    target: 'task',
    writes: 'consumes',
    call: (_, __, t) => call('POST', `/api/v1/tasks/${targetId(t)}/restore`),
  },

  WebForms_list: {
    access: policy('read', 'Settings'),
    call: () => call('GET', '/api/v1/settings/web-forms'),
  },
  WebForms_create: {
    access: policy('update', 'Settings'),
    call: () =>
      call('POST', '/api/v1/settings/web-forms', {
        body: { name: uniqueName('Form'), fieldMapping: { full_name: 'name', mail: 'email' } },
      }),
  },
  WebForms_get: {
    access: policy('read', 'Settings'),
    target: 'web-form',
    call: (_, __, t) => call('GET', `/api/v1/settings/web-forms/${targetId(t)}`),
  },
  WebForms_update: {
    access: policy('update', 'Settings'),
    target: 'web-form',
    writes: 'in-place',
    call: (_, __, t) =>
      call('PATCH', `/api/v1/settings/web-forms/${targetId(t)}`, { body: { name: 'x' } }),
  },
  WebForms_remove: {
    access: policy('update', 'Settings'),
    target: 'web-form',
    writes: 'consumes',
    call: (_, __, t) => call('DELETE', `/api/v1/settings/web-forms/${targetId(t)}`),
  },
  WebForms_restore: {
    access: policy('update', 'Settings'),
    target: 'web-form',
    writes: 'consumes',
    call: (_, __, t) => call('POST', `/api/v1/settings/web-forms/${targetId(t)}/restore`),
  },
  // Public: an unknown form key is not found for anyone, signed in or not.
  WebFormSubmissions_preflight: {
    access: PUBLIC,
    allowed: [403, 404],
    call: () =>
      call('OPTIONS', '/api/v1/public/forms/no-such-form/submissions', { anonymous: true }),
  },
  WebFormSubmissions_submit: {
    access: PUBLIC,
    allowed: [404],
    call: () =>
      call('POST', '/api/v1/public/forms/no-such-form/submissions', {
        anonymous: true,
        body: { name: 'x' },
      }),
  },
};
