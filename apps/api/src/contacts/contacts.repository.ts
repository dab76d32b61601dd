import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AuthContext } from '../authz/auth-context';
import { permittedSql } from '../authz/scoped-query';
import { type KeysetRequest, paginate, type Page } from '../common/pagination/keyset';
import type { Customer } from '../customers/entities/customer.entity';
import { Contact } from './entities/contact.entity';

/** A contact with the company and person loaded when the caller may read them. */
export type ContactWithParties = Contact & { company?: Customer | null; person?: Customer | null };

@Injectable()
export class ContactsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(id: string, options: { withDeleted?: boolean } = {}): Promise<Contact | null> {
    return this.dataSource
      .getRepository(Contact)
      .findOne({ where: { id }, withDeleted: options.withDeleted ?? false });
  }

  /**
   * The live contacts of a company (side `company`) or of a person (side `person`),
   * oldest first. The other party is loaded only if the caller may read it; contacts
   * whose other party was deleted are left out.
   */
  list(
    auth: AuthContext,
    side: 'company' | 'person',
    customerId: string,
    filter: KeysetRequest,
  ): Promise<Page<ContactWithParties>> {
    const other = side === 'company' ? 'person' : 'company';
    const readable = permittedSql(auth, 'read', 'Customer', 'other', 'other');
    const query = this.dataSource
      .getRepository(Contact)
      .createQueryBuilder('contact')
      .leftJoinAndSelect(`contact.${other}`, 'other', readable.sql, readable.params)
      .where(`contact.${side}Id = :customerId`, { customerId })
      .andWhere(
        `EXISTS (SELECT 1 FROM customers live WHERE live.id = contact.${other}Id AND live.deleted_at IS NULL)`,
      );
    return paginate(query, filter, { createdAt: 'contact.createdAt' }, 'createdAt');
  }

  /** Serializes changes to one company's contacts (one primary, no double add). */
  async lockCompany(manager: EntityManager, companyId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `contacts:${companyId}`,
    ]);
  }

  async primaryOf(manager: EntityManager, companyId: string): Promise<Contact | null> {
    return manager.findOne(Contact, { where: { companyId, isPrimary: true } });
  }

  async isContact(manager: EntityManager, companyId: string, personId: string): Promise<boolean> {
    return manager.exists(Contact, { where: { companyId, personId } });
  }

  async insert(manager: EntityManager, values: QueryDeepPartialEntity<Contact>): Promise<string> {
    const result = await manager.insert(Contact, values);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Makes the company's oldest live contact primary; returns it, or null if none is left. */
  async promoteOldest(manager: EntityManager, companyId: string): Promise<Contact | null> {
    const oldest = await manager.findOne(Contact, {
      where: { companyId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    if (!oldest) return null;
    await this.setPrimary(manager, oldest.id, true);
    return oldest;
  }

  /** Sets the primary mark, bumping the version (an If-Match holder must re-read). */
  async setPrimary(manager: EntityManager, id: string, isPrimary: boolean): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Contact)
      .set({ isPrimary })
      .where('id = :id', { id })
      .execute();
  }

  /**
   * A merge: the survivor takes over the merged-away customer's contacts. Where both
   * were already linked to the same company or person, the survivor's contact stays
   * (primary if either was), and a company keeps exactly one primary contact.
   */
  async moveToSurvivor(manager: EntityManager, sourceId: string, targetId: string) {
    const ids = [sourceId, targetId];
    // The merged-away company's people.
    await manager.query(
      `UPDATE contacts s SET deleted_at = now(), is_primary = false, version = s.version + 1
        WHERE s.company_id = $1 AND s.deleted_at IS NULL
          AND EXISTS (SELECT 1 FROM contacts t WHERE t.company_id = $2 AND t.person_id = s.person_id
                         AND t.deleted_at IS NULL)`,
      ids,
    );
    await manager.query(
      `UPDATE contacts SET is_primary = false, version = version + 1
        WHERE company_id = $1 AND deleted_at IS NULL AND is_primary
          AND EXISTS (SELECT 1 FROM contacts WHERE company_id = $2 AND deleted_at IS NULL AND is_primary)`,
      ids,
    );
    await manager.query(
      `UPDATE contacts SET company_id = $2, version = version + 1, updated_at = now()
        WHERE company_id = $1 AND deleted_at IS NULL`,
      ids,
    );
    // The merged-away person's companies.
    const replaced: Array<{ companyId: string; isPrimary: boolean }> = await manager.query(
      `WITH replaced AS (
         UPDATE contacts s SET deleted_at = now(), is_primary = false, version = s.version + 1
           FROM contacts old
          WHERE old.id = s.id AND s.person_id = $1 AND s.deleted_at IS NULL
            AND EXISTS (SELECT 1 FROM contacts t WHERE t.person_id = $2 AND t.company_id = s.company_id
                           AND t.deleted_at IS NULL)
          RETURNING s.company_id AS "companyId", old.is_primary AS "isPrimary"
       )
       SELECT * FROM replaced`,
      ids,
    );
    const primaryAt = replaced.filter((row) => row.isPrimary).map((row) => row.companyId);
    if (primaryAt.length > 0) {
      await manager.query(
        `UPDATE contacts SET is_primary = true, version = version + 1
          WHERE person_id = $1 AND deleted_at IS NULL AND company_id = ANY($2::uuid[])`,
        [targetId, primaryAt],
      );
    }
    await manager.query(
      `UPDATE contacts SET person_id = $2, version = version + 1, updated_at = now()
        WHERE person_id = $1 AND deleted_at IS NULL`,
      ids,
    );
  }
}
