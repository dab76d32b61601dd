import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AuthContext } from '../authz/auth-context';
import { restrictToPermitted } from '../authz/scoped-query';
import { ValidationError } from '../common/errors/app-error';
import { paginate, type Page } from '../common/pagination/keyset';
import {
  applyCustomFieldConditions,
  paginateByCustomField,
} from '../custom-fields/custom-field-filters';
import { CustomFieldQueries } from '../custom-fields/custom-field-queries';
import type { CustomFieldCondition } from '@kehu/domain';
import { Segment, type SegmentKind } from '../segments/entities/segment.entity';
import { CUSTOMER_SORTABLE } from './customer-columns';
import {
  CUSTOMER_NUMBER,
  searchCustomers,
  searchBreadth,
  type SearchBreadth,
} from './customer-search';
import type { CustomerTagRef, TaggedCustomer } from './dto/customer.dto';
import type { CustomerFilter, ListCustomersQuery } from './dto/list-customers-query.dto';
import { CustomerKey, type KeyedField } from './entities/customer-key.entity';
import { Customer } from './entities/customer.entity';

/** Up to this many matches a list counts exactly; more are estimated by the planner. */
export const EXACT_TOTAL_LIMIT = 10_000;

/**
 * The planner's cost (PostgreSQL's units: 1 = reading a page in order) up to which the
 * capped count is cheap enough to run: about 10,000 rows read through an index, or a
 * sequential scan of some 35,000 customers. A count the planner expects to cost more, such
 * as a rep's few readable customers sought through a large table, is not run: the
 * planner's estimate of the matches stands in.
 */
export const EXACT_TOTAL_MAX_COST = 5_000;

export interface ListTotal {
  total: number;
  totalIsEstimate: boolean;
}

/** What the planner expects of a capped count: the rows the query matches, and the cost. */
export interface CountPlan {
  rows: number;
  cost: number;
}

/**
 * The exact count when the planner expects it to be cheap and it stayed within the limit;
 * else the planner's estimate of the matches, flagged (above the limit when the count
 * reached it).
 */
export async function totalOf(
  plan: CountPlan,
  count: () => Promise<number>,
  limit = EXACT_TOTAL_LIMIT,
  maxCost = EXACT_TOTAL_MAX_COST,
): Promise<ListTotal> {
  if (plan.cost > maxCost) return { total: Math.round(plan.rows), totalIsEstimate: true };
  const capped = await count();
  if (capped <= limit) return { total: capped, totalIsEstimate: false };
  return { total: Math.max(Math.round(plan.rows), limit + 1), totalIsEstimate: true };
}

/** A node of `EXPLAIN (FORMAT JSON)`'s plan, as far as the count reads it. */
export interface PlanNode {
  'Node Type': string;
  'Total Cost': number;
  'Plan Rows': number;
  Plans?: PlanNode[];
}

/**
 * Reads the plan of `SELECT count(*) FROM (… LIMIT n)`: its cost is the whole capped
 * count's (the limit included, so a count that stops early is cheap), and the rows are
 * those the query under the limit is expected to match.
 */
export function countPlanOf(root: PlanNode): CountPlan {
  let node: PlanNode | undefined = root;
  while (node && node['Node Type'] !== 'Limit') node = node.Plans?.[0];
  const matched = node?.Plans?.[0] ?? node ?? root;
  return { rows: matched['Plan Rows'], cost: root['Total Cost'] };
}

export interface KeyRow {
  field: KeyedField;
  value: string;
  blocking: boolean;
}

/** A saved segment as a customer query applies it. */
export interface SegmentScope {
  id: string;
  kind: SegmentKind;
  filter: CustomerFilter | null;
  /** Its filter's custom field conditions, checked for the caller (see segmentScope). */
  customFields?: CustomFieldCondition[];
}

/**
 * A segment as this caller applies it: its stored custom field filters checked against the
 * fields the caller may filter by now. One that has become hidden from them, not
 * filterable or deleted is refused (400 on `field`) rather than dropped, which would
 * widen the segment, or kept, which would filter by what they may not see.
 */
