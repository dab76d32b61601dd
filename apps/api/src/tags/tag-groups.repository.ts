import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { restrictToPermitted } from '../authz/scoped-query';
import { containsPattern } from '../common/http/like-pattern';
import { type KeysetRequest, paginate, type Page } from '../common/pagination/keyset';
import { TagGroup } from './entities/tag-group.entity';
import { Tag } from './entities/tag.entity';

const SORTABLE = { createdAt: 'g.createdAt', name: 'g.name' };

@Injectable()
export class TagGroupsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findReadable(
    auth: AuthContext,
    id: string,
    options: { withDeleted?: boolean } = {},
  ): Promise<TagGroup | null> {
    const query = this.dataSource
      .getRepository(TagGroup)
      .createQueryBuilder('g')
      .where('g.id = :id', { id });
    if (options.withDeleted) query.withDeleted();
    return restrictToPermitted(query, auth, 'read', 'Tag').getOne();
  }

  list(auth: AuthContext, filter: KeysetRequest & { q?: string }): Promise<Page<TagGroup>> {
    const query = this.dataSource.getRepository(TagGroup).createQueryBuilder('g');
    restrictToPermitted(query, auth, 'read', 'Tag');
    if (filter.q) {
      query.andWhere('(g.name ILIKE :q OR g.key ILIKE :q)', { q: containsPattern(filter.q) });
    }
    return paginate(query, filter, SORTABLE, 'name');
  }

  /** Whether a live group other than `exceptId` has this key, or this name in any case. */
  async inUse(field: 'key' | 'name', value: string, exceptId?: string): Promise<boolean> {
    const query = this.dataSource
      .getRepository(TagGroup)
      .createQueryBuilder('g')
      .where(`lower(g.${field}) = lower(:value)`, { value });
    if (exceptId) query.andWhere('g.id <> :exceptId', { exceptId });
    return (await query.getCount()) > 0;
  }

  async exists(id: string): Promise<boolean> {
    return (await this.dataSource.getRepository(TagGroup).countBy({ id })) > 0;
  }

  async countLiveTags(groupId: string): Promise<number> {
    return this.dataSource.getRepository(Tag).countBy({ groupId });
  }
}
