import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Moves one module's references from the merged-away customer to the survivor. */
export type CustomerMergeStep = (
  manager: EntityManager,
  sourceId: string,
  targetId: string,
) => Promise<void>;

/**
 * Every module that refers to customers registers how to re-point its rows when two
 * customers are merged (timeline, tags, relationships, contacts, opportunities, …), so
 * a merge moves everything without the customers module knowing every table.
 */
@Injectable()
export class CustomerMergeSteps {
  private readonly steps = new Map<string, CustomerMergeStep>();

  register(name: string, step: CustomerMergeStep): void {
    this.steps.set(name, step);
  }

  async runAll(manager: EntityManager, sourceId: string, targetId: string): Promise<void> {
    for (const step of this.steps.values()) await step(manager, sourceId, targetId);
  }
}
