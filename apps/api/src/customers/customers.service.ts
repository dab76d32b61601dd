import { Injectable } from '@nestjs/common';
import { CUSTOMER_AUDITED_FIELDS, fieldsForeignTo, withOnePrimary } from '@kehu/domain';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../authz/auth-context';
import { assertCan } from '../authz/record-access';
import {
  ConflictError,
  MovedError,
  NotFoundError,
  ValidationError,
} from '../common/errors/app-error';
import { definedFields } from '../common/http/defined-fields';
import type { Page } from '../common/pagination/keyset';
import { assertVersion, updateVersioned } from '../common/versioning/versioned-update';
import { isUniqueViolation } from '../database/database-errors';
import { TransactionRunner } from '../database/transaction-runner';
import { withoutCustomFields } from '../custom-fields/custom-field-input';
import { CustomFieldsService } from '../custom-fields/custom-fields.service';
import { TimelineService } from '../timeline/timeline.service';
import { CustomersRepository, type ListTotal } from './customers.repository';
import {
  type CreateCustomerRequest,
  type CustomerFieldsRequest,
  type UpdateCustomerRequest,
} from './dto/create-customer.dto';
import { presentCustomer } from './customer.presenter';
import { type NewCustomer, CustomerWriter } from './customer-writer';
import type { CustomerResponse } from './dto/customer.dto';
import type { ListCustomersQuery } from './dto/list-customers-query.dto';
import {
  customFieldKeysChanged,
  DuplicateCheckService,
  keyRows,
  keysOf,
} from './duplicates/duplicate-check.service';
import { DuplicateRulesService } from './duplicates/duplicate-rules.service';
import { Customer, type CustomerKind } from './entities/customer.entity';
import { OwnersRepository } from './owners.repository';

/** Changing one of these can make the customer a duplicate of another. */
const IDENTITY_FIELDS = ['name', 'phones', 'emails', 'addresses', 'taxId'] as const;

function isBlockingKeyViolation(error: unknown): boolean {
  return isUniqueViolation(error, 'customer_keys_blocking_key');
}

/**
 * Request fields as stored: contact lists with one primary each, the name trimmed, and
 * null kept, so a PATCH clears a field with it.
 */
function storedFields(
  request: Omit<CustomerFieldsRequest, 'customFields'> & { name?: string },
): QueryDeepPartialEntity<Customer> {
  const { phones, emails, addresses, name, ...rest } = definedFields(request);
  return {
    ...rest,
    ...(name !== undefined ? { name: name.trim() } : {}),
    ...(phones ? { phones: withOnePrimary(phones) } : {}),
    ...(emails ? { emails: withOnePrimary(emails) } : {}),
    ...(addresses ? { addresses: withOnePrimary(addresses) } : {}),
  };
}

function assertFieldsFitKind(kind: CustomerKind, request: CustomerFieldsRequest): void {
  const given = fieldsForeignTo(kind).filter(
    (field) => (request as Record<string, unknown>)[field] !== undefined,
  );
  if (given.length > 0) {
    throw new ValidationError(
      given.map((field) => ({ field, message: `${field} does not apply to a ${kind}` })),
    );
  }
}

@Injectable()
export class CustomersService {
  constructor(
    private readonly customers: CustomersRepository,
    private readonly owners: OwnersRepository,
    private readonly duplicates: DuplicateCheckService,
    private readonly rules: DuplicateRulesService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly writer: CustomerWriter,
    private readonly customFields: CustomFieldsService,
  ) {}

  async list(
    auth: AuthContext,
    query: ListCustomersQuery,
  ): Promise<Page<Partial<CustomerResponse>> & Partial<ListTotal>> {
    const page = await this.customers.list(auth, query);
    const visible = await this.customFields.visibleKeys(auth, 'customer');
    return {
      items: page.items.map((customer) => this.present(auth, customer, visible)),
      nextCursor: page.nextCursor,
      ...page.total,
    };
  }

  async get(auth: AuthContext, id: string): Promise<Partial<CustomerResponse>> {
    const customer = await this.findReadable(auth, id);
    return this.present(auth, customer, await this.customFields.visibleKeys(auth, 'customer'));
  }

