import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LayoutPage, PageLayout, Role } from '@kehu/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { restrictToPermitted } from '../authz/scoped-query';
import { PreconditionFailedError } from '../common/errors/app-error';
import { updateVersioned } from '../common/versioning/versioned-update';
import { PageLayoutEntity } from './entities/page-layout.entity';

/** Whose layout a row is: one user's own, or a role's default. */
export type LayoutOwner = { userId: string; role: null } | { userId: null; role: Role };

@Injectable()
export class PageLayoutsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get layouts() {
    return this.dataSource.getRepository(PageLayoutEntity);
  }

  /** The caller's own layout of a page, through the PageLayout rules (their own rows). */
  findOwn(auth: AuthContext, page: LayoutPage): Promise<PageLayoutEntity | null> {
    const query = this.layouts
      .createQueryBuilder('l')
      .where('l.userId = :userId AND l.page = :page', { userId: auth.principal.id, page });
    return restrictToPermitted(query, auth, 'read', 'PageLayout').getOne();
  }

  findDefault(page: LayoutPage, role: Role): Promise<PageLayoutEntity | null> {
    return this.layouts.findOne({ where: { page, role } });
  }

  /** The role defaults of a page among these roles. */
  findDefaults(page: LayoutPage, roles: readonly Role[]): Promise<PageLayoutEntity[]> {
    if (roles.length === 0) return Promise.resolve([]);
    return this.layouts
      .createQueryBuilder('l')
      .where('l.page = :page AND l.role IN (:...roles)', { page, roles: [...roles] })
      .getMany();
  }

  async insert(
    manager: EntityManager,
    owner: LayoutOwner,
    page: LayoutPage,
    layout: PageLayout,
  ): Promise<PageLayoutEntity> {
    const inserted = await manager.insert(PageLayoutEntity, { ...owner, page, ...layout });
    const id = (inserted.identifiers[0] as { id: string }).id;
    return manager.findOneByOrFail(PageLayoutEntity, { id });
  }

  async replace(
    manager: EntityManager,
    current: PageLayoutEntity,
    layout: PageLayout,
  ): Promise<PageLayoutEntity> {
    await updateVersioned(manager, PageLayoutEntity, current.id, current.version, {
      panels: layout.panels,
      profileFields: layout.profileFields,
      columns: layout.columns,
    });
    return manager.findOneByOrFail(PageLayoutEntity, { id: current.id });
  }

  async remove(manager: EntityManager, current: PageLayoutEntity): Promise<void> {
    const result = await manager.delete(PageLayoutEntity, {
      id: current.id,
      version: current.version,
    });
    if (result.affected === 0) throw new PreconditionFailedError();
  }
}
