import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  asSubject,
  relationshipViolations,
  sharesExceedWhole,
  storedEndpoints,
} from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../authz/auth-context';
import {
  AppError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../common/errors/app-error';
import { definedFields } from '../common/http/defined-fields';
import { updateVersioned } from '../common/versioning/versioned-update';
import { CustomersService } from '../customers/customers.service';
import { formatCustomerNumber } from '../customers/dto/customer.dto';
import type { Customer } from '../customers/entities/customer.entity';
import { CustomerMergeSteps } from '../customers/merge/customer-merge-steps';
import { AuditedWrites, type AuditedTarget } from '../database/audited-writes.repository';
import { isUniqueViolation } from '../database/database-errors';
import { TransactionRunner } from '../database/transaction-runner';
import type { TimelineEventKind } from '../timeline/entities/timeline-event.entity';
import { TimelineService } from '../timeline/timeline.service';
import type {
  CreateRelationshipRequest,
  RelationshipDetailsRequest,
  RelationshipGraphEdge,
  RelationshipGraphNode,
  RelationshipGraphResponse,
  RelationshipResponse,
  UpdateRelationshipRequest,
} from './dto/relationship.dto';
import { toRelationshipResponse } from './dto/relationship.dto';
import { typeNames } from './dto/relationship-type.dto';
import type { RelationshipType } from './entities/relationship-type.entity';
import { Relationship } from './entities/relationship.entity';
import { RelationshipTypesService } from './relationship-types.service';
import { type GraphEdgeRow, RelationshipsRepository } from './relationships.repository';

/** The most customers one graph shows; the 360 page draws it, so it stays readable. */
export const GRAPH_NODE_LIMIT = 200;

const RELATIONSHIP: AuditedTarget<Relationship> = {
  entity: Relationship,
  auditName: 'relationship',
  fields: ['fromId', 'toId', 'typeId', 'percentage', 'title', 'startsOn', 'endsOn', 'note'],
};

type Details = Pick<Relationship, 'percentage' | 'title' | 'startsOn' | 'endsOn' | 'note'>;

function detailsOf(request: RelationshipDetailsRequest): Partial<Details> {
  const { percentage, title, startsOn, endsOn, note } = definedFields(request);
  return {
    ...(percentage !== undefined ? { percentage } : {}),
    ...(title !== undefined ? { title: title?.trim() || null } : {}),
    ...(startsOn !== undefined ? { startsOn } : {}),
    ...(endsOn !== undefined ? { endsOn } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}

function isEdgeKeyViolation(error: unknown): boolean {
  return isUniqueViolation(error, 'relationships_edge_key');
}

function toGraphEdge(row: GraphEdgeRow): RelationshipGraphEdge {
  const { name, inverseName } = typeNames(row);
  return {
    id: row.id,
    fromId: row.fromId,
    toId: row.toId,
    typeId: row.typeId,
    label: name,
    inverseLabel: inverseName,
    symmetric: row.symmetric,
    percentage: row.percentage,
    title: row.title,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    version: row.version,
  };
}

/**
 * Relationships between customers (客户关系): the graph of the 360 page, and the
 * edges in it. Writing one needs 'update' on the from-customer and 'read' on the
 * to-customer (a symmetric one: 'update' on either end and 'read' on the other); a
 * customer the caller cannot read answers 404.
 */
@Injectable()
export class RelationshipsService implements OnModuleInit {
  constructor(
    private readonly relationships: RelationshipsRepository,
    private readonly types: RelationshipTypesService,
    private readonly customers: CustomersService,
    private readonly writes: AuditedWrites,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly timeline: TimelineService,
    private readonly mergeSteps: CustomerMergeSteps,
  ) {}

  onModuleInit(): void {
    this.mergeSteps.register('relationships', (manager, sourceId, targetId) =>
      this.relationships.moveToSurvivor(manager, sourceId, targetId),
    );
  }

  async graph(
    auth: AuthContext,
    customerId: string,
    depth = 1,
  ): Promise<RelationshipGraphResponse> {
    const root = await this.customers.findReadable(auth, customerId, { withTags: false });
    const reached = await this.relationships.reachableCustomers(
      auth,
      root.id,
      depth,
      GRAPH_NODE_LIMIT + 1,
    );
    const truncated = reached.length > GRAPH_NODE_LIMIT;
    const ids = reached.slice(0, GRAPH_NODE_LIMIT).map((node) => node.id);
    const rows = new Map(
      (await this.relationships.graphNodes(auth, ids)).map((row) => [row.id, row]),
    );
    const nodes = ids.flatMap((id): RelationshipGraphNode[] => {
      const row = rows.get(id);
      if (!row) return [];
      return row.readable
        ? [
            {
              id,
              readable: true,
              number: formatCustomerNumber(row.number),
              name: row.name,
              kind: row.kind,
            },
          ]
        : [{ id, readable: false }];
    });
    const readable = new Set(nodes.filter((node) => node.readable).map((node) => node.id));
    const edges = (await this.relationships.edgesAmong(nodes.map((node) => node.id)))
      .filter((edge) => readable.has(edge.fromId) || readable.has(edge.toId))
      .map(toGraphEdge);
    return { rootId: root.id, nodes, edges, truncated };
  }

  async get(auth: AuthContext, id: string): Promise<RelationshipResponse> {
    const relationship = await this.find(id);
    const ends = await Promise.all([
      this.customers.findReadableOrNull(auth, relationship.fromId),
      this.customers.findReadableOrNull(auth, relationship.toId),
    ]);
    if (ends.every((end) => end === null)) throw new NotFoundError('The relationship');
    return toRelationshipResponse(relationship, relationship.type as RelationshipType);
  }

  async create(
    auth: AuthContext,
    fromId: string,
    request: CreateRelationshipRequest,
  ): Promise<RelationshipResponse> {
    const from = await this.customers.findReadable(auth, fromId);
    if (!this.mayUpdate(auth, from)) throw new ForbiddenError();
    const to = await this.customers.findReadable(auth, request.toId.toLowerCase());
    const type = await this.types.findLive(request.typeId.toLowerCase()).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'not-found')
        throw ValidationError.field('typeId', 'names no relationship type');
      throw error;
    });
    const details = detailsOf(request);
    this.assertValid(type, from, to, details);
    const ends = storedEndpoints(type.symmetric, from.id, to.id);
    await this.assertNotRelatedYet(type, ends.fromId, ends.toId);
    try {
      const created = await this.writes.create(
        auth,
        RELATIONSHIP,
        {
          ...ends,
          typeId: type.id,
          ...details,
          createdById: auth.actor.type === 'user' ? auth.actor.id : null,
        },
        async (manager, row) => {
          await this.assertSharesWithinWhole(manager, type, row);
          await this.recordOnBothTimelines(manager, auth, 'relationship-added', row, type);
        },
      );
      return toRelationshipResponse(created, type);
    } catch (error) {
      // Another request related the same customers in the meantime.
      if (isEdgeKeyViolation(error)) await this.assertNotRelatedYet(type, ends.fromId, ends.toId);
      throw error;
    }
  }

  async update(
    auth: AuthContext,
    id: string,
    ifMatch: number | undefined,
    request: UpdateRelationshipRequest,
  ): Promise<RelationshipResponse> {
    const current = await this.find(id);
    const type = current.type as RelationshipType;
    const { from, to } = await this.writableEnds(auth, current, type);
    const changes = detailsOf(request);
    this.assertValid(type, from, to, { ...current, ...changes });
    const next = { ...current, ...changes };
    await this.writes.update(auth, RELATIONSHIP, current, ifMatch, changes, async (manager) => {
      if (changes.percentage !== undefined) await this.assertSharesWithinWhole(manager, type, next);
      await this.recordOnBothTimelines(manager, auth, 'relationship-changed', next, type);
    });
    return this.get(auth, id);
  }

  /** Soft delete: the edge leaves the graph; both customers' timelines say so. */
  async remove(auth: AuthContext, id: string, ifMatch: number | undefined): Promise<void> {
    const current = await this.find(id);
    const type = current.type as RelationshipType;
    await this.writableEnds(auth, current, type);
    await this.writes.softDelete(auth, RELATIONSHIP, current, ifMatch, (manager) =>
      this.recordOnBothTimelines(manager, auth, 'relationship-removed', current, type),
    );
  }

  /** Brings a deleted edge back, if its type still exists and the rules still hold. */
  async restore(auth: AuthContext, id: string): Promise<RelationshipResponse> {
    const current = await this.find(id, { withDeleted: true });
    const type = current.type as RelationshipType;
    const { from, to } = await this.writableEnds(auth, current, type);
    if (current.deletedAt === null) return this.get(auth, id);
    if (type.deletedAt !== null) {
      throw new ConflictError('The type of this relationship was deleted; restore it first.');
    }
    this.assertValid(type, from, to, current);
    await this.assertNotRelatedYet(type, current.fromId, current.toId);
    await this.transactions.run(async (manager) => {
      await updateVersioned(manager, Relationship, id, current.version, { deletedAt: null });
      await this.assertSharesWithinWhole(manager, type, current);
      await this.recordOnBothTimelines(manager, auth, 'relationship-added', current, type);
      await this.audit.record(manager, auth, {
        entity: RELATIONSHIP.auditName,
        entityId: id,
        action: 'restore',
        fields: [],
      });
    });
    return this.get(auth, id);
  }

  private async find(id: string, options: { withDeleted?: boolean } = {}): Promise<Relationship> {
    const relationship = await this.relationships.find(id, options);
    if (!relationship) throw new NotFoundError('The relationship');
    return relationship;
  }

  /**
   * Both ends of an edge the caller may change: 404 when they can see neither end,
   * 403 when they see it but may not change it.
   */
  private async writableEnds(
    auth: AuthContext,
    relationship: Relationship,
    type: RelationshipType,
  ): Promise<{ from: Customer; to: Customer }> {
    const [from, to] = await Promise.all([
      this.customers.findReadableOrNull(auth, relationship.fromId),
      this.customers.findReadableOrNull(auth, relationship.toId),
    ]);
    if (from === null && to === null) throw new NotFoundError('The relationship');
    if (from === null || to === null) throw new ForbiddenError();
    if (!(this.mayUpdate(auth, from) || (type.symmetric && this.mayUpdate(auth, to))))
      throw new ForbiddenError();
    return { from, to };
  }

  private mayUpdate(auth: AuthContext, customer: Customer): boolean {
    return auth.ability.can('update', asSubject('Customer', { ...customer }));
  }

  private assertValid(
    type: RelationshipType,
    from: Customer,
    to: Customer,
    details: Partial<Details>,
  ): void {
    const violations = relationshipViolations(type, {
      fromId: from.id,
      fromKind: from.kind,
      toId: to.id,
      toKind: to.kind,
      percentage: details.percentage,
      title: details.title,
      startsOn: details.startsOn,
      endsOn: details.endsOn,
    });
    if (violations.length > 0) throw new ValidationError(violations);
  }

  private async assertNotRelatedYet(
    type: RelationshipType,
    fromId: string,
    toId: string,
  ): Promise<void> {
    const existingId = await this.relationships.findEdge(type.id, fromId, toId);
    if (existingId) {
      throw new ConflictError('These customers are already related this way.', {
        relationshipId: existingId,
      });
    }
  }

  /** Holdings into one customer add up to at most 100 % (checked inside the write). */
  private async assertSharesWithinWhole(
    manager: EntityManager,
    type: RelationshipType,
    edge: Pick<Relationship, 'toId' | 'percentage'>,
  ): Promise<void> {
    if (!type.hasPercentage || edge.percentage === null || edge.percentage === undefined) return;
    const percentages = await this.relationships.lockedPercentagesInto(manager, type.id, edge.toId);
    if (sharesExceedWhole(percentages)) {
      throw new ConflictError(
        `The shares held in this customer would add up to more than 100 % (${type.nameEn}).`,
        { percentages },
      );
    }
  }

  /**
   * One entry on each customer's timeline, labelled as that customer sees the edge.
   * The other customer is named only by id: a reader of one timeline may not be
   * allowed to read the other customer.
   */
  private async recordOnBothTimelines(
    manager: EntityManager,
    auth: AuthContext,
    kind: TimelineEventKind,
    edge: Pick<Relationship, 'id' | 'fromId' | 'toId' | 'typeId'>,
    type: RelationshipType,
  ): Promise<void> {
    const sides = [
      { subjectId: edge.fromId, otherId: edge.toId, zh: type.nameZh, en: type.nameEn },
      {
        subjectId: edge.toId,
        otherId: edge.fromId,
        zh: type.inverseNameZh,
        en: type.inverseNameEn,
      },
    ];
    await this.timeline.record(
      manager,
      auth,
      sides.map((side) => ({
        subjectType: 'customer',
        subjectId: side.subjectId,
        kind,
        summary: `${side.zh} / ${side.en}`,
        details: {
          relationshipId: edge.id,
          typeId: edge.typeId,
          otherCustomerId: side.otherId,
          label: { zh: side.zh, en: side.en },
        },
      })),
    );
  }
}
