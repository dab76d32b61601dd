import { Injectable } from '@nestjs/common';
import { CUSTOMER_AUDITED_FIELDS, refusalOf, type Refusal } from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../authz/auth-context';
import { assertCan } from '../authz/record-access';
import { definedFields } from '../common/http/defined-fields';
import { TimelineService } from '../timeline/timeline.service';
import { CustomersRepository } from './customers.repository';
import { type DuplicateDraft, keyRows, keysOf } from './duplicates/duplicate-check.service';
import { DuplicateRulesService } from './duplicates/duplicate-rules.service';
import type { Customer } from './entities/customer.entity';

/**
 * A customer as a write path wants it stored: its kind and name, any other customer
 * field (contact lists already with one primary each), and its ownership. Every path
 * — the API, lead conversion, imports and demo data — hands the writer this shape.
 */
export type NewCustomer = DuplicateDraft &
  Omit<
    QueryDeepPartialEntity<Customer>,
    'id' | 'number' | 'nameKey' | 'createdById' | 'version' | 'deletedAt'
  > & {
    kind: Customer['kind'];
    name: string;
    ownerId: string | null;
    teamId: string | null;
    dealerOrgId: string | null;
  };

/**
 * The record-level and field-level check of creating this customer, on the record as it
 * will be written (its owner, team and dealer org decide), for every field it sets.
 * Bulk paths that do not go through `create` (the import's COPY) run this same check
 * on each row.
 */
export function newCustomerRefusal(auth: AuthContext, customer: object): Refusal | null {
  return refusalOf(
    auth.ability,
    'create',
    'Customer',
    customer,
    Object.keys(definedFields(customer)),
  );
}

/**
 * The same check for many rows of one caller (an import batch), fast enough for a
 * million: the outcome depends only on the fields a row sets and the values of the
 * fields the caller's rules test (owner, team, …), so rows alike share one decision.
 */
export function newCustomerRefusalsFor(auth: AuthContext): (customer: object) => Refusal | null {
  const tested = new Set(
    auth.ability
      .rulesFor('create', 'Customer')
      .flatMap((rule) => Object.keys((rule.conditions as object | undefined) ?? {})),
  );
  // Operators ($or, …) at the top of a condition would hide the fields they test.
  const cacheable = [...tested].every((field) => !field.startsWith('$'));
  const decided = new Map<string, Refusal | null>();
  return (customer) => {
    if (!cacheable) return newCustomerRefusal(auth, customer);
    const fields = Object.keys(definedFields(customer));
    const values = [...tested].map((field) => (customer as Record<string, unknown>)[field]);
    const key = JSON.stringify([fields, values]);
    let refusal = decided.get(key);
    if (refusal === undefined) {
      refusal = newCustomerRefusal(auth, customer);
      decided.set(key, refusal);
    }
    return refusal;
  };
}

/**
 * The one way a customer is created: the record check, the row and its duplicate keys,
 * the "created" timeline event and the audit entry over the catalogue's audited fields,
 * in the caller's transaction.
 */
@Injectable()
export class CustomerWriter {
  constructor(
    private readonly customers: CustomersRepository,
    private readonly rules: DuplicateRulesService,
    private readonly timeline: TimelineService,
    private readonly audit: AuditService,
  ) {}

  /** Refuses (403) a customer this caller may not create, before anything is written. */
  assertMayCreate(auth: AuthContext, customer: NewCustomer): void {
    assertCan(auth, 'create', 'Customer', customer, Object.keys(definedFields(customer)));
  }

  async create(manager: EntityManager, auth: AuthContext, customer: NewCustomer): Promise<string> {
    this.assertMayCreate(auth, customer);
    const keys = keysOf(customer);
    const id = await this.customers.insert(manager, {
      ...customer,
      nameKey: keys.nameKey,
      createdById: auth.actor.type === 'user' ? auth.actor.id : null,
    });
    await this.customers.replaceKeys(manager, id, keyRows(keys, await this.rules.current()));
    await this.timeline.record(manager, auth, [
      { subjectType: 'customer', subjectId: id, kind: 'created', summary: customer.name },
    ]);
    await this.audit.record(manager, auth, {
      entity: 'customer',
      entityId: id,
      action: 'create',
      after: { ...customer },
      fields: CUSTOMER_AUDITED_FIELDS,
    });
    return id;
  }
}
