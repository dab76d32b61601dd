import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { permittedSql } from '../authz/scoped-query';
import type { CustomerKind } from '../customers/entities/customer.entity';
import { Relationship } from './entities/relationship.entity';

export interface GraphNodeRow {
  id: string;
  number: string;
  name: string;
  kind: CustomerKind;
  readable: boolean;
}

export interface GraphEdgeRow {
  id: string;
  fromId: string;
  toId: string;
  typeId: string;
  percentage: string | null;
  title: string | null;
  startsOn: string | null;
  endsOn: string | null;
  version: number;
  nameZh: string;
  nameEn: string;
  inverseNameZh: string;
  inverseNameEn: string;
  symmetric: boolean;
}

@Injectable()
export class RelationshipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A relationship with its type; deleted ones only when asked for. */
  find(id: string, options: { withDeleted?: boolean } = {}): Promise<Relationship | null> {
    return this.dataSource.getRepository(Relationship).findOne({
      where: { id },
      relations: { type: true },
      withDeleted: options.withDeleted ?? false,
    });
  }

  /** The live edge of this type between these (stored) ends, if there is one. */
  async findEdge(typeId: string, fromId: string, toId: string): Promise<string | null> {
    const row = await this.dataSource
      .getRepository(Relationship)
      .findOne({ where: { typeId, fromId, toId }, select: { id: true } });
    return row?.id ?? null;
  }

  /**
   * The percentages of live edges of one type into one customer, read after waiting
   * for every other transaction changing them: concurrent holdings cannot together
   * push the total past 100 %.
   */
  async lockedPercentagesInto(
    manager: EntityManager,
    typeId: string,
    toId: string,
  ): Promise<string[]> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `relationship-shares:${typeId}:${toId}`,
    ]);
    const rows: Array<{ percentage: string }> = await manager.query(
      `SELECT percentage::text AS percentage FROM relationships
        WHERE type_id = $1 AND to_id = $2 AND deleted_at IS NULL AND percentage IS NOT NULL`,
      [typeId, toId],
    );
    return rows.map((row) => row.percentage);
  }

  /**
   * The customers within `depth` steps of the root, nearest first, at most `limit`.
   * Edges are followed from both ends, but only out of customers the caller may read,
   * so a hidden customer can appear (as a dead end) but never reveals its own
   * relationships. Bounded by depth and de-duplicated per step, so cycles end.
   */
  async reachableCustomers(
    auth: AuthContext,
    rootId: string,
    depth: number,
    limit: number,
  ): Promise<Array<{ id: string; depth: number }>> {
    const readable = permittedSql(auth, 'read', 'Customer', 'c');
    const sql = `
      WITH RECURSIVE walk(id, depth) AS (
        SELECT CAST(:rootId AS uuid), 0
        UNION
        SELECT step.other, walk.depth + 1
          FROM walk
          JOIN customers c ON c.id = walk.id AND c.deleted_at IS NULL
          CROSS JOIN LATERAL (
            SELECT r.to_id AS other FROM relationships r
             WHERE r.from_id = walk.id AND r.deleted_at IS NULL
            UNION ALL
            SELECT r.from_id FROM relationships r
             WHERE r.to_id = walk.id AND r.deleted_at IS NULL
          ) step
         WHERE walk.depth < :depth AND ${readable.sql}
      )
      SELECT walk.id, MIN(walk.depth) AS depth
        FROM walk
        JOIN customers o ON o.id = walk.id AND o.deleted_at IS NULL
       GROUP BY walk.id
       ORDER BY MIN(walk.depth), walk.id
       LIMIT :limit`;
    const rows = await this.rawQuery<{ id: string; depth: number }>(sql, {
      ...readable.params,
      rootId,
      depth,
      limit,
    });
    return rows.map((row) => ({ id: row.id, depth: Number(row.depth) }));
  }

  /** These live customers, each with whether the caller may read it. */
  async graphNodes(auth: AuthContext, ids: string[]): Promise<GraphNodeRow[]> {
    if (ids.length === 0) return [];
    const permitted = permittedSql(auth, 'read', 'Customer', 'c');
    return this.rawQuery<GraphNodeRow>(
      `SELECT c.id, c.number, c.name, c.kind, (${permitted.sql}) AS readable
         FROM customers c
        WHERE c.id IN (:...ids) AND c.deleted_at IS NULL`,
      { ...permitted.params, ids },
    );
  }

  /** The live edges whose both ends are among these customers. */
  edgesAmong(ids: string[]): Promise<GraphEdgeRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.rawQuery<GraphEdgeRow>(
      `SELECT r.id, r.from_id AS "fromId", r.to_id AS "toId", r.type_id AS "typeId",
              r.percentage::text AS percentage, r.title,
              to_char(r.starts_on, 'YYYY-MM-DD') AS "startsOn",
              to_char(r.ends_on, 'YYYY-MM-DD') AS "endsOn", r.version,
              t.name_zh AS "nameZh", t.name_en AS "nameEn",
              t.inverse_name_zh AS "inverseNameZh", t.inverse_name_en AS "inverseNameEn",
              t.symmetric
         FROM relationships r
         JOIN relationship_types t ON t.id = r.type_id
        WHERE r.deleted_at IS NULL AND r.from_id IN (:...ids) AND r.to_id IN (:...ids)
        ORDER BY r.created_at, r.id`,
      { ids },
    );
  }

  /**
   * A merge: the survivor takes over the merged-away customer's edges. An edge between
   * the two would relate the survivor to itself, and one the survivor already has
   * would be a duplicate: those are deleted. Symmetric edges are stored in order again.
   */
  async moveToSurvivor(manager: EntityManager, sourceId: string, targetId: string) {
    const ids = [sourceId, targetId];
    await manager.query(
      `UPDATE relationships SET deleted_at = now(), version = version + 1
        WHERE deleted_at IS NULL
          AND ((from_id = $1 AND to_id = $2) OR (from_id = $2 AND to_id = $1))`,
      ids,
    );
    const moved = `
      SELECT r.id, r.type_id,
             CASE WHEN t.symmetric THEN LEAST(n.from_id, n.to_id) ELSE n.from_id END AS from_id,
             CASE WHEN t.symmetric THEN GREATEST(n.from_id, n.to_id) ELSE n.to_id END AS to_id
        FROM relationships r
        JOIN relationship_types t ON t.id = r.type_id
        CROSS JOIN LATERAL (
          SELECT CASE WHEN r.from_id = $1 THEN CAST($2 AS uuid) ELSE r.from_id END AS from_id,
                 CASE WHEN r.to_id = $1 THEN CAST($2 AS uuid) ELSE r.to_id END AS to_id
        ) n
       WHERE r.deleted_at IS NULL AND (r.from_id = $1 OR r.to_id = $1)`;
    await manager.query(
      `WITH moved AS (${moved})
       UPDATE relationships r SET deleted_at = now(), version = r.version + 1
         FROM moved m
        WHERE r.id = m.id
          AND EXISTS (SELECT 1 FROM relationships kept
                       WHERE kept.deleted_at IS NULL AND kept.id <> m.id AND kept.type_id = m.type_id
                         AND kept.from_id = m.from_id AND kept.to_id = m.to_id)`,
      ids,
    );
    await manager.query(
      `WITH moved AS (${moved})
       UPDATE relationships r
          SET from_id = m.from_id, to_id = m.to_id, version = r.version + 1, updated_at = now()
         FROM moved m
        WHERE r.id = m.id`,
      ids,
    );
  }

  /** Runs SQL with TypeORM's named parameters (`:name`, `:...list`) bound positionally. */
  private rawQuery<Row>(sql: string, params: Record<string, unknown>): Promise<Row[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params, {});
    return this.dataSource.query(query, values);
  }
}
