import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CustomerKind, PostalAddress } from '../entities/customer.entity';
import type { KeyedField } from '../entities/customer-key.entity';

export interface KeyMatch {
  customerId: string;
  field: KeyedField;
  value: string;
  blocking: boolean;
}

/** What the duplicate check may know of any customer, readable by the caller or not. */
export interface CandidateSummary {
  id: string;
  number: string;
  kind: CustomerKind;
  name: string;
  taxId: string | null;
  phones: Array<{ value: string }>;
  emails: Array<{ value: string }>;
  addresses: PostalAddress[];
  ownerId: string | null;
  ownerName: string | null;
  teamId: string | null;
  dealerOrgId: string | null;
  sharedWithTeam: boolean;
}

/**
 * Looks for possible duplicates among all live customers — deliberately not limited to
 * the caller's (撞单 must see a colleague's or a dealer's customer too).
 */
@Injectable()
export class DuplicateCandidatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findByKeys(
    keys: Array<{ field: KeyedField; value: string }>,
    excludeId?: string,
    limit = 50,
  ): Promise<KeyMatch[]> {
    if (keys.length === 0) return [];
    return this.dataSource.query(
      `SELECT k.customer_id AS "customerId", k.field, k.value, k.blocking
         FROM customer_keys k
        WHERE (k.field, k.value) IN (SELECT * FROM unnest($1::varchar[], $2::varchar[]))
          AND k.customer_id IS DISTINCT FROM $3::uuid
        LIMIT $4`,
      [keys.map((key) => key.field), keys.map((key) => key.value), excludeId ?? null, limit],
    );
  }

  /**
   * Customers of the same kind whose name key is similar (pg_trgm `%`, GIN-indexed) at
   * or above the threshold, most similar first.
   */
  findSimilarNames(
    kind: CustomerKind,
    nameKey: string,
    threshold: number,
    excludeId?: string,
    limit = 10,
  ) {
    if (nameKey.length === 0) return Promise.resolve([]);
    return this.dataSource.transaction(async (manager: EntityManager) => {
      // similarity() is a float4 (7/10 comes out as 0.6999…): filter a little below the
      // threshold here and let the domain's exact score decide.
      await manager.query("SELECT set_config('pg_trgm.similarity_threshold', $1, true)", [
        String(Math.max(0, threshold - 0.01)),
      ]);
      const rows: Array<{ id: string; score: number }> = await manager.query(
        `SELECT id, similarity(name_key, $1) AS score
           FROM customers
          WHERE deleted_at IS NULL AND kind = $2 AND name_key % $1 AND id IS DISTINCT FROM $3::uuid
          ORDER BY score DESC, id
          LIMIT $4`,
        [nameKey, kind, excludeId ?? null, limit],
      );
      return rows;
    });
  }

  async summaries(ids: string[]): Promise<CandidateSummary[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(
      `SELECT c.id, c.number, c.kind, c.name, c.tax_id AS "taxId", c.phones, c.emails, c.addresses,
              c.owner_id AS "ownerId", u.name AS "ownerName", c.team_id AS "teamId",
              c.dealer_org_id AS "dealerOrgId", c.shared_with_team AS "sharedWithTeam"
         FROM customers c LEFT JOIN users u ON u.id = c.owner_id
        WHERE c.id = ANY($1::uuid[]) AND c.deleted_at IS NULL`,
      [ids],
    );
  }
}