  async create(auth: AuthContext, request: CreateCustomerRequest, acknowledged: boolean) {
    assertFieldsFitKind(request.kind, request);
    const { ownerId, teamId, ...fields } = request;
    const owner = await this.owners.resolveOwner(auth, ownerId, teamId);
    const dealerOrgId = auth.principal.roles.includes('channel_partner')
      ? auth.principal.dealerOrgId
      : null;
    const customFields = await this.customFields.valuesToWrite(
      auth,
      'customer',
      request.customFields,
      { mode: 'create', kind: request.kind },
    );
    const customer: NewCustomer = {
      ...(storedFields(withoutCustomFields(fields)) as Omit<NewCustomer, 'kind' | 'name'>),
      customFields,
      kind: request.kind,
      name: request.name.trim(),
      ownerId: owner.ownerId,
      teamId: owner.teamId,
      dealerOrgId,
    };
    this.writer.assertMayCreate(auth, customer);
    await this.duplicates.assertNoDuplicates(auth, customer, acknowledged);
    try {
      const id = await this.transactions.run((manager) =>
        this.writer.create(manager, auth, customer),
      );
      return this.get(auth, id);
    } catch (error) {
      // Another request saved the same phone, email or tax id in the meantime.
      if (isBlockingKeyViolation(error))
        await this.duplicates.assertNoDuplicates(auth, customer, acknowledged);
      throw error;
    }
  }

  async update(
    auth: AuthContext,
    id: string,
    ifMatch: number | undefined,
    request: UpdateCustomerRequest,
    acknowledged: boolean,
  ) {
    const current = await this.findReadable(auth, id);
    assertFieldsFitKind(current.kind, request);
    assertCan(auth, 'update', 'Customer', current, Object.keys(definedFields(request)));
    assertVersion(current.version, ifMatch);
    const changes = storedFields(withoutCustomFields(request));
    if (request.customFields !== undefined)
      changes.customFields = await this.customFields.valuesToWrite(
        auth,
        'customer',
        request.customFields,
        { mode: 'update', kind: current.kind, previous: current.customFields },
      );
    const next = { ...current, ...(changes as Partial<Customer>) };
    const rules = await this.rules.current();
    const identityChanged =
      IDENTITY_FIELDS.some((field) => request[field] !== undefined) ||
      (request.customFields !== undefined && customFieldKeysChanged(current, next, rules));
    if (identityChanged) await this.duplicates.assertNoDuplicates(auth, next, acknowledged, id);
    const keys = keysOf(next);

    try {
      await this.transactions.run(async (manager) => {
        await updateVersioned(manager, Customer, id, current.version, {
          ...changes,
          nameKey: keys.nameKey,
        });
        if (identityChanged) await this.customers.replaceKeys(manager, id, keyRows(keys, rules));
        if (request.tier !== undefined && request.tier !== current.tier) {
          await this.timeline.record(manager, auth, [
            {
              subjectType: 'customer',
              subjectId: id,
              kind: 'tier-changed',
              summary: `${current.tier} → ${request.tier}`,
              details: { from: current.tier, to: request.tier },
            },
          ]);
        }
        await this.audit.record(manager, auth, {
          entity: 'customer',
          entityId: id,
          action: 'update',
          before: { ...current },
          after: next,
          fields: CUSTOMER_AUDITED_FIELDS,
        });
      });
    } catch (error) {
      if (isBlockingKeyViolation(error))
        await this.duplicates.assertNoDuplicates(auth, next, acknowledged, id);
      throw error;
    }
    return this.get(auth, id);
  }

  /** Soft delete: the customer leaves every list, and its phone, email and tax id are freed. */
  async remove(auth: AuthContext, id: string, ifMatch: number | undefined): Promise<void> {
    const current = await this.findReadable(auth, id);
    assertCan(auth, 'delete', 'Customer', current);
    assertVersion(current.version, ifMatch);
    await this.transactions.run(async (manager) => {
      await this.customers.deleteKeys(manager, id);
      await updateVersioned(manager, Customer, id, current.version, { deletedAt: () => 'now()' });
      await this.audit.record(manager, auth, {
        entity: 'customer',
        entityId: id,
        action: 'delete',
        fields: [],
      });
    });
  }

