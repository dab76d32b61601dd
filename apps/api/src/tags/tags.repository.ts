import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { restrictToPermitted } from '../authz/scoped-query';
import { containsPattern } from '../common/http/like-pattern';
import { type KeysetRequest, paginate, type Page } from '../common/pagination/keyset';
import { Tag } from './entities/tag.entity';

const SORTABLE = { createdAt: 'tag.createdAt', name: 'tag.name' };

export interface TagListFilter extends KeysetRequest {
  q?: string;
  groupId?: string;
}

@Injectable()
export class TagsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findReadable(
    auth: AuthContext,
    id: string,
    options: { withDeleted?: boolean } = {},
  ): Promise<Tag | null> {
    const query = this.dataSource
      .getRepository(Tag)
      .createQueryBuilder('tag')
      .where('tag.id = :id', { id });
    if (options.withDeleted) query.withDeleted();
    return restrictToPermitted(query, auth, 'read', 'Tag').getOne();
  }

  list(auth: AuthContext, filter: TagListFilter): Promise<Page<Tag>> {
    const query = this.dataSource.getRepository(Tag).createQueryBuilder('tag');
    restrictToPermitted(query, auth, 'read', 'Tag');
    if (filter.groupId) query.andWhere('tag.groupId = :groupId', { groupId: filter.groupId });
    if (filter.q) query.andWhere('tag.name ILIKE :q', { q: containsPattern(filter.q) });
    return paginate(query, filter, SORTABLE, 'name');
  }

  /** Whether another live tag of the group has this name, in any case. */
  async nameInUse(groupId: string, name: string, exceptId?: string): Promise<boolean> {
    const query = this.dataSource
      .getRepository(Tag)
      .createQueryBuilder('tag')
      .where('tag.groupId = :groupId AND lower(tag.name) = lower(:name)', { groupId, name });
    if (exceptId) query.andWhere('tag.id <> :exceptId', { exceptId });
    return (await query.getCount()) > 0;
  }

  /** Which of these ids do not name a live tag. */
  async missing(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const found = await this.dataSource
      .getRepository(Tag)
      .find({ select: { id: true }, where: { id: In([...ids]) } });
    const live = new Set(found.map((tag) => tag.id));
    return ids.filter((id) => !live.has(id));
  }
}