export async function segmentScope(
  queries: CustomFieldQueries,
  auth: AuthContext,
  segment: SegmentScope,
  field: string,
): Promise<SegmentScope> {
  if (segment.kind !== 'dynamic' || !segment.filter?.cf) return segment;
  const { query, problems } = await queries.check(auth, 'customer', { cf: segment.filter.cf });
  if (problems.length > 0)
    throw ValidationError.field(
      field,
      `is a segment whose filters use a custom field you may not filter by (${problems
        .map((problem) => problem.parameter)
        .join(', ')})`,
    );
  return { ...segment, customFields: query.conditions };
}

const EQUALITY_FILTERS = {
  kind: 'c.kind',
  tier: 'c.tier',
  ownerId: 'c.ownerId',
  teamId: 'c.teamId',
  industry: 'c.industry',
  region: 'c.region',
} as const;

const RANGE_FILTERS = [
  ['createdFrom', 'c.createdAt >='],
  ['createdTo', 'c.createdAt <'],
  ['updatedFrom', 'c.updatedAt >='],
  ['updatedTo', 'c.updatedAt <'],
] as const;

/** Customers carrying a tag that matches; only live tags count, so a deleted tag matches no one. */
function hasTag(tagCondition: string): string {
  return `EXISTS (SELECT 1 FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id AND t.deleted_at IS NULL WHERE ct.customer_id = c.id AND ${tagCondition})`;
}

/**
 * Narrows a query on customers (alias `c`) by the list's filters. The customer list
 * and dynamic segments both go through here, so a segment selects exactly what the
 * list shows for the same filters. `prefix` keeps parameter names apart when a query
 * applies two filters (the list's own and a segment's). Several `tagId`s must all be
 * present (AND); `anyTagId` needs one of its tags (OR). `breadth` picks the search's
 * plan (see searchCustomers); a count or a segment reads every match, so `few` suits it.
 */
export function applyCustomerFilters(
  query: SelectQueryBuilder<Customer>,
  filter: CustomerFilter,
  auth: AuthContext,
  prefix = 'filter',
  breadth: SearchBreadth = 'few',
): SelectQueryBuilder<Customer> {
  const param = (name: string) => `${prefix}_${name}`;
  for (const [field, column] of Object.entries(EQUALITY_FILTERS)) {
    const value = filter[field as keyof typeof EQUALITY_FILTERS];
    if (value) query.andWhere(`${column} = :${param(field)}`, { [param(field)]: value });
  }
  for (const [field, comparison] of RANGE_FILTERS) {
    const value = filter[field];
    if (value) query.andWhere(`${comparison} :${param(field)}`, { [param(field)]: value });
  }
  if (filter.role)
    query.andWhere(`c.roles @> ARRAY[:${param('role')}]::text[]`, { [param('role')]: filter.role });
  filter.tagId?.forEach((tagId, index) => {
    query.andWhere(hasTag(`ct.tag_id = :${param(`tag${index}`)}`), {
      [param(`tag${index}`)]: tagId,
    });
  });
  if (filter.anyTagId?.length)
    query.andWhere(hasTag(`ct.tag_id IN (:...${param('anyTag')})`), {
      [param('anyTag')]: filter.anyTagId,
    });
  const q = filter.q?.trim();
  if (q) searchCustomers(query, q, auth, param, breadth);
  return query;
}

/** Narrows a query on customers to a segment's: its static list, or its stored filters. */
export function applySegment(
  query: SelectQueryBuilder<Customer>,
  segment: SegmentScope,
  auth: AuthContext,
): SelectQueryBuilder<Customer> {
  switch (segment.kind) {
    case 'static':
      return query.andWhere(
        'EXISTS (SELECT 1 FROM segment_members sm WHERE sm.segment_id = :segment_id AND sm.customer_id = c.id)',
        { segment_id: segment.id },
      );
    case 'dynamic':
      applyCustomerFilters(query, segment.filter ?? {}, auth, 'segment');
      return applyCustomFieldConditions(query, 'c', segment.customFields ?? [], 'segment');
  }
}