  /** Brings a deleted customer back, unless another customer now holds its keys (409). */
  async restore(auth: AuthContext, id: string) {
    const current = await this.findReadable(auth, id, { withDeleted: true });
    assertCan(auth, 'restore', 'Customer', current);
    if (current.deletedAt === null) return this.get(auth, id);
    if (current.mergedIntoId !== null) {
      throw new ConflictError('This customer was merged into another one and cannot be restored.', {
        mergedIntoId: current.mergedIntoId,
      });
    }
    const rules = await this.rules.current();
    try {
      await this.transactions.run(async (manager) => {
        await updateVersioned(manager, Customer, id, current.version, { deletedAt: null });
        await this.customers.replaceKeys(manager, id, keyRows(keysOf(current), rules));
        await this.timeline.record(manager, auth, [
          { subjectType: 'customer', subjectId: id, kind: 'restored', summary: current.name },
        ]);
        await this.audit.record(manager, auth, {
          entity: 'customer',
          entityId: id,
          action: 'restore',
          fields: [],
        });
      });
    } catch (error) {
      if (isBlockingKeyViolation(error)) {
        await this.duplicates.assertNoDuplicates(auth, current, false, id);
      }
      throw error;
    }
    return this.get(auth, id);
  }

  /**
   * A customer, or — when it was merged away — a 308 to the survivor if the caller may
   * read that one (404 otherwise, so nothing leaks).
   */
  async getOrRedirect(auth: AuthContext, id: string): Promise<Partial<CustomerResponse>> {
    const customer = await this.customers.findReadable(auth, id);
    if (customer)
      return this.present(auth, customer, await this.customFields.visibleKeys(auth, 'customer'));
    let survivor = await this.customers.findMergeTarget(id);
    for (let hops = 0; survivor !== null && hops < 10; hops++) {
      if (await this.customers.findReadable(auth, survivor)) {
        throw new MovedError(
          `/api/v1/customers/${survivor}`,
          'This customer was merged into another one.',
        );
      }
      survivor = await this.customers.findMergeTarget(survivor);
    }
    throw new NotFoundError('The customer');
  }

  /** Customer numbers never change, so they work as stable references (C-000123). */
  async redirectByNumber(auth: AuthContext, number: string): Promise<never> {
    const id = await this.customers.findIdByNumber(number);
    if (id === null) throw new NotFoundError('The customer');
    await this.getOrRedirect(auth, id);
    throw new MovedError(`/api/v1/customers/${id}`, `${number} is this customer.`);
  }

  async findReadable(
    auth: AuthContext,
    id: string,
    options: { withDeleted?: boolean; withTags?: boolean } = {},
  ): Promise<Customer> {
    const customer = await this.customers.findReadable(auth, id, options);
    if (!customer) throw new NotFoundError('The customer');
    return customer;
  }

  /** The customer, or null when the caller may not read it (or it does not exist). */
  findReadableOrNull(auth: AuthContext, id: string): Promise<Customer | null> {
    return this.customers.findReadable(auth, id);
  }

  /** Whether the caller may read this (not deleted) customer; other modules check a reference so. */
  async isReadable(auth: AuthContext, id: string): Promise<boolean> {
    return (await this.customers.findReadable(auth, id, { withTags: false })) !== null;
  }

  /**
   * The customer as this caller may see it: restricted fields are left out, and of its
   * custom field values those of the live fields the caller sees (`visibleCustomFields`,
   * from CustomFieldsService.visibleKeys); without them, no custom field values.
   */
  present(
    auth: AuthContext,
    customer: Customer,
    visibleCustomFields?: ReadonlySet<string>,
  ): Partial<CustomerResponse> {
    const response = presentCustomer(auth, customer);
    if (response.customFields === undefined) return response;
    return {
      ...response,
      customFields: Object.fromEntries(
        Object.entries(response.customFields).filter(
          ([key]) => visibleCustomFields?.has(key) ?? false,
        ),
      ),
    };
  }
}
