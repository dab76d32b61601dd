import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { restrictToPermitted } from '../authz/scoped-query';
import { Customer } from '../customers/entities/customer.entity';

export interface ConversionCandidateRow {
  id: string;
  number: string;
  kind: 'company' | 'person';
  name: string;
  phones: Array<{ value: string; primary?: boolean }>;
  addresses: Array<{ city?: string; primary?: boolean }>;
  ownerId: string | null;
  teamId: string | null;
  ownerName: string | null;
  company: string | null;
  matchedOn: string[];
}

export interface CandidateKeys {
  phones: readonly string[];
  emails: readonly string[];
  /** Name key of the lead's company ('' when it has none). */
  companyNameKey: string;
  /** Name key of the lead's person. */
  personNameKey: string;
}

/**
 * Live customers a lead may already be: by the normalized phone and email keys
 * (customer_keys), a company by its name key, a person by theirs (namesakes). Not
 * restricted to what the caller may read, as the duplicate check is not; the service
 * reveals of the others only what tells them apart.
 */
@Injectable()
export class LeadConversionCandidatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(keys: CandidateKeys, limit = 20): Promise<ConversionCandidateRow[]> {
    const fields = [...keys.phones.map(() => 'phone'), ...keys.emails.map(() => 'email')];
    const values = [...keys.phones, ...keys.emails];
    return this.dataSource.query(
      `WITH matches AS (
         SELECT k.customer_id AS id, k.field AS matched
           FROM customer_keys k
          WHERE (k.field, k.value) IN (SELECT * FROM unnest($1::varchar[], $2::varchar[]))
         UNION
         SELECT c.id, 'companyName' FROM customers c
          WHERE $3 <> '' AND c.kind = 'company' AND c.name_key = $3 AND c.deleted_at IS NULL
         UNION
         SELECT c.id, 'name' FROM customers c
          WHERE $4 <> '' AND c.kind = 'person' AND c.name_key = $4 AND c.deleted_at IS NULL
       )
       SELECT c.id, c.number::text AS number, c.kind, c.name, c.phones, c.addresses,
              c.owner_id AS "ownerId", c.team_id AS "teamId", u.name AS "ownerName",
              (SELECT co.name FROM contacts ct
                 JOIN customers co ON co.id = ct.company_id AND co.deleted_at IS NULL
                WHERE ct.person_id = c.id AND ct.deleted_at IS NULL
                ORDER BY ct.is_primary DESC, ct.created_at LIMIT 1) AS company,
              array_agg(DISTINCT m.matched) AS "matchedOn"
         FROM matches m
         JOIN customers c ON c.id = m.id AND c.deleted_at IS NULL
         LEFT JOIN users u ON u.id = c.owner_id
        GROUP BY c.id, u.name
        ORDER BY count(*) DESC, c.created_at DESC
        LIMIT $5`,
      [fields, values, keys.companyNameKey, keys.personNameKey, limit],
    );
  }

  /** Those of the customers the caller may read. */
  async readable(auth: AuthContext, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const query = this.dataSource
      .getRepository(Customer)
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .where('c.id IN (:...ids)', { ids });
    const rows: Array<{ id: string }> = await restrictToPermitted(
      query,
      auth,
      'read',
      'Customer',
    ).getRawMany();
    return new Set(rows.map((row) => row.id));
  }
}
