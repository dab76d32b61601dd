import { randomUUID } from 'node:crypto';
import type { Action, SubjectName } from '@kehu/domain';
import { newUser, signIn, type Tokens, uniqueName } from '../../factories/auth.factory';
import { uniqueCompanyName, uniqueMobile } from '../../factories/customer.factory';
import { newTag } from '../../factories/tag.factory';
import type { TestApp } from '../../support/test-app';
import { type Actor, type ActorName, mayOnRecord } from './actors';
import { rowSnapshot, type SnapshotTable } from './row-snapshot';

/** A built-in relationship type joining two companies (parent / subsidiary). */
export const PARENT_TYPE_ID = '5e1a7e00-0000-4000-8000-000000000001';

/** Who holds a customer: the cases record-level rules tell apart. */
export const CUSTOMER_PLACES = [
  'rep1-private',
  'rep2-shared',
  'rep2-private',
  'west-team',
  'delta-dealer',
  'other-dealer',
  'missing',
] as const;
export type CustomerPlace = (typeof CUSTOMER_PLACES)[number];

/** The record types held by an owner, a team or a dealer. */
export type HeldResource = 'customers' | 'leads';

export interface CustomerRecord {
  id: string;
  number: string;
  name: string;
  phone: string;
  place: CustomerPlace;
  /** The fields permission rules test, as the API stored them. */
  attributes: Record<string, unknown>;
}

/**
 * A record a matrix call is made against: what it is, who may read it and act on it
 * according to libs/domain, and a snapshot of everything a denied call must leave alone.
 */
export interface Target {
  label: string;
  id: string;
  customer?: CustomerRecord;
  visibleTo(actor: Actor): boolean;
  allows(actor: Actor, action: Action): boolean;
  snapshot(): Promise<unknown>;
}

interface CustomerResponseBody {
  id: string;
  number: string;
  name: string;
  owner: { id: string } | null;
  team: { id: string } | null;
  sharedWithTeam: boolean;
  dealerOrgId: string | null;
}

/** Creates the records of the matrix, each through the account a real user would use. */
export class SecurityRecords {
  private readonly admin: Tokens;

  private constructor(
    private readonly t: TestApp,
    private readonly actors: Record<ActorName, Actor>,
    private readonly rep2: Tokens,
    private readonly otherPartner: Tokens,
  ) {
    this.admin = actors.admin.tokens;
  }

  static async create(t: TestApp, actors: Record<ActorName, Actor>): Promise<SecurityRecords> {
    const admin = actors.admin.tokens;
    const rep2 = await signIn(t, 'rep2@kehu.local');
    const dealer = await t
      .as(admin)
      .post('/api/v1/dealer-orgs')
      .send({ name: uniqueName('Other dealer') })
      .expect(201);
    const otherPartner = await newUser(t, admin, {
      roles: ['channel_partner'],
      dealerOrgId: dealer.body.id as string,
    });
    return new SecurityRecords(t, actors, rep2, otherPartner);
  }

  get eastTeamId(): string {
    return this.actors.sales_rep_east.tokens.user.teamIds[0];
  }

  get westTeamId(): string {
    return this.actors.sales_rep_west.tokens.user.teamIds[0];
  }

  /** A new customer held as `place` says; `missing` is an id no record has. */
  async customer(
    place: CustomerPlace,
    fields: Record<string, unknown> = {},
    resource: HeldResource = 'customers',
  ): Promise<CustomerRecord> {
    const phone = uniqueMobile();
    if (place === 'missing') {
      return {
        id: randomUUID(),
        number: 'C-999999',
        name: 'missing',
        phone,
        place,
        attributes: {},
      };
    }
    const { creator, ownership } = this.creatorOf(place);
    const response = await this.t
      .as(creator)
      .post(`/api/v1/${resource}`)
      .query(resource === 'customers' ? { acknowledgeDuplicates: 'true' } : {})
      .send({
        ...(resource === 'customers' ? { kind: 'company' } : {}),
        name: uniqueCompanyName(),
        phones: [{ type: 'work', value: phone }],
        ...ownership,
        ...fields,
      });
    if (response.status !== 201) {
      throw new Error(
        `${resource} not created: ${response.status} ${JSON.stringify(response.body)}`,
      );
    }
    const body = response.body as CustomerResponseBody;
    return {
      id: body.id,
      number: body.number,
      name: body.name,
      phone,
      place,
      attributes: {
        id: body.id,
        ownerId: body.owner?.id ?? null,
        teamId: body.team?.id ?? null,
        sharedWithTeam: body.sharedWithTeam,
        dealerOrgId: body.dealerOrgId,
      },
    };
  }

