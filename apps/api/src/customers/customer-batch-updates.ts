import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AuthContext } from '../authz/auth-context';
import { updateVersioned } from '../common/versioning/versioned-update';
import { CustomersRepository } from './customers.repository';
import { keyRows, keysOf } from './duplicates/duplicate-check.service';
import type { DuplicateRuleSet } from './duplicates/duplicate-rules.service';
import { Customer } from './entities/customer.entity';

/**
 * Existing customers changed in bulk by another module (an import's update mode), in
 * its transaction: which of them the caller may update or hand to another owner, and
 * their changed fields stored with the name and duplicate keys that follow from them.
 * The caller decides the changes, and puts them on the timeline and in the audit log.
 */
@Injectable()
export class CustomerBatchUpdates {
  constructor(private readonly customers: CustomersRepository) {}

  /** Those of these customers the caller may update, locked for the rest of the transaction. */
  lockUpdatable(manager: EntityManager, auth: AuthContext, ids: string[]): Promise<Customer[]> {
    return this.customers.findUpdatable(manager, auth, ids);
  }

  /** The ids among these of the customers the caller may transfer to another owner. */
  async transferable(auth: AuthContext, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    return new Set((await this.customers.reassignable(auth, { ids })).map(({ id }) => id));
  }

  /** Stores a locked customer's changed fields, and its name and duplicate keys anew. */
  async store(
    manager: EntityManager,
    customer: Customer,
    changes: Record<string, unknown>,
    rules: DuplicateRuleSet,
  ): Promise<void> {
    const keys = keysOf({ ...customer, ...changes });
    await updateVersioned(manager, Customer, customer.id, customer.version, {
      ...(changes as QueryDeepPartialEntity<Customer>),
      nameKey: keys.nameKey,
    });
    await this.customers.replaceKeys(manager, customer.id, keyRows(keys, rules));
  }
}
