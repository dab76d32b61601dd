import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../authz/auth-context';
import { assertCan } from '../authz/record-access';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../common/errors/app-error';
import { definedFields } from '../common/http/defined-fields';
import type { Page } from '../common/pagination/keyset';
import { CustomerMergeSteps } from '../customers/merge/customer-merge-steps';
import { CustomFieldQueries } from '../custom-fields/custom-field-queries';
import { AuditedWrites, type AuditedTarget } from '../database/audited-writes.repository';
import { TransactionRunner } from '../database/transaction-runner';
import {
  type CreateSegmentRequest,
  type ListSegmentsQuery,
  type SegmentCountResponse,
  type SegmentFilter,
  type SegmentMembersAddedResponse,
  type SegmentMembersRemovedResponse,
  type SegmentMembersRequest,
  type SegmentResponse,
  toSegmentResponse,
  type UpdateSegmentRequest,
} from './dto/segment.dto';
import { Segment } from './entities/segment.entity';
import { SegmentsRepository } from './segments.repository';

const SEGMENT: AuditedTarget<Segment> = {
  entity: Segment,
  auditName: 'segment',
  fields: ['name', 'description', 'kind', 'filter', 'ownerId'],
};

/** A filter as stored: only the fields given (the DTO instance holds every key). */
function storedFilter(filter: SegmentFilter): SegmentFilter {
  return definedFields(filter);
}

/**
 * Saved customer segments. Whatever the segment, its members and count are always
 * evaluated with the permissions of the caller, never of its creator: a segment
 * shared through a marketer shows each reader only the customers they may read.
 */
@Injectable()
export class SegmentsService implements OnModuleInit {
  constructor(
    private readonly segments: SegmentsRepository,
    private readonly writes: AuditedWrites,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly mergeSteps: CustomerMergeSteps,
    private readonly customFieldQueries: CustomFieldQueries,
  ) {}

  onModuleInit(): void {
    this.mergeSteps.register('segment-members', (manager, sourceId, targetId) =>
      this.segments.moveMembers(manager, sourceId, targetId),
    );
  }

  async list(auth: AuthContext, query: ListSegmentsQuery): Promise<Page<SegmentResponse>> {
    const page = await this.segments.list(auth, query);
    return { items: page.items.map(toSegmentResponse), nextCursor: page.nextCursor };
  }

  async get(auth: AuthContext, id: string): Promise<SegmentResponse> {
    return toSegmentResponse(await this.findReadable(auth, id));
  }

  async create(auth: AuthContext, request: CreateSegmentRequest): Promise<SegmentResponse> {
    if (request.kind === 'dynamic' && request.filter === undefined)
      throw ValidationError.field('filter', 'is required for a dynamic segment');
    if (request.kind === 'static' && request.filter !== undefined)
      throw ValidationError.field('filter', 'does not apply to a static segment');
    const ownerId = auth.principal.id;
    assertCan(auth, 'create', 'Segment', { ownerId });
    await this.checkCustomFieldFilters(auth, request.filter);
    const created = await this.writes.create(auth, SEGMENT, {
      name: request.name.trim(),
      description: request.description ?? null,
      kind: request.kind,
      filter: request.filter ? storedFilter(request.filter) : null,
      ownerId,
    });
    return this.get(auth, created.id);
  }

  async update(
    auth: AuthContext,
    id: string,
    ifMatch: number | undefined,
    request: UpdateSegmentRequest,
  ): Promise<SegmentResponse> {
    const current = await this.findReadable(auth, id);
    assertCan(auth, 'update', 'Segment', current);
    if (current.kind === 'static' && request.filter !== undefined)
      throw ValidationError.field('filter', 'does not apply to a static segment');
    await this.checkCustomFieldFilters(auth, request.filter);
    await this.writes.update(auth, SEGMENT, current, ifMatch, {
      name: request.name?.trim() ?? current.name,
      description: request.description === undefined ? current.description : request.description,
      filter: request.filter ? storedFilter(request.filter) : current.filter,
    });
    return this.get(auth, id);
  }

  async remove(auth: AuthContext, id: string, ifMatch: number | undefined): Promise<void> {
    const current = await this.findReadable(auth, id);
    assertCan(auth, 'delete', 'Segment', current);
    await this.writes.softDelete(auth, SEGMENT, current, ifMatch);
  }

  async restore(auth: AuthContext, id: string): Promise<SegmentResponse> {
    const current = await this.findReadable(auth, id, { withDeleted: true });
    assertCan(auth, 'restore', 'Segment', current);
    if (current.deletedAt !== null) await this.writes.restore(auth, SEGMENT, current);
    return this.get(auth, id);
  }

  async count(auth: AuthContext, id: string): Promise<SegmentCountResponse> {
    const segment = await this.findReadable(auth, id);
    return { count: await this.segments.countMembers(auth, segment) };
  }

  /** Adds customers to a static segment: all or nothing, and only customers the caller reads. */
  async addMembers(
    auth: AuthContext,
    id: string,
    request: SegmentMembersRequest,
  ): Promise<SegmentMembersAddedResponse> {
    const segment = await this.findEditableList(auth, id);
    const readable = await this.segments.readableCustomers(auth, request.customerIds);
    if (readable.length < request.customerIds.length) {
      throw new ForbiddenError(
        'Some of these customers do not exist or you may not read them; none were added.',
      );
    }
    const added = await this.transactions.run(async (manager) => {
      const ids = await this.segments.addMembers(manager, segment.id, request.customerIds);
      if (ids.length > 0) await this.recordMembers(manager, auth, segment.id, 'added', ids);
      return ids;
    });
    return { added: added.length };
  }

  async removeMembers(
    auth: AuthContext,
    id: string,
    request: SegmentMembersRequest,
  ): Promise<SegmentMembersRemovedResponse> {
    const segment = await this.findEditableList(auth, id);
    const removed = await this.transactions.run(async (manager) => {
      const ids = await this.segments.removeMembers(manager, segment.id, request.customerIds);
      if (ids.length > 0) await this.recordMembers(manager, auth, segment.id, 'removed', ids);
      return ids;
    });
    return { removed: removed.length };
  }

  private recordMembers(
    manager: EntityManager,
    auth: AuthContext,
    segmentId: string,
    change: 'added' | 'removed',
    customerIds: string[],
  ): Promise<void> {
    const field = `${change}CustomerIds`;
    return this.audit.record(manager, auth, {
      entity: 'segment',
      entityId: segmentId,
      action: 'update',
      after: { [field]: customerIds },
      fields: [field],
    });
  }

  /**
   * A filter's custom field conditions, checked as the list checks its `cf.<key>`
   * parameters, for the one saving it: 400 naming `filter.cf.<key>`.
   */
  private async checkCustomFieldFilters(auth: AuthContext, filter?: SegmentFilter): Promise<void> {
    if (filter?.cf)
      await this.customFieldQueries.resolve(auth, 'customer', { cf: filter.cf }, 'filter.');
  }

  /** A static segment the caller may edit: 404 unreadable, 403 read-only, 409 dynamic. */
  private async findEditableList(auth: AuthContext, id: string): Promise<Segment> {
    const segment = await this.findReadable(auth, id);
    assertCan(auth, 'update', 'Segment', segment);
    if (segment.kind !== 'static')
      throw new ConflictError('A dynamic segment’s members come from its filters.');
    return segment;
  }

  private async findReadable(
    auth: AuthContext,
    id: string,
    options: { withDeleted?: boolean } = {},
  ): Promise<Segment> {
    const segment = await this.segments.findReadable(auth, id, options);
    if (!segment) throw new NotFoundError('The segment');
    return segment;
  }
}
