import { Injectable } from '@nestjs/common';
import { relationshipTypeViolations } from '@kehu/domain';
import type { AuthContext } from '../authz/auth-context';
import { ConflictError, NotFoundError, ValidationError } from '../common/errors/app-error';
import type { Page } from '../common/pagination/keyset';
import { AuditedWrites, type AuditedTarget } from '../database/audited-writes.repository';
import {
  type CreateRelationshipTypeRequest,
  type ListRelationshipTypesQuery,
  type LocalizedText,
  type RelationshipTypeResponse,
  toRelationshipTypeResponse,
  type UpdateRelationshipTypeRequest,
} from './dto/relationship-type.dto';
import { RelationshipType } from './entities/relationship-type.entity';
import { RelationshipTypesRepository } from './relationship-types.repository';

const RELATIONSHIP_TYPE: AuditedTarget<RelationshipType> = {
  entity: RelationshipType,
  auditName: 'relationship-type',
  fields: [
    'key',
    'nameZh',
    'nameEn',
    'inverseNameZh',
    'inverseNameEn',
    'fromKind',
    'toKind',
    'symmetric',
    'hasPercentage',
    'hasTitle',
    'hasPeriod',
  ],
};

const trimmed = (text: LocalizedText) => ({ zh: text.zh.trim(), en: text.en.trim() });

/** Admins define the kinds of relationship; everyone who reads customers reads them. */
@Injectable()
export class RelationshipTypesService {
  constructor(
    private readonly types: RelationshipTypesRepository,
    private readonly writes: AuditedWrites,
  ) {}

  async list(query: ListRelationshipTypesQuery): Promise<Page<RelationshipTypeResponse>> {
    const page = await this.types.list(query);
    return { items: page.items.map(toRelationshipTypeResponse), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<RelationshipTypeResponse> {
    return toRelationshipTypeResponse(await this.findLive(id));
  }

  /** The live type, for callers that relate customers with it. */
  async findLive(id: string, options: { withDeleted?: boolean } = {}): Promise<RelationshipType> {
    const type = await this.types.find(id, options);
    if (!type) throw new NotFoundError('The relationship type');
    return type;
  }

  async create(
    auth: AuthContext,
    request: CreateRelationshipTypeRequest,
  ): Promise<RelationshipTypeResponse> {
    const symmetric = request.symmetric ?? false;
    const shape = {
      fromKind: request.fromKind,
      toKind: request.toKind,
      symmetric,
      hasPercentage: request.hasPercentage ?? false,
      hasTitle: request.hasTitle ?? false,
      hasPeriod: request.hasPeriod ?? false,
    };
    const violations = relationshipTypeViolations(shape);
    if (symmetric && request.inverseName) {
      violations.push({
        field: 'inverseName',
        message: 'inverseName does not apply to a symmetric type: it reads the same both ways',
      });
    }
    if (!symmetric && !request.inverseName) {
      violations.push({ field: 'inverseName', message: 'inverseName is required' });
    }
    if (violations.length > 0) throw new ValidationError(violations);
    await this.assertKeyFree(request.key);
    const name = trimmed(request.name);
    const inverseName = request.inverseName ? trimmed(request.inverseName) : name;
    const created = await this.writes.create(auth, RELATIONSHIP_TYPE, {
      ...shape,
      key: request.key,
      nameZh: name.zh,
      nameEn: name.en,
      inverseNameZh: inverseName.zh,
      inverseNameEn: inverseName.en,
      builtIn: false,
    });
    return toRelationshipTypeResponse(created);
  }

  async update(
    auth: AuthContext,
    id: string,
    ifMatch: number | undefined,
    request: UpdateRelationshipTypeRequest,
  ): Promise<RelationshipTypeResponse> {
    const current = await this.findLive(id);
    if (current.symmetric && request.inverseName) {
      throw ValidationError.field('inverseName', 'does not apply to a symmetric type');
    }
    const name = request.name ? trimmed(request.name) : undefined;
    const inverseName = request.inverseName
      ? trimmed(request.inverseName)
      : current.symmetric
        ? name
        : undefined;
    await this.writes.update(auth, RELATIONSHIP_TYPE, current, ifMatch, {
      ...(name ? { nameZh: name.zh, nameEn: name.en } : {}),
      ...(inverseName ? { inverseNameZh: inverseName.zh, inverseNameEn: inverseName.en } : {}),
    });
    return this.get(id);
  }

  /** Soft delete; built-in types and types still in use stay. */
  async remove(auth: AuthContext, id: string, ifMatch: number | undefined): Promise<void> {
    const current = await this.findLive(id);
    if (current.builtIn) throw new ConflictError('Built-in relationship types cannot be deleted.');
    if (await this.types.inUse(id)) {
      throw new ConflictError(
        'Customers are still related by this type. Remove those relationships first.',
      );
    }
    await this.writes.softDelete(auth, RELATIONSHIP_TYPE, current, ifMatch);
  }

  async restore(auth: AuthContext, id: string): Promise<RelationshipTypeResponse> {
    const current = await this.findLive(id, { withDeleted: true });
    if (current.deletedAt !== null) {
      await this.assertKeyFree(current.key, id);
      await this.writes.restore(auth, RELATIONSHIP_TYPE, current);
    }
    return this.get(id);
  }

  private async assertKeyFree(key: string, exceptId?: string): Promise<void> {
    if (await this.types.keyInUse(key, exceptId))
      throw new ConflictError(`A relationship type with the key "${key}" already exists.`);
  }
}
