import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DEFAULT_DUPLICATE_RULES, storedEndpoints, withOnePrimary } from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import { keyRows, keysOf } from '../customers/duplicates/duplicate-check.service';
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
    await this.demoData.insertCustomers(
      manager,
      dataset.customers.map(({ owner, ...fields }, index) => {
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
      }),
    );
    await this.demoData.insertCustomerKeys(
      manager,
      keys.flatMap((customerKeys, index) =>
        keyRows(customerKeys, DEFAULT_DUPLICATE_RULES).map((key) => ({
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