@Injectable()
export class CustomersRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly customFieldQueries: CustomFieldQueries,
  ) {}

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

  /** `withTags: false` for callers that only check access or read the record's own fields. */
  async findReadable(
    auth: AuthContext,
    id: string,
    options: { withDeleted?: boolean; withTags?: boolean } = {},
  ): Promise<TaggedCustomer | null> {
    const query = this.query().where('c.id = :id', { id });
    if (options.withDeleted) query.withDeleted();
    const customer = await restrictToPermitted(query, auth, 'read', 'Customer').getOne();
    if (customer && options.withTags !== false) await this.attachTags([customer]);
    return customer;
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

  /** Any customer by number, deleted or merged ones included (numbers are never reused). */
  async findIdByNumber(number: string): Promise<string | null> {
    const match = CUSTOMER_NUMBER.exec(number.trim());
    if (!match) return null;
    const row = await this.dataSource
      .getRepository(Customer)
      .createQueryBuilder('c')
      .withDeleted()
      .select('c.id', 'id')
      .where('c.number = :number', { number: match[1] })
      .getRawOne<{ id: string }>();
    return row?.id ?? null;
  }

  /**
   * A page of customers; their tags come in one more query for the whole page. The first
   * page (no cursor) also carries how many customers match, counted only among those the
   * caller may read.
   */
  async list(
    auth: AuthContext,
    filter: ListCustomersQuery,
  ): Promise<Page<TaggedCustomer> & { total?: ListTotal }> {
    const query = this.query();
    restrictToPermitted(query, auth, 'read', 'Customer');
    const customFields = await this.customFieldQueries.resolve(auth, 'customer', filter);
    const q = filter.q?.trim();
    const breadth = q ? await searchBreadth(this.dataSource.manager, q, filter.sort) : 'few';
    applyCustomerFilters(query, filter, auth, 'filter', breadth);
    applyCustomFieldConditions(query, 'c', customFields.conditions, 'filter');
    if (filter.segmentId)
      applySegment(query, await this.readableSegment(auth, filter.segmentId), auth);
    const total = filter.cursor ? undefined : await this.countMatches(query);
    const page = customFields.sort
      ? await paginateByCustomField(
          query,
          { ...filter, sort: filter.sort ?? '' },
          customFields.sort,
        )
      : await paginate(query, filter, CUSTOMER_SORTABLE, '-createdAt');
    await this.attachTags(page.items);
    return { ...page, total };
  }

  /**
   * The number of rows a list query matches, at bounded cost. The planner is asked first
   * what counting up to EXACT_TOTAL_LIMIT + 1 matches would cost; only a cheap count runs,
   * and one that stays within the limit is exact. Otherwise the planner's estimate of the
   * matches stands in, flagged as an estimate. Both are of the same query, the caller's
   * permissions included, so a rep's estimate is of the customers they may read.
   */
  private async countMatches(query: SelectQueryBuilder<Customer>): Promise<ListTotal> {
    const [sql, parameters] = query.clone().select('c.id').orderBy().getQueryAndParameters();
    const capped = `SELECT count(*)::int AS count FROM (${sql} LIMIT ${EXACT_TOTAL_LIMIT + 1}) matches`;
    const [explained] = await this.dataSource.query<Array<{ 'QUERY PLAN': unknown }>>(
      `EXPLAIN (FORMAT JSON) ${capped}`,
      parameters,
    );
    const [plan] = explained['QUERY PLAN'] as Array<{ Plan: PlanNode }>;
    return totalOf(countPlanOf(plan.Plan), async () => {
      const [row] = await this.dataSource.query<Array<{ count: number }>>(capped, parameters);
      return row.count;
    });
  }

  /** The segment behind a segmentId filter; one the caller may not read is refused (400). */
  private async readableSegment(auth: AuthContext, id: string): Promise<SegmentScope> {
    const query = this.dataSource
      .getRepository(Segment)
      .createQueryBuilder('s')
      .select(['s.id', 's.kind', 's.filter'])
      .where('s.id = :id', { id });
    const segment = await restrictToPermitted(query, auth, 'read', 'Segment').getOne();
    if (!segment) throw ValidationError.field('segmentId', 'is not a segment you may read');
    return segmentScope(this.customFieldQueries, auth, segment, 'segmentId');
  }

  private async attachTags(customers: TaggedCustomer[]): Promise<void> {
    if (customers.length === 0) return;
    const rows = await this.dataSource
      .createQueryBuilder()
      .select([
        'ct.customer_id AS "customerId"',
        't.id AS "id"',
        't.name AS "name"',
        't.color AS "color"',
        't.group_id AS "groupId"',
      ])
      .from('customer_tags', 'ct')
      .innerJoin('tags', 't', 't.id = ct.tag_id AND t.deleted_at IS NULL')
      .where('ct.customer_id IN (:...ids)', { ids: customers.map((customer) => customer.id) })
      .orderBy('t.name')
      .addOrderBy('t.id')
      .getRawMany<CustomerTagRef & { customerId: string }>();
    for (const customer of customers) {
      customer.tags = rows
        .filter((row) => row.customerId === customer.id)
        .map(({ id, name, color, groupId }) => ({ id, name, color, groupId }));
    }
  }

  async insert(manager: EntityManager, values: QueryDeepPartialEntity<Customer>): Promise<string> {
    const result = await manager.insert(Customer, values);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Those of these customers the caller may update, locked for the rest of the transaction. */
  findUpdatable(manager: EntityManager, auth: AuthContext, ids: string[]): Promise<Customer[]> {
    if (ids.length === 0) return Promise.resolve([]);
    const query = manager
      .getRepository(Customer)
      .createQueryBuilder('c')
      .where('c.id IN (:...ids)', { ids });
    return restrictToPermitted(query, auth, 'update', 'Customer')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** Re-reads a customer inside a transaction (with owner and team names). */
  findInTransaction(manager: EntityManager, id: string): Promise<Customer | null> {
    return this.query(manager).withDeleted().where('c.id = :id', { id }).getOne();
  }

  /** Many customers in one statement (imports); returns their ids in order. */
  async insertMany(
    manager: EntityManager,
    values: QueryDeepPartialEntity<Customer>[],
  ): Promise<string[]> {
    if (values.length === 0) return [];
    const result = await manager.insert(Customer, values);
    return result.identifiers.map((identifier) => (identifier as { id: string }).id);
  }

  async insertKeys(
    manager: EntityManager,
    keys: Array<KeyRow & { customerId: string }>,
  ): Promise<void> {
    if (keys.length > 0) await manager.insert(CustomerKey, keys);
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
    restrictToPermitted(query, auth, 'reassign', 'Customer');
    if (selection.ids) query.andWhere('c.id IN (:...ids)', { ids: selection.ids });
    if (selection.fromOwnerId)
      query.andWhere('c.ownerId = :fromOwnerId', { fromOwnerId: selection.fromOwnerId });
    return query.getMany();
  }

  /** The customer's last interaction; its next follow-up follows its tasks instead. */
  async recordInteraction(manager: EntityManager, id: string, occurredAt: Date): Promise<void> {
    const changes: QueryDeepPartialEntity<Customer> = {
      lastInteractionAt: () => 'GREATEST(last_interaction_at, :occurredAt::timestamptz)',
      version: () => 'version',
      updatedAt: () => 'updated_at',
    };
    await manager
      .createQueryBuilder()
      .update(Customer)
      .set(changes)
      .where('id = :id', { id })
      .setParameter('occurredAt', occurredAt.toISOString())
      .execute();
  }
}
