import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type KeysetRequest, paginate, type Page } from '../common/pagination/keyset';
import { RelationshipType } from './entities/relationship-type.entity';
import { Relationship } from './entities/relationship.entity';

const SORTABLE = { key: 'type.key', createdAt: 'type.createdAt' };

@Injectable()
export class RelationshipTypesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(id: string, options: { withDeleted?: boolean } = {}): Promise<RelationshipType | null> {
    return this.dataSource
      .getRepository(RelationshipType)
      .findOne({ where: { id }, withDeleted: options.withDeleted ?? false });
  }

  list(filter: KeysetRequest): Promise<Page<RelationshipType>> {
    const query = this.dataSource.getRepository(RelationshipType).createQueryBuilder('type');
    return paginate(query, filter, SORTABLE, 'key');
  }

  async keyInUse(key: string, exceptId?: string): Promise<boolean> {
    const query = this.dataSource
      .getRepository(RelationshipType)
      .createQueryBuilder('type')
      .where('type.key = :key', { key });
    if (exceptId) query.andWhere('type.id <> :exceptId', { exceptId });
    return (await query.getCount()) > 0;
  }

  /** Whether live relationships still have this type. */
  async inUse(typeId: string): Promise<boolean> {
    return this.dataSource.getRepository(Relationship).exists({ where: { typeId } });
  }
}
