import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Users' e-mail addresses, as exports write a user custom field. */
@Injectable()
export class UserEmailsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every user's e-mail address by id (a user field may name a former user too). */
  async all(): Promise<Map<string, string>> {
    const rows: Array<{ id: string; email: string }> = await this.dataSource.query(
      'SELECT id, email FROM users',
    );
    return new Map(rows.map((row) => [row.id, row.email]));
  }
}
