import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../authz/auth-context';
import { ConflictError, NotFoundError } from '../common/errors/app-error';
import type { Page } from '../common/pagination/keyset';
import { AuditedWrites, type AuditedTarget } from '../database/audited-writes.repository';
import {
  type CreateTagGroupRequest,
  type ListTagGroupsQuery,
  type TagGroupResponse,
  toTagGroupResponse,
  type UpdateTagGroupRequest,
} from './dto/tag-group.dto';
import { TagGroup } from './entities/tag-group.entity';
import { TagGroupsRepository } from './tag-groups.repository';

const TAG_GROUP: AuditedTarget<TagGroup> = {
  entity: TagGroup,
  auditName: 'tag-group',
  fields: ['key', 'name', 'description'],
};

@Injectable()
export class TagGroupsService {
  constructor(
    private readonly groups: TagGroupsRepository,
    private readonly writes: AuditedWrites,
  ) {}

  async list(auth: AuthContext, query: ListTagGroupsQuery): Promise<Page<TagGroupResponse>> {
    const page = await this.groups.list(auth, query);
    return { items: page.items.map(toTagGroupResponse), nextCursor: page.nextCursor };
  }

  async get(auth: AuthContext, id: string): Promise<TagGroupResponse> {
    return toTagGroupResponse(await this.findReadable(auth, id));
  }

  async create(auth: AuthContext, request: CreateTagGroupRequest): Promise<TagGroupResponse> {
    const name = request.name.trim();
    await this.assertFree(request.key, name);
    const group = await this.writes.create(auth, TAG_GROUP, {
      key: request.key,
      name,
      description: request.description ?? null,
      builtIn: false,
    });
    return toTagGroupResponse(group);
  }

  async update(
    auth: AuthContext,
    id: string,
    ifMatch: number | undefined,
    request: UpdateTagGroupRequest,
  ): Promise<TagGroupResponse> {
    const current = await this.findReadable(auth, id);
    const name = request.name?.trim() ?? current.name;
    if (name !== current.name) await this.assertFree(null, name, id);
    await this.writes.update(auth, TAG_GROUP, current, ifMatch, {
      name,
      description: request.description === undefined ? current.description : request.description,
    });
    return this.get(auth, id);
  }

  /** Built-in groups stay; a group is deleted only once it holds no live tags. */
  async remove(auth: AuthContext, id: string, ifMatch: number | undefined): Promise<void> {
    const current = await this.findReadable(auth, id);
    if (current.builtIn) throw new ConflictError('A built-in tag group cannot be deleted.');
    if ((await this.groups.countLiveTags(id)) > 0)
      throw new ConflictError('This group still has tags: delete or move them first.');
    await this.writes.softDelete(auth, TAG_GROUP, current, ifMatch);
  }

  async restore(auth: AuthContext, id: string): Promise<TagGroupResponse> {
    const current = await this.findReadable(auth, id, { withDeleted: true });
    if (current.deletedAt !== null) {
      await this.assertFree(current.key, current.name, id);
      await this.writes.restore(auth, TAG_GROUP, current);
    }
    return this.get(auth, id);
  }

  private async findReadable(
    auth: AuthContext,
    id: string,
    options: { withDeleted?: boolean } = {},
  ): Promise<TagGroup> {
    const group = await this.groups.findReadable(auth, id, options);
    if (!group) throw new NotFoundError('The tag group');
    return group;
  }

  private async assertFree(key: string | null, name: string, exceptId?: string): Promise<void> {
    if (key !== null && (await this.groups.inUse('key', key, exceptId)))
      throw new ConflictError(`A tag group with the key "${key}" already exists.`);
    if (await this.groups.inUse('name', name, exceptId))
      throw new ConflictError(`A tag group named "${name}" already exists.`);
  }
}
