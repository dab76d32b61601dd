import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { ValidationError } from '../common/errors/app-error';
import { type Ownership, OwnersRepository } from '../customers/owners.repository';
import type { RowOutcome } from './import-target';

/** What becomes of a row whose owner column names no active user. */
export function unknownOwner(rowNumber: number, email: string): RowOutcome {
  return { rowNumber, action: 'fail', column: 'owner', reason: `"${email}" names no active user` };
}

/** The users an import's owner column names, by their (lower-case) email. */
@Injectable()
export class OwnerEmailsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly owners: OwnersRepository,
  ) {}

  /** Active users' ids by email; emails of no active user are absent. */
  async activeUserIds(emails: readonly string[]): Promise<Map<string, string>> {
    if (emails.length === 0) return new Map();
    const rows: Array<{ id: string; email: string }> = await this.dataSource.query(
      `SELECT id, email FROM users WHERE email = ANY($1::text[]) AND active AND deleted_at IS NULL`,
      [emails],
    );
    return new Map(rows.map((row) => [row.email, row.id]));
  }

  /**
   * The owner (and their team, as the API's `ownerId` gives it) of each email a batch's
   * owner column names; null for an email of no active user.
   */
  async ownersByEmail(
    auth: AuthContext,
    emails: ReadonlySet<string>,
  ): Promise<Map<string, Ownership | null>> {
    const owners = new Map<string, Ownership | null>();
    const ids = await this.activeUserIds([...emails]);
    for (const email of emails) {
      const userId = ids.get(email);
      if (userId === undefined) {
        owners.set(email, null);
        continue;
      }
      try {
        owners.set(email, await this.owners.resolveOwner(auth, userId));
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        owners.set(email, null);
      }
    }
    return owners;
  }
}