  private creatorOf(place: Exclude<CustomerPlace, 'missing'>): {
    creator: Tokens;
    ownership: Record<string, unknown>;
  } {
    const east = this.eastTeamId;
    switch (place) {
      case 'rep1-private':
        return {
          creator: this.admin,
          ownership: { ownerId: this.actors.sales_rep_east.tokens.user.id, teamId: east },
        };
      case 'rep2-shared':
        return {
          creator: this.admin,
          ownership: { ownerId: this.rep2.user.id, teamId: east, sharedWithTeam: true },
        };
      case 'rep2-private':
        return { creator: this.admin, ownership: { ownerId: this.rep2.user.id, teamId: east } };
      case 'west-team':
        return {
          creator: this.admin,
          ownership: {
            ownerId: this.actors.sales_rep_west.tokens.user.id,
            teamId: this.westTeamId,
          },
        };
      case 'delta-dealer':
        return { creator: this.actors.channel_partner.tokens, ownership: {} };
      case 'other-dealer':
        return { creator: this.otherPartner, ownership: {} };
    }
  }

  /** A customer as a matrix target: rules are tested against its stored fields. */
  customerTarget(customer: CustomerRecord, subject: 'Customer' | 'Lead' = 'Customer'): Target {
    const exists = customer.place !== 'missing';
    return {
      label: customer.place,
      id: customer.id,
      customer,
      visibleTo: (actor) => exists && mayOnRecord(actor, 'read', subject, customer.attributes),
      allows: (actor, action) => exists && mayOnRecord(actor, action, subject, customer.attributes),
      snapshot: () => rowSnapshot(this.t, subject === 'Lead' ? 'leads' : 'customers', customer.id),
    };
  }

  /** A lead held as `place` says (leads share the customers' record-level rules). */
  async leadTarget(place: CustomerPlace): Promise<Target> {
    return this.customerTarget(await this.customer(place, {}, 'leads'), 'Lead');
  }

  /**
   * A notification of rep1 (an admin assigning a lead to rep1 notifies them): only its
   * recipient may see or mark it.
   */
  async notificationTarget(label: string): Promise<Target> {
    if (label === 'missing') return this.missingTarget();
    const rep = this.actors.sales_rep_east;
    const lead = await this.customer('west-team', {}, 'leads');
    await this.t
      .as(this.admin)
      .post(`/api/v1/leads/${lead.id}/assign`)
      .send({ ownerId: rep.tokens.user.id })
      .expect(200);
    const list = await this.t.http().get('/api/v1/notifications').set(rep.headers).expect(200);
    const items = (list.body as { items: Array<{ id: string; subjectId: string }> }).items;
    const notification = items.find((item) => item.subjectId === lead.id);
    if (!notification) throw new Error('assigning a lead notified nobody');
    return {
      label,
      id: notification.id,
      visibleTo: (actor) => actor.tokens.user.id === rep.tokens.user.id,
      allows: (actor) => actor.tokens.user.id === rep.tokens.user.id,
      snapshot: () => Promise.resolve(null),
    };
  }

  /** Everything about a customer a refused call could have changed. */
  customerSnapshot(id: string): Promise<unknown> {
    return rowSnapshot(this.t, 'customers', id);
  }

  async deleteCustomer(id: string): Promise<void> {
    await this.t.as(this.admin).delete(`/api/v1/customers/${id}`).expect(204);
  }

  /** A company with a contact person held the same way; the target is the contact. */
  async contactTarget(place: CustomerPlace): Promise<Target> {
    const company = await this.customer(place);
    if (place === 'missing') return { ...this.customerTarget(company), label: place };
    const person = await this.customer(place, { kind: 'person', name: '王芳' });
    const { creator } = this.creatorOf(place);
    const contact = await this.t
      .as(creator)
      .post(`/api/v1/customers/${company.id}/contacts`)
      .send({ personId: person.id, title: '采购经理' })
      .expect(201);
    const id = contact.body.id as string;
    return {
      ...this.customerTarget(company),
      id,
      snapshot: async () => ({
        contact: await rowSnapshot(this.t, 'contacts', id),
        company: await this.customerSnapshot(company.id),
      }),
    };
  }

  /** An edge from a company to another held the same way; the target is the edge. */
  async relationshipTarget(place: CustomerPlace): Promise<Target> {
    const from = await this.customer(place);
    if (place === 'missing') return { ...this.customerTarget(from), label: place };
    const to = await this.customer(place);
    const edge = await this.t
      .as(this.admin)
      .post(`/api/v1/customers/${from.id}/relationships`)
      .send({ toId: to.id, typeId: PARENT_TYPE_ID })
      .expect(201);
    const id = edge.body.id as string;
    return {
      ...this.customerTarget(from),
      id,
      snapshot: async () => ({
        relationship: await rowSnapshot(this.t, 'relationships', id),
        from: await this.customerSnapshot(from.id),
      }),
    };
  }

