import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The users an import's owner column names, by their (lower-case) email. */
@Injectable()
export class OwnerEmailsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Active users' ids by email; emails of no active user are absent. */
  async activeUserIds(emails: readonly string[]): Promise<Map<string, string>> {
    if (emails.length === 0) return new Map();
    const rows: Array<{ id: string; email: string }> = await this.dataSource.query(
      `SELECT id, email FROM users WHERE email = ANY($1::text[]) AND active AND deleted_at IS NULL`,
      [emails],
    );
    return new Map(rows.map((row) => [row.email, row.id]));
  }
}
