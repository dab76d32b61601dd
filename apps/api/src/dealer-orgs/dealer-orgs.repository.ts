import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { restrictToPermitted } from '../authz/scoped-query';
import { containsPattern } from '../common/http/like-pattern';
import { type KeysetRequest, paginate, type Page } from '../common/pagination/keyset';
import { DealerOrg } from './entities/dealer-org.entity';

const SORTABLE = { createdAt: 'dealer.createdAt', name: 'dealer.name' };

@Injectable()
export class DealerOrgsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findReadable(
    auth: AuthContext,
    id: string,
    options: { withDeleted?: boolean } = {},
  ): Promise<DealerOrg | null> {
    const query = this.dataSource
      .getRepository(DealerOrg)
      .createQueryBuilder('dealer')
      .where('dealer.id = :id', { id });
    if (options.withDeleted) query.withDeleted();
    return restrictToPermitted(query, auth, 'read', 'DealerOrg').getOne();
  }

  list(auth: AuthContext, filter: KeysetRequest & { q?: string }): Promise<Page<DealerOrg>> {
    const query = this.dataSource.getRepository(DealerOrg).createQueryBuilder('dealer');
    restrictToPermitted(query, auth, 'read', 'DealerOrg');
    if (filter.q) query.andWhere('dealer.name ILIKE :q', { q: containsPattern(filter.q) });
    return paginate(query, filter, SORTABLE, 'name');
  }

  async nameInUse(name: string, exceptId?: string): Promise<boolean> {
    const query = this.dataSource
      .getRepository(DealerOrg)
      .createQueryBuilder('dealer')
      .where('lower(dealer.name) = lower(:name)', { name });
    if (exceptId) query.andWhere('dealer.id <> :exceptId', { exceptId });
    return (await query.getCount()) > 0;
  }
}
