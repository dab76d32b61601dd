import type { NotificationParams } from '../notification-texts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An in-app message to one user (reminders, assignments), also e-mailed when SMTP is set. */
@Entity('notifications')
@Index('notifications_user_idx', ['userId', 'createdAt', 'id'])
@Index('notifications_unread_idx', ['userId'], { where: 'read_at IS NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', default: '' })
  body!: string;

  /** The values the text of its kind is made of; null on rows written before they were kept. */
  @Column({ type: 'jsonb', nullable: true })
  params!: NotificationParams | null;

  /** The record it is about, e.g. `lead` / its id. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  subjectType!: string | null;

  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
