import { Injectable, Logger } from '@nestjs/common';
import { DEFAULT_DUPLICATE_RULES } from '@kehu/domain';
import { CustomersRepository } from '../customers/customers.repository';
import { keyRows, keysOf } from '../customers/duplicates/duplicate-check.service';
import { TransactionRunner } from '../database/transaction-runner';
import { TimelineService } from '../timeline/timeline.service';
import type { InteractionKind } from '../timeline/entities/timeline-event.entity';
import { demoCustomers } from './demo-customers';

export interface DemoOwners {
  rep1: string;
  rep2: string;
  rep3: string;
  manager: string;
  partner: string;
  teamOf: Record<string, string | null>;
  dealerOrgId: string;
}

/** Loads the generated demo customers with their keys and timelines, in one transaction. */
@Injectable()
export class DemoCustomerSeeder {
  private readonly logger = new Logger(DemoCustomerSeeder.name);

  constructor(
    private readonly customers: CustomersRepository,
    private readonly timeline: TimelineService,
    private readonly transactions: TransactionRunner,
  ) {}

  async seed(owners: DemoOwners): Promise<void> {
    const generated = demoCustomers();
    await this.transactions.run(async (manager) => {
      for (const customer of generated) {
        const { owner, interactions, ...fields } = customer;
        const ownerId = owners[owner];
        const keys = keysOf(fields);
        const lastInteraction = interactions.at(-1)?.occurredAt ?? null;
        const id = await this.customers.insert(manager, {
          ...fields,
          nameKey: keys.nameKey,
          ownerId,
          teamId: owners.teamOf[owner],
          dealerOrgId: owner === 'partner' ? owners.dealerOrgId : null,
          createdById: ownerId,
          updatedAt: lastInteraction ?? customer.createdAt,
          lastInteractionAt: lastInteraction,
        });
        await this.customers.replaceKeys(manager, id, keyRows(keys, DEFAULT_DUPLICATE_RULES));
        await this.timeline.record(manager, null, [
          {
            subjectType: 'customer',
            subjectId: id,
            kind: 'created',
            summary: customer.name,
            occurredAt: customer.createdAt,
          },
          ...interactions.map((interaction) => ({
            subjectType: 'customer' as const,
            subjectId: id,
            kind: interaction.kind as InteractionKind,
            summary: interaction.summary,
            occurredAt: interaction.occurredAt,
            details: { participants: [], outcome: null, nextFollowUpOn: null },
          })),
        ]);
      }
    });
    this.logger.log(`Demo data: ${generated.length} customers`);
  }
}
