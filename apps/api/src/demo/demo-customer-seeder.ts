import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import {
  createAbility,
  defineRulesFor,
  type Role,
  storedEndpoints,
  withOnePrimary,
} from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { newCustomerRefusal } from '../customers/customer-writer';
import { keyRows, keysOf } from '../customers/duplicates/duplicate-check.service';
import { DEFAULT_DUPLICATE_RULE_SET } from '../customers/duplicates/duplicate-rules.service';
import { TransactionRunner } from '../database/transaction-runner';
import type { TimelineEvent } from '../timeline/entities/timeline-event.entity';
import { DemoDataRepository, type DemoRow } from './demo-data.repository';
import { type DemoDataset, demoDataset } from './demo-dataset';
import { DEMO_TAGS } from './demo-tags';

export interface DemoOwners {
  rep1: string;
  rep2: string;
  rep3: string;
  manager: string;
  partner: string;
  teamOf: Record<string, string | null>;
  dealerOrgId: string;
}

type DemoOwner = 'rep1' | 'rep2' | 'rep3' | 'manager' | 'partner';

const ROLE_OF_OWNER: Record<DemoOwner, Role> = {
  rep1: 'sales_rep',
  rep2: 'sales_rep',
  rep3: 'sales_rep',
  manager: 'sales_manager',
  partner: 'channel_partner',
};

/** A demo owner as the caller who entered their customers. */
export function demoOwnerAuth(owners: DemoOwners, owner: DemoOwner): AuthContext {
  const team = owners.teamOf[owner];
  const principal = {
    kind: 'user' as const,
    id: owners[owner],
    roles: [ROLE_OF_OWNER[owner]],
    teamIds: team ? [team] : [],
    dealerOrgId: owner === 'partner' ? owners.dealerOrgId : null,
  };
  return {
    principal,
    ability: createAbility(defineRulesFor(principal)),
    actor: { type: 'user', id: principal.id },
    requestId: 'demo',
  };
}

/**
 * Refuses a demo customer its owner could not have created through the API: demo data
 * runs the customer writer's record check too, on each customer as it will be written.
 */
export function assertDemoOwnersMayCreate(
  owners: DemoOwners,
  customers: ReadonlyArray<{ owner: DemoOwner; record: object }>,
): void {
  for (const { owner, record } of customers) {
    // What the owner sets: the dataset's nulls are fields left empty.
    const given = Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null));
    const refusal = newCustomerRefusal(demoOwnerAuth(owners, owner), given);
    if (refusal !== null)
      throw new Error(
        `A demo customer its owner (${owner}) may not create: ${JSON.stringify(refusal)}`,
      );
  }
}

/**
 * Loads the demo dataset in one transaction, one set-based statement per table:
 * customers with their duplicate keys, tags, contacts, relationships, and timelines in
 * the shape the API writes them (the owner logged each interaction, with participants,
 * outcome and next follow-up).
 */
@Injectable()
export class DemoCustomerSeeder {
  private readonly logger = new Logger(DemoCustomerSeeder.name);

