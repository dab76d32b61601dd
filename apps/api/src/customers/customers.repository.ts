import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeEmail, normalizePhone } from '@kehu/domain';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AuthContext } from '../authz/auth-context';
import { restrictToPermitted } from '../authz/scoped-query';
import { containsPattern } from '../common/http/like-pattern';
import { paginate, type Page } from '../common/pagination/keyset';
import { CUSTOMER_COLUMNS, CUSTOMER_SORTABLE } from './customer-columns';
import type { ListCustomersQuery } from './dto/list-customers-query.dto';
import { CustomerKey, type KeyedField } from './entities/customer-key.entity';
import { Customer } from './entities/customer.entity';

export interface KeyRow {
  field: KeyedField;
  value: string;
  blocking: boolean;
}

const CUSTOMER_NUMBER = /^(?:c-?)?0*(\d{1,12})$/i;

@Injectable()
export class CustomersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Customers with their owner's and team's names: one query, no N+1. */
  private query(manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<Customer> {
    return manager
      .getRepository(Customer)
      .createQueryBuilder('c')
      .leftJoin('c.owner', 'owner')
      .addSelect(['owner.id', 'owner.name'])
      .leftJoin('c.team', 'team')
      .addSelect(['team.id', 'team.name']);
  }

  findReadable(
    auth: AuthContext,
    id: string,
    options: { withDeleted?: boolean } = {},
  ): Promise<Customer | null> {
    const query = this.query().where('c.id = :id', { id });
    if (options.withDeleted) query.withDeleted();
    return restrictToPermitted(query, auth, 'read', 'Customer', CUSTOMER_COLUMNS).getOne();
  }

  /** The survivor a merged-away customer points to, whoever may read it. */
  async findMergeTarget(id: string): Promise<string | null> {
    const row = await this.dataSource
      .getRepository(Customer)
      .createQueryBuilder('c')
      .withDeleted()
      .select('c.mergedIntoId', 'mergedIntoId')
      .where('c.id = :id AND c.mergedIntoId IS NOT NULL', { id })
      .getRawOne<{ mergedIntoId: string }>();
    return row?.mergedIntoId ?? null;
  }

  list(auth: AuthContext, filter: ListCustomersQuery): Promise<Page<Customer>> {
    const query = this.query();
    restrictToPermitted(query, auth, 'read', 'Customer', CUSTOMER_COLUMNS);
    if (filter.kind) query.andWhere('c.kind = :kind', { kind: filter.kind });
    if (filter.tier) query.andWhere('c.tier = :tier', { tier: filter.tier });
    if (filter.role) query.andWhere('c.roles @> ARRAY[:role]::text[]', { role: filter.role });
    if (filter.ownerId) query.andWhere('c.ownerId = :ownerId', { ownerId: filter.ownerId });
    if (filter.teamId) query.andWhere('c.teamId = :teamId', { teamId: filter.teamId });
    if (filter.industry) query.andWhere('c.industry = :industry', { industry: filter.industry });
    if (filter.region) query.andWhere('c.region = :region', { region: filter.region });
    if (filter.createdFrom)
      query.andWhere('c.createdAt >= :createdFrom', { createdFrom: filter.createdFrom });
    if (filter.createdTo)
      query.andWhere('c.createdAt < :createdTo', { createdTo: filter.createdTo });
    if (filter.updatedFrom)
      query.andWhere('c.updatedAt >= :updatedFrom', { updatedFrom: filter.updatedFrom });
    if (filter.updatedTo)
      query.andWhere('c.updatedAt < :updatedTo', { updatedTo: filter.updatedTo });
    if (filter.q) this.search(query, filter.q.trim());
    return paginate(query, filter, CUSTOMER_SORTABLE, '-createdAt');
  }

  /**
   * Name by trigram-indexed ILIKE; customer number exactly; phone and email through
   * their normalized keys (whole values, or the start of an email).
   */
  private search(query: SelectQueryBuilder<Customer>, q: string): void {
    const clauses = ['c.name ILIKE :namePattern'];
    const params: Record<string, unknown> = { namePattern: containsPattern(q) };
    const number = CUSTOMER_NUMBER.exec(q);
    if (number) {
      clauses.push('c.number = :number');
      params.number = number[1];
    }
    const phone = /\d{5,}/.test(q) ? normalizePhone(q) : null;
    if (phone) {
      clauses.push(
        "EXISTS (SELECT 1 FROM customer_keys k WHERE k.customer_id = c.id AND k.field = 'phone' AND k.value = :phone)",
      );
      params.phone = phone;
    }
    if (q.includes('@')) {
      const email = normalizeEmail(q) ?? q.toLowerCase();
      clauses.push(
        "EXISTS (SELECT 1 FROM customer_keys k WHERE k.customer_id = c.id AND k.field = 'email' AND k.value LIKE :emailPrefix)",
      );
      params.emailPrefix = `${email.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    }
    query.andWhere(`(${clauses.join(' OR ')})`, params);
  }

  async insert(manager: EntityManager, values: QueryDeepPartialEntity<Customer>): Promise<string> {
    const result = await manager.insert(Customer, values);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Re-reads a customer inside a transaction (with owner and team names). */
  findInTransaction(manager: EntityManager, id: string): Promise<Customer | null> {
    return this.query(manager).withDeleted().where('c.id = :id', { id }).getOne();
  }

  async replaceKeys(manager: EntityManager, customerId: string, keys: KeyRow[]): Promise<void> {
    await manager.delete(CustomerKey, { customerId });
    if (keys.length > 0)
      await manager.insert(
        CustomerKey,
        keys.map((key) => ({ ...key, customerId })),
      );
  }

  async deleteKeys(manager: EntityManager, customerId: string): Promise<void> {
    await manager.delete(CustomerKey, { customerId });
  }

  /** Changes owner and team of these customers (already checked); returns the ids changed. */
  async reassign(
    manager: EntityManager,
    ids: string[],
    ownerId: string,
    teamId: string | null,
  ): Promise<string[]> {
    if (ids.length === 0) return [];
    const result = await manager
      .createQueryBuilder()
      .update(Customer)
      .set({ ownerId, teamId })
      .where('id IN (:...ids) AND deleted_at IS NULL', { ids })
      .andWhere('(owner_id IS DISTINCT FROM :ownerId OR team_id IS DISTINCT FROM :teamId)', {
        ownerId,
        teamId,
      })
      .returning(['id'])
      .execute();
    return (result.raw as Array<{ id: string }>).map((row) => row.id);
  }

  /** The customers (id, owner) among these that the caller may reassign. */
  async reassignable(
    auth: AuthContext,
    selection: { ids?: string[]; fromOwnerId?: string },
  ): Promise<Array<{ id: string; name: string; ownerId: string | null }>> {
    const query = this.dataSource
      .getRepository(Customer)
      .createQueryBuilder('c')
      .select(['c.id', 'c.name', 'c.ownerId']);
    restrictToPermitted(query, auth, 'reassign', 'Customer', CUSTOMER_COLUMNS);
    if (selection.ids) query.andWhere('c.id IN (:...ids)', { ids: selection.ids });
    if (selection.fromOwnerId)
      query.andWhere('c.ownerId = :fromOwnerId', { fromOwnerId: selection.fromOwnerId });
    return query.getMany();
  }

  async recordInteraction(
    manager: EntityManager,
    id: string,
    occurredAt: Date,
    nextFollowUpOn: string | undefined,
  ): Promise<void> {
    const changes: QueryDeepPartialEntity<Customer> = {
      lastInteractionAt: () => 'GREATEST(last_interaction_at, :occurredAt::timestamptz)',
      version: () => 'version',
      updatedAt: () => 'updated_at',
    };
    if (nextFollowUpOn) changes.nextFollowUpOn = nextFollowUpOn;
    await manager
      .createQueryBuilder()
      .update(Customer)
      .set(changes)
      .where('id = :id', { id })
      .setParameter('occurredAt', occurredAt.toISOString())
      .execute();
  }
}
