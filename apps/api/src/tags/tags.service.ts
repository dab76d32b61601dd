import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../authz/auth-context';
import { ConflictError, NotFoundError, ValidationError } from '../common/errors/app-error';
import type { Page } from '../common/pagination/keyset';
import { AuditedWrites, type AuditedTarget } from '../database/audited-writes.repository';
import {
  type CreateTagRequest,
  type ListTagsQuery,
  type TagResponse,
  toTagResponse,
  type UpdateTagRequest,
} from './dto/tag.dto';
import { Tag } from './entities/tag.entity';
import { TagGroupsRepository } from './tag-groups.repository';
import { TagsRepository } from './tags.repository';

const TAG: AuditedTarget<Tag> = {
  entity: Tag,
  auditName: 'tag',
  fields: ['groupId', 'name', 'color'],
};

/**
 * Admin-managed tags. Deleting one keeps its customers' links, so that while deleted
 * it shows on no customer and matches no filter, and a restore brings it all back.
 */
@Injectable()
export class TagsService {
  constructor(
    private readonly tags: TagsRepository,
    private readonly groups: TagGroupsRepository,
    private readonly writes: AuditedWrites,
  ) {}

  async list(auth: AuthContext, query: ListTagsQuery): Promise<Page<TagResponse>> {
    const page = await this.tags.list(auth, query);
    return { items: page.items.map(toTagResponse), nextCursor: page.nextCursor };
  }

  async get(auth: AuthContext, id: string): Promise<TagResponse> {
    return toTagResponse(await this.findReadable(auth, id));
  }

  async create(auth: AuthContext, request: CreateTagRequest): Promise<TagResponse> {
    const name = request.name.trim();
    await this.assertGroupExists(request.groupId);
    await this.assertNameFree(request.groupId, name);
    const tag = await this.writes.create(auth, TAG, {
      groupId: request.groupId,
      name,
      color: request.color?.toLowerCase() ?? null,
    });
    return toTagResponse(tag);
  }

  async update(
    auth: AuthContext,
    id: string,
    ifMatch: number | undefined,
    request: UpdateTagRequest,
  ): Promise<TagResponse> {
    const current = await this.findReadable(auth, id);
    const groupId = request.groupId ?? current.groupId;
    const name = request.name?.trim() ?? current.name;
    if (groupId !== current.groupId) await this.assertGroupExists(groupId);
    if (groupId !== current.groupId || name !== current.name)
      await this.assertNameFree(groupId, name, id);
    await this.writes.update(auth, TAG, current, ifMatch, {
      groupId,
      name,
      color: request.color === undefined ? current.color : (request.color?.toLowerCase() ?? null),
    });
    return this.get(auth, id);
  }

  async remove(auth: AuthContext, id: string, ifMatch: number | undefined): Promise<void> {
    await this.writes.softDelete(auth, TAG, await this.findReadable(auth, id), ifMatch);
  }

  async restore(auth: AuthContext, id: string): Promise<TagResponse> {
    const current = await this.findReadable(auth, id, { withDeleted: true });
    if (current.deletedAt !== null) {
      if (!(await this.groups.exists(current.groupId)))
        throw new ConflictError('The tag’s group was deleted: restore the group first.');
      await this.assertNameFree(current.groupId, current.name, id);
      await this.writes.restore(auth, TAG, current);
    }
    return this.get(auth, id);
  }

  private async findReadable(
    auth: AuthContext,
    id: string,
    options: { withDeleted?: boolean } = {},
  ): Promise<Tag> {
    const tag = await this.tags.findReadable(auth, id, options);
    if (!tag) throw new NotFoundError('The tag');
    return tag;
  }

  private async assertGroupExists(groupId: string): Promise<void> {
    if (!(await this.groups.exists(groupId)))
      throw ValidationError.field('groupId', 'is not a tag group');
  }

  private async assertNameFree(groupId: string, name: string, exceptId?: string): Promise<void> {
    if (await this.tags.nameInUse(groupId, name, exceptId))
      throw new ConflictError(`The group already has a tag named "${name}".`);
  }
}
