import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { restrictToPermitted } from '../authz/scoped-query';
import { containsPattern } from '../common/http/like-pattern';
import { paginate, type Page } from '../common/pagination/keyset';
import { applySegment, segmentScope, type SegmentScope } from '../customers/customers.repository';
import { CustomFieldQueries } from '../custom-fields/custom-field-queries';
import { Customer } from '../customers/entities/customer.entity';
import type { ListSegmentsQuery } from './dto/segment.dto';
import { Segment } from './entities/segment.entity';
import { SEGMENT_SORTABLE } from './segment-columns';

@Injectable()
export class SegmentsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly customFieldQueries: CustomFieldQueries,
  ) {}

  /** Segments with their creator's name: one query. */
  private query(): SelectQueryBuilder<Segment> {
    return this.dataSource
      .getRepository(Segment)
      .createQueryBuilder('s')
      .leftJoin('s.owner', 'owner')
      .addSelect(['owner.id', 'owner.name']);
  }

  findReadable(
    auth: AuthContext,
    id: string,
    options: { withDeleted?: boolean } = {},
  ): Promise<Segment | null> {
    const query = this.query().where('s.id = :id', { id });
    if (options.withDeleted) query.withDeleted();
    return restrictToPermitted(query, auth, 'read', 'Segment').getOne();
  }

  list(auth: AuthContext, filter: ListSegmentsQuery): Promise<Page<Segment>> {
    const query = this.query();
    restrictToPermitted(query, auth, 'read', 'Segment');
    if (filter.kind) query.andWhere('s.kind = :kind', { kind: filter.kind });
    if (filter.ownerId) query.andWhere('s.ownerId = :ownerId', { ownerId: filter.ownerId });
    if (filter.q) query.andWhere('s.name ILIKE :q', { q: containsPattern(filter.q) });
    return paginate(query, filter, SEGMENT_SORTABLE, 'name');
  }

  /** Members the caller may read, by the same SQL as GET /customers?segmentId=…. */
  async countMembers(auth: AuthContext, segment: SegmentScope): Promise<number> {
    const scope = await segmentScope(this.customFieldQueries, auth, segment, 'filter');
    const query = this.dataSource.getRepository(Customer).createQueryBuilder('c');
    restrictToPermitted(query, auth, 'read', 'Customer');
    return applySegment(query, scope, auth).getCount();
  }

  /** The ones among these live customers the caller may read. */
  async readableCustomers(auth: AuthContext, ids: readonly string[]): Promise<string[]> {
    const query = this.dataSource
      .getRepository(Customer)
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .where('c.id IN (:...ids)', { ids });
    restrictToPermitted(query, auth, 'read', 'Customer');
    const rows = await query.getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** Returns the customers that were not members yet. */
  async addMembers(
    manager: EntityManager,
    segmentId: string,
    customerIds: readonly string[],
  ): Promise<string[]> {
    const rows: Array<{ customerId: string }> = await manager.query(
      `INSERT INTO segment_members (segment_id, customer_id)
       SELECT $1, unnest($2::uuid[])
       ON CONFLICT DO NOTHING
       RETURNING customer_id AS "customerId"`,
      [segmentId, customerIds],
    );
    return rows.map((row) => row.customerId);
  }

  /** Returns the customers that were members. */
  async removeMembers(
    manager: EntityManager,
    segmentId: string,
    customerIds: readonly string[],
  ): Promise<string[]> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from('segment_members')
      .where('segment_id = :segmentId AND customer_id = ANY(:customerIds::uuid[])', {
        segmentId,
        customerIds,
      })
      .returning('customer_id AS "customerId"')
      .execute();
    return (result.raw as Array<{ customerId: string }>).map((row) => row.customerId);
  }

  /** A merge: the survivor joins every static segment the merged-away customer was on. */
  async moveMembers(manager: EntityManager, sourceId: string, targetId: string): Promise<void> {
    await manager.query(
      `INSERT INTO segment_members (segment_id, customer_id, added_at)
       SELECT segment_id, $2, added_at FROM segment_members WHERE customer_id = $1
       ON CONFLICT DO NOTHING`,
      [sourceId, targetId],
    );
    await manager.query('DELETE FROM segment_members WHERE customer_id = $1', [sourceId]);
  }
}