  constructor(
    private readonly demoData: DemoDataRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  async seed(owners: DemoOwners): Promise<void> {
    const started = Date.now();
    const dataset = demoDataset();
    const ids = dataset.customers.map(() => randomUUID());
    await this.transactions.run(async (manager) => {
      await this.insertCustomers(manager, dataset, ids, owners);
      await this.insertTags(manager, dataset, ids);
      await this.insertContacts(manager, dataset, ids, owners);
      await this.insertRelationships(manager, dataset, ids, owners);
      await this.insertTimelines(manager, dataset, ids, owners);
    });
    this.logger.log(
      `Demo data: ${dataset.customers.length} customers, ${dataset.contacts.length} contacts, ` +
        `${dataset.relationships.length} relationships, ${dataset.interactions.length} interactions ` +
        `in ${Date.now() - started} ms`,
    );
  }

  private async insertCustomers(
    manager: EntityManager,
    dataset: DemoDataset,
    ids: string[],
    owners: DemoOwners,
  ): Promise<void> {
    const lastInteraction = new Map(
      dataset.interactions.map((interaction) => [interaction.customer, interaction.occurredAt]),
    );
    const keys = dataset.customers.map((customer) => keysOf(customer));
    const rows = dataset.customers.map(({ owner, ...fields }, index) => {
      const lastInteractionAt = lastInteraction.get(index) ?? null;
      return {
        ...fields,
        id: ids[index],
        phones: withOnePrimary(fields.phones),
        emails: withOnePrimary(fields.emails),
        nameKey: keys[index].nameKey,
        ownerId: owners[owner],
        teamId: owners.teamOf[owner],
        dealerOrgId: owner === 'partner' ? owners.dealerOrgId : null,
        createdById: owners[owner],
        updatedAt: lastInteractionAt ?? fields.createdAt,
        lastInteractionAt,
      };
    });
    assertDemoOwnersMayCreate(
      owners,
      dataset.customers.map(({ owner, createdAt: _, ...fields }, index) => ({
        owner,
        record: { ...fields, ...ownershipOf(rows[index]) },
      })),
    );
    await this.demoData.insertCustomers(manager, rows);
    await this.demoData.insertCustomerKeys(
      manager,
      keys.flatMap((customerKeys, index) =>
        keyRows(customerKeys, DEFAULT_DUPLICATE_RULE_SET).map((key) => ({
          ...key,
          customerId: ids[index],
        })),
      ),
    );
  }

  private async insertTags(
    manager: EntityManager,
    dataset: DemoDataset,
    ids: string[],
  ): Promise<void> {
    const groups = await this.demoData.tagGroupIds(manager);
    const tagIds = new Map(DEMO_TAGS.map((tag) => [tag.name, randomUUID()]));
    await this.demoData.insertTags(
      manager,
      DEMO_TAGS.map((tag) => ({
        id: tagIds.get(tag.name),
        groupId: groups.get(tag.group),
        name: tag.name,
        color: tag.color,
      })),
    );
    await this.demoData.tagCustomers(
      manager,
      dataset.taggings.map((tagging) => ({
        customerId: ids[tagging.customer],
        tagId: tagIds.get(tagging.tag),
        taggedAt: dataset.customers[tagging.customer].createdAt,
      })),
    );
  }

  private async insertContacts(
    manager: EntityManager,
    dataset: DemoDataset,
    ids: string[],
    owners: DemoOwners,
  ): Promise<void> {
    await this.demoData.insertContacts(
      manager,
      dataset.contacts.map((contact) => ({
        id: randomUUID(),
        companyId: ids[contact.company],
        personId: ids[contact.person],
        title: contact.title,
        department: contact.department,
        isPrimary: contact.primary,
        notes: contact.notes,
        customFields: contact.customFields,
        createdById: owners[dataset.customers[contact.company].owner],
        createdAt: contact.createdAt,
        updatedAt: contact.createdAt,
      })),
    );
  }

  private async insertRelationships(
    manager: EntityManager,
    dataset: DemoDataset,
    ids: string[],
    owners: DemoOwners,
  ): Promise<void> {
    const types = await this.demoData.relationshipTypeIds(manager);
    await this.demoData.insertRelationships(
      manager,
      dataset.relationships.map(({ type, from, to, ...fields }) => ({
        ...fields,
        id: randomUUID(),
        ...storedEndpoints(type === 'family', ids[from], ids[to]),
        typeId: types.get(type),
        createdById: owners[dataset.customers[from].owner],
      })),
    );
  }

  /** Each customer's creation, and the interactions its owner logged. */
  private async insertTimelines(
    manager: EntityManager,
    dataset: DemoDataset,
    ids: string[],
    owners: DemoOwners,
  ): Promise<void> {
    const event = (
      customer: number,
      fields: Pick<TimelineEvent, 'kind' | 'summary' | 'occurredAt' | 'details'>,
    ): DemoRow<TimelineEvent> => ({
      ...fields,
      id: randomUUID(),
      subjectType: 'customer',
      subjectId: ids[customer],
      actorType: 'user',
      actorId: owners[dataset.customers[customer].owner],
    });
    await this.demoData.insertTimelineEvents(manager, [
      ...dataset.customers.map((customer, index) =>
        event(index, {
          kind: 'created',
          summary: customer.name,
          occurredAt: customer.createdAt,
          details: {},
        }),
      ),
      ...dataset.interactions.map((interaction) =>
        event(interaction.customer, {
          kind: interaction.kind,
          summary: interaction.summary,
          occurredAt: interaction.occurredAt,
          details: {
            participants: interaction.participants,
            outcome: interaction.outcome,
            nextFollowUpOn: interaction.nextFollowUpOn,
          },
        }),
      ),
    ]);
  }
}

function ownershipOf(row: {
  ownerId?: string | null;
  teamId?: string | null;
  dealerOrgId?: string | null;
}) {
  return { ownerId: row.ownerId, teamId: row.teamId, dealerOrgId: row.dealerOrgId };
}