  /** A static segment of `owner` (segments are private to their creator). */
  async segmentTarget(owner: ActorName | 'missing'): Promise<Target> {
    if (owner === 'missing') return this.missingTarget('missing');
    const response = await this.t
      .http()
      .post('/api/v1/segments')
      .set(this.actors[owner].headers)
      .send({ name: uniqueName('Segment'), kind: 'static' })
      .expect(201);
    const id = response.body.id as string;
    const attributes = { id, ownerId: this.actors[owner].tokens.user.id };
    return this.adminRecordTarget(`${owner}'s segment`, id, 'Segment', attributes, 'segments');
  }

  /** A record of an admin-managed subject, e.g. a team or a tag. */
  adminRecordTarget(
    label: string,
    id: string,
    subject: SubjectName,
    attributes: Record<string, unknown>,
    table: SnapshotTable,
    /** Records read under another subject's type-level rule (relationship types: Customer). */
    readAs?: SubjectName,
  ): Target {
    return {
      label,
      id,
      visibleTo: (actor) =>
        readAs
          ? actor.ability.can('read', readAs)
          : mayOnRecord(actor, 'read', subject, attributes),
      allows: (actor, action) =>
        action === 'read' && readAs
          ? actor.ability.can('read', readAs)
          : mayOnRecord(actor, action, subject, attributes),
      snapshot: () => rowSnapshot(this.t, table, id),
    };
  }

  missingTarget(label = 'missing'): Target {
    return {
      label,
      id: randomUUID(),
      visibleTo: () => false,
      allows: () => false,
      snapshot: () => Promise.resolve(null),
    };
  }

  async team(): Promise<string> {
    const response = await this.t
      .as(this.admin)
      .post('/api/v1/teams')
      .send({ name: uniqueName('Team') })
      .expect(201);
    return response.body.id as string;
  }

  async user(): Promise<string> {
    return (await newUser(this.t, this.admin)).user.id;
  }

  async dealerOrg(): Promise<string> {
    const response = await this.t
      .as(this.admin)
      .post('/api/v1/dealer-orgs')
      .send({ name: uniqueName('Dealer') })
      .expect(201);
    return response.body.id as string;
  }

  async apiKey(): Promise<string> {
    const response = await this.t
      .as(this.admin)
      .post('/api/v1/api-keys')
      .send({ name: uniqueName('Key'), role: 'viewer', scopes: ['customers:read'] })
      .expect(201);
    return response.body.id as string;
  }

  async tag(): Promise<string> {
    return (await newTag(this.t, this.admin)).id;
  }

  async tagGroup(): Promise<string> {
    const response = await this.t
      .as(this.admin)
      .post('/api/v1/tag-groups')
      .send({ key: `g${uniqueMobile()}`, name: uniqueName('分组 Group') })
      .expect(201);
    return response.body.id as string;
  }

  async customField(): Promise<string> {
    const response = await this.t
      .as(this.admin)
      .post('/api/v1/custom-fields')
      .send({
        recordType: 'customer',
        key: `f${uniqueMobile()}`,
        type: 'text',
        label: { zh: '字段', en: uniqueName('Field') },
      })
      .expect(201);
    return response.body.id as string;
  }

  async relationshipType(): Promise<string> {
    const response = await this.t
      .as(this.admin)
      .post('/api/v1/relationship-types')
      .send({
        key: `t${uniqueMobile()}`,
        name: { zh: '合作', en: uniqueName('Partners') },
        fromKind: 'company',
        toKind: 'company',
        symmetric: true,
      })
      .expect(201);
    return response.body.id as string;
  }

  /** An uploaded (not yet started) import of `uploader`; only they and admins see it. */
  async importTarget(uploader: ActorName | 'missing'): Promise<Target> {
    if (uploader === 'missing') return this.missingTarget();
    const csv = `name,phone\n${uniqueCompanyName()},${uniqueMobile()}\n`;
    const response = await this.t
      .http()
      .post('/api/v1/imports/customers')
      .set(this.actors[uploader].headers)
      .attach('file', Buffer.from(csv, 'utf8'), 'customers.csv')
      .expect(201);
    const id = response.body.id as string;
    const uploaderId = this.actors[uploader].tokens.user.id;
    return {
      label: `${uploader}'s import`,
      id,
      visibleTo: (actor) =>
        actor.tokens.user.id === uploaderId || actor.ability.can('manage', 'all'),
      allows: (actor, action) => actor.ability.can(action, 'Customer'),
      snapshot: () => rowSnapshot(this.t, 'imports', id),
    };
  }
}
