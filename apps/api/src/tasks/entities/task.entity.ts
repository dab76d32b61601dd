import type { TaskPriority, TaskStatus } from '@kehu/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Customer } from '../../customers/entities/customer.entity';
import { AuthoredEntity } from '../../database/owned-record.entity';
import { Lead } from '../../leads/entities/lead.entity';
import { User } from '../../users/entities/user.entity';

const LIVE = 'deleted_at IS NULL';

/**
 * A to-do (任务) on a customer or a lead, for one assignee, with a due time and a reminder.
 * A child record: no ownership of its own, it is reached through its parent or assignee.
 */
@Entity('tasks')
@Check('tasks_one_parent', 'num_nonnulls(customer_id, lead_id) = 1')
@Index('tasks_created_at_idx', ['createdAt', 'id'], { where: LIVE })
@Index('tasks_assignee_due_idx', ['assigneeId', 'dueAt'], { where: LIVE })
@Index('tasks_customer_idx', ['customerId'], { where: `${LIVE} AND customer_id IS NOT NULL` })
@Index('tasks_lead_idx', ['leadId'], { where: `${LIVE} AND lead_id IS NOT NULL` })
// The due-time sort, undated tasks last: (COALESCE(due_at, 'infinity'), id), by hand in the migration.
@Index('tasks_due_sort_idx', { synchronize: false })
export class Task extends AuthoredEntity {
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'uuid', nullable: true })
  customerId!: string | null;

  // Read-only joins for the parent's name; the parents are soft-deleted, never removed.
  @ManyToOne(() => Customer, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer | null;

  @Column({ type: 'uuid', nullable: true })
  leadId!: string | null;

  @ManyToOne(() => Lead, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'lead_id' })
  lead?: Lead | null;

  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: User | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'varchar', length: 10, default: 'normal' })
  priority!: TaskPriority;

  @Column({ type: 'varchar', length: 12, default: 'open' })
  status!: TaskStatus;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  reminderAt!: Date | null;

  /** Set when the reminder for reminderAt fired, so it fires once. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  remindedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completedAt!: Date | null;
}
