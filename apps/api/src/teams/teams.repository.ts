import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { restrictToPermitted } from '../authz/scoped-query';
import { containsPattern } from '../common/http/like-pattern';
import { type KeysetRequest, paginate, type Page } from '../common/pagination/keyset';
import { Team } from './entities/team.entity';

const SORTABLE = { createdAt: 'team.createdAt', name: 'team.name' };

@Injectable()
export class TeamsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findReadable(
    auth: AuthContext,
    id: string,
    options: { withDeleted?: boolean } = {},
  ): Promise<Team | null> {
    const query = this.dataSource
      .getRepository(Team)
      .createQueryBuilder('team')
      .where('team.id = :id', { id });
    if (options.withDeleted) query.withDeleted();
    return restrictToPermitted(query, auth, 'read', 'Team').getOne();
  }

  list(auth: AuthContext, filter: KeysetRequest & { q?: string }): Promise<Page<Team>> {
    const query = this.dataSource.getRepository(Team).createQueryBuilder('team');
    restrictToPermitted(query, auth, 'read', 'Team');
    if (filter.q) query.andWhere('team.name ILIKE :q', { q: containsPattern(filter.q) });
    return paginate(query, filter, SORTABLE, 'name');
  }

  async nameInUse(name: string, exceptId?: string): Promise<boolean> {
    const query = this.dataSource
      .getRepository(Team)
      .createQueryBuilder('team')
      .where('lower(team.name) = lower(:name)', { name });
    if (exceptId) query.andWhere('team.id <> :exceptId', { exceptId });
    return (await query.getCount()) > 0;
  }
}
