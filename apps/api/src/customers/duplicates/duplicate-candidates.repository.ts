import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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
  customFields: Record<string, unknown>;
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
   * Customers of the same kind whose name key is similar (pg_trgm `%`) at or above the
   * threshold, most similar first. Blocking by kind: each kind has its own partial GIN
   * index, so the search reads only that kind's posting lists. The threshold is set for
   * this statement alone by a lateral step that runs before the index scan, so the
   * search is one round trip instead of a transaction of three statements. A company's
   * key leaves its region out, so the same brand in other cities comes back too (the
   * domain drops those whose region differs): hence room for twenty.
   */
  findSimilarNames(
    kind: CustomerKind,
    nameKey: string,
    threshold: number,
    excludeId?: string,
    limit = 20,
  ): Promise<Array<{ id: string; score: number }>> {
    if (nameKey.length === 0) return Promise.resolve([]);
    // similarity() is a float4 (7/10 comes out as 0.6999…): filter a little below the
    // threshold here and let the domain's exact score decide. The kind is written into
    // the statement (from the closed list) so the planner can pick that kind's index.
    const kindLiteral = kind === 'company' ? 'company' : 'person';
    return this.dataSource.query(
      `SELECT candidate.id, candidate.score
         FROM (SELECT set_config('pg_trgm.similarity_threshold', $4, true) AS threshold) setting
        CROSS JOIN LATERAL (
              SELECT id, similarity(name_key, $1) AS score
                FROM customers
               WHERE deleted_at IS NULL AND kind = '${kindLiteral}' AND name_key % $1
                 AND id IS DISTINCT FROM $2::uuid AND setting.threshold IS NOT NULL
               ORDER BY score DESC, id
               LIMIT $3) candidate`,
      [nameKey, excludeId ?? null, limit, String(Math.max(0, threshold - 0.01))],
    );
  }

  /**
   * Customers of any kind with an address line similar to `line` (pg_trgm word
   * similarity `<%` against customer_address_key, customers_address_key_trgm_idx), most
   * similar first: two customers at one address may be one, whatever their names. Word
   * similarity compares the line with the best-matching stretch of a customer's
   * addresses, so a customer's second address counts as its first. The threshold is set
   * for this statement alone, as for names; the domain's score decides.
   */
  findSimilarAddresses(
    line: string,
    threshold: number,
    excludeId?: string,
    limit = 10,
  ): Promise<Array<{ id: string; score: number }>> {
    if (line.trim().length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT candidate.id, candidate.score
         FROM (SELECT set_config('pg_trgm.word_similarity_threshold', $4, true) AS threshold,
                      customer_address_line_key($1) AS line) setting
        CROSS JOIN LATERAL (
              SELECT id, word_similarity(setting.line, customer_address_key(addresses)) AS score
                FROM customers
               WHERE deleted_at IS NULL AND setting.line <% customer_address_key(addresses)
                 AND id IS DISTINCT FROM $2::uuid AND setting.threshold IS NOT NULL
               ORDER BY score DESC, id
               LIMIT $3) candidate`,
      [line, excludeId ?? null, limit, String(Math.max(0, threshold - 0.1))],
    );
  }

  async summaries(ids: string[]): Promise<CandidateSummary[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(
      `SELECT c.id, c.number, c.kind, c.name, c.tax_id AS "taxId", c.phones, c.emails, c.addresses,
              c.owner_id AS "ownerId", u.name AS "ownerName", c.team_id AS "teamId",
              c.dealer_org_id AS "dealerOrgId", c.shared_with_team AS "sharedWithTeam",
              c.custom_fields AS "customFields"
         FROM customers c LEFT JOIN users u ON u.id = c.owner_id
        WHERE c.id = ANY($1::uuid[]) AND c.deleted_at IS NULL`,
      [ids],
    );
  }
}
