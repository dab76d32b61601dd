import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { restrictToPermitted } from '../authz/scoped-query';
import { containsPattern } from '../common/http/like-pattern';
import { type KeysetRequest, paginate, type Page } from '../common/pagination/keyset';
import { ApiKey } from './entities/api-key.entity';

@Injectable()
export class ApiKeysRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findReadable(auth: AuthContext, id: string): Promise<ApiKey | null> {
    const query = this.dataSource
      .getRepository(ApiKey)
      .createQueryBuilder('apiKey')
      .where('apiKey.id = :id', { id });
    return restrictToPermitted(query, auth, 'read', 'ApiKey').getOne();
  }

  list(auth: AuthContext, filter: KeysetRequest & { q?: string }): Promise<Page<ApiKey>> {
    const query = this.dataSource.getRepository(ApiKey).createQueryBuilder('apiKey');
    restrictToPermitted(query, auth, 'read', 'ApiKey');
    if (filter.q) query.andWhere('apiKey.name ILIKE :q', { q: containsPattern(filter.q) });
    return paginate(query, filter, { createdAt: 'apiKey.createdAt' }, '-createdAt');
  }
}
