import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { restrictToPermitted } from '../authz/scoped-query';
import { Customer } from '../customers/entities/customer.entity';
import { CustomerTag } from './entities/customer-tag.entity';

export interface TagLink {
  customerId: string;
  tagId: string;
}

/** Which customers carry which tags: set-based writes, whatever the number of customers. */
@Injectable()
export class CustomerTagsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The ones among these customers the caller may update (live ones only). */
  async updatable(auth: AuthContext, ids: readonly string[]): Promise<string[]> {
    const query = this.dataSource
      .getRepository(Customer)
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .where('c.id IN (:...ids)', { ids });
    restrictToPermitted(query, auth, 'update', 'Customer');
    const rows = await query.getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /**
   * Locks the customers' rows for the rest of the transaction (in id order, so two bulk
   * changes cannot deadlock), then reads their live tags: concurrent tag changes to
   * the same customer take turns, and each audit entry's "before" is exact.
   */
  async lockLiveTags(
    manager: EntityManager,
    customerIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    await manager.query(
      'SELECT id FROM customers WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE',
      [customerIds],
    );
    const rows: TagLink[] = await manager.query(
      `SELECT ct.customer_id AS "customerId", ct.tag_id AS "tagId"
         FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id AND t.deleted_at IS NULL
        WHERE ct.customer_id = ANY($1::uuid[])`,
      [customerIds],
    );
    const tags = new Map<string, string[]>(customerIds.map((id) => [id, []]));
    for (const row of rows) tags.get(row.customerId)?.push(row.tagId);
    return tags;
  }

  /** Puts every tag on every customer; returns the links that are new. */
  async link(
    manager: EntityManager,
    customerIds: readonly string[],
    tagIds: readonly string[],
  ): Promise<TagLink[]> {
    if (customerIds.length === 0 || tagIds.length === 0) return [];
    return manager.query(
      `INSERT INTO customer_tags (customer_id, tag_id)
       SELECT customer_id, tag_id FROM unnest($1::uuid[]) AS customer_id, unnest($2::uuid[]) AS tag_id
       ON CONFLICT DO NOTHING
       RETURNING customer_id AS "customerId", tag_id AS "tagId"`,
      [customerIds, tagIds],
    );
  }

  /** Takes these tags off these customers; returns the links that existed. */
  async unlink(
    manager: EntityManager,
    customerIds: readonly string[],
    tagIds: readonly string[],
  ): Promise<TagLink[]> {
    if (customerIds.length === 0 || tagIds.length === 0) return [];
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(CustomerTag)
      .where('customer_id = ANY(:customerIds::uuid[]) AND tag_id = ANY(:tagIds::uuid[])', {
        customerIds,
        tagIds,
      })
      .returning('customer_id AS "customerId", tag_id AS "tagId"')
      .execute();
    return result.raw as TagLink[];
  }

  /** A merge: the survivor gets the merged-away customer's tags (deleted tags included). */
  async moveAll(manager: EntityManager, sourceId: string, targetId: string): Promise<void> {
    await manager.query(
      `INSERT INTO customer_tags (customer_id, tag_id, tagged_at)
       SELECT $2, tag_id, tagged_at FROM customer_tags WHERE customer_id = $1
       ON CONFLICT DO NOTHING`,
      [sourceId, targetId],
    );
    await manager.query('DELETE FROM customer_tags WHERE customer_id = $1', [sourceId]);
  }
}
