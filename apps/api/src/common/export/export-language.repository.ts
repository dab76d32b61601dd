import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../../authz/auth-context';
import { type ApiLanguage, toApiLanguage } from '../i18n/request-language';

/** The console language a signed-in user saved, for exports that name no language. */
@Injectable()
export class ExportLanguageRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async savedLanguage(auth: AuthContext): Promise<ApiLanguage | null> {
    if (auth.principal.kind !== 'user') return null;
    const rows: Array<{ locale: string | null }> = await this.dataSource.query(
      'SELECT locale FROM users WHERE id = $1',
      [auth.principal.id],
    );
    return toApiLanguage(rows[0]?.locale);
  }
}
