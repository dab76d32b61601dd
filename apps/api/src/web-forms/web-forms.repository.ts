import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type KeysetRequest, paginate, type Page } from '../common/pagination/keyset';
import { WebForm } from './entities/web-form.entity';

@Injectable()
export class WebFormsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(filter: KeysetRequest): Promise<Page<WebForm>> {
    const query = this.dataSource.getRepository(WebForm).createQueryBuilder('f');
    return paginate(query, filter, { createdAt: 'f.createdAt' }, '-createdAt');
  }

  find(id: string, options: { withDeleted?: boolean } = {}): Promise<WebForm | null> {
    return this.dataSource
      .getRepository(WebForm)
      .findOne({ where: { id }, withDeleted: options.withDeleted ?? false });
  }

  /** A live, active form by its public key. */
  findActiveByKey(publicKey: string): Promise<WebForm | null> {
    return this.dataSource.getRepository(WebForm).findOne({ where: { publicKey, active: true } });
  }
}
