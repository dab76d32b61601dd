import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CustomFieldRecordType } from '@kehu/domain';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { restrictToPermitted } from '../authz/scoped-query';
import { containsPattern } from '../common/http/like-pattern';
import { type KeysetRequest, paginate, type Page } from '../common/pagination/keyset';
import { CustomFieldDefinitionEntity } from './entities/custom-field-definition.entity';

const SORTABLE = { position: 'd.position', key: 'd.key', createdAt: 'd.createdAt' };
/** The gap left between fields added at the end, so one can be put between two later. */
export const POSITION_STEP = 10;

export interface CustomFieldListFilter extends KeysetRequest {
  q?: string;
  recordType?: CustomFieldRecordType;
  deleted?: boolean;
}

@Injectable()
export class CustomFieldsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get definitions() {
    return this.dataSource.getRepository(CustomFieldDefinitionEntity);
  }

  /**
   * The definitions the caller reads: the role rules, then the field's own visibility —
   * hidden when every role the caller holds is one it is hidden from (admins never are).
   */
  private readable(auth: AuthContext): SelectQueryBuilder<CustomFieldDefinitionEntity> {
    const query = this.definitions.createQueryBuilder('d');
    restrictToPermitted(query, auth, 'read', 'CustomFieldDefinition');
    return query.andWhere('NOT (d.hiddenFromRoles @> CAST(:callerRoles AS text[]))', {
      callerRoles: [...auth.principal.roles],
    });
  }

  findReadable(
    auth: AuthContext,
    id: string,
    options: { withDeleted?: boolean } = {},
  ): Promise<CustomFieldDefinitionEntity | null> {
    const query = this.readable(auth).andWhere('d.id = :id', { id });
    if (options.withDeleted) query.withDeleted();
    return query.getOne();
  }

  list(
    auth: AuthContext,
    filter: CustomFieldListFilter,
  ): Promise<Page<CustomFieldDefinitionEntity>> {
    const query = this.readable(auth);
    if (filter.deleted) query.withDeleted().andWhere('d.deletedAt IS NOT NULL');
    if (filter.recordType)
      query.andWhere('d.recordType = :recordType', { recordType: filter.recordType });
    if (filter.q) {
      query.andWhere('(d.key ILIKE :q OR d.labelZh ILIKE :q OR d.labelEn ILIKE :q)', {
        q: containsPattern(filter.q),
      });
    }
    return paginate(query, filter, SORTABLE, 'position');
  }

  /** Whether a definition of the record type, deleted or not, has the key. */
  async keyInUse(recordType: CustomFieldRecordType, key: string): Promise<boolean> {
    const count = await this.definitions.count({ where: { recordType, key }, withDeleted: true });
    return count > 0;
  }

  /** The position after the record type's last live field. */
  async nextPosition(recordType: CustomFieldRecordType): Promise<number> {
    const row = await this.definitions
      .createQueryBuilder('d')
      .select('MAX(d.position)', 'last')
      .where('d.recordType = :recordType', { recordType })
      .getRawOne<{ last: number | null }>();
    return row?.last === null || row?.last === undefined ? 0 : row.last + POSITION_STEP;
  }

  /** The live definitions of a record type, in form order: what its records' values obey. */
  liveDefinitions(recordType: CustomFieldRecordType): Promise<CustomFieldDefinitionEntity[]> {
    return this.definitions.find({ where: { recordType }, order: { position: 'ASC', id: 'ASC' } });
  }
}
