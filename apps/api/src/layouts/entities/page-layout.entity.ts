import type { LayoutPage, PanelLayout, Role } from '@kehu/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { AuthzSubject } from '../../authz/subject-entity';

/**
 * How one page is arranged: a user's own layout (`userId`) or the default of a role
 * (`role`), never both. A reset deletes the row: a layout has nothing to restore.
 */
@Entity('page_layouts')
@AuthzSubject('PageLayout')
@Index('page_layouts_user_page_key', ['userId', 'page'], {
  unique: true,
  where: 'user_id IS NOT NULL',
})
@Index('page_layouts_role_page_key', ['role', 'page'], { unique: true, where: 'role IS NOT NULL' })
@Check('page_layouts_owner_check', '("user_id" IS NULL) <> ("role" IS NULL)')
export class PageLayoutEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  role!: Role | null;

  @Column({ type: 'varchar', length: 40 })
  page!: LayoutPage;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  panels!: PanelLayout[];

  @Column({ type: 'jsonb', nullable: true })
  profileFields!: string[] | null;

  @Column({ type: 'jsonb', nullable: true })
  columns!: string[] | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
