import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { restrictToPermitted } from '../authz/scoped-query';
import { Lead } from './entities/lead.entity';

/** A live lead that may share a phone or email with imported rows. */
export interface LeadContactCandidate {
  id: string;
  number: string;
  phones: Array<{ value: string }>;
  emails: Array<{ value: string }>;
}

/** The digits of a phone as written, up to any extension marker (as the domain reads it). */
const PHONE_DIGITS = `regexp_replace(substring(p->>'value' from '^[^0-9]*[0-9][^xX#,;转轉分]*'), '[^0-9]', '', 'g')`;

/**
 * Finds live leads by contact data. Stored phones and emails are kept as people wrote
 * them, so SQL narrows the leads down (last seven digits of a phone, a lower-cased
 * email) and the caller compares the domain's normalized keys exactly.
 */
@Injectable()
export class LeadContactMatchesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async candidates(
    phoneEndings: readonly string[],
    emails: readonly string[],
  ): Promise<LeadContactCandidate[]> {
    if (phoneEndings.length === 0 && emails.length === 0) return [];
    return this.dataSource.query(
      `SELECT l.id, l.number::text AS number, l.phones, l.emails FROM leads l
        WHERE l.deleted_at IS NULL
          AND (EXISTS (SELECT 1 FROM jsonb_array_elements(l.phones) p
                        WHERE right(${PHONE_DIGITS}, 7) = ANY($1::text[]))
            OR EXISTS (SELECT 1 FROM jsonb_array_elements(l.emails) e
                        WHERE lower(btrim(e->>'value')) = ANY($2::text[])))`,
      [phoneEndings, emails],
    );
  }

  /** Those of the leads the caller may update, locked for the batch's transaction. */
  findUpdatable(manager: EntityManager, auth: AuthContext, ids: string[]): Promise<Lead[]> {
    if (ids.length === 0) return Promise.resolve([]);
    const query = manager
      .getRepository(Lead)
      .createQueryBuilder('l')
      .where('l.id IN (:...ids)', { ids });
    return restrictToPermitted(query, auth, 'update', 'Lead')
      .setLock('pessimistic_write')
      .getMany();
  }
}
