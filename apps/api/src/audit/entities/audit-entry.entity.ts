import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction = 'create' | 'update' | 'delete' | 'restore' | 'merge' | 'revoke';
export type ActorType = 'user' | 'apiKey' | 'system';
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** Who changed which fields of which record, from what to what, and when. */
@Entity('audit_log')
@Index('audit_log_entity_idx', ['entity', 'entityId', 'createdAt'])
@Index('audit_log_actor_idx', ['actorId', 'createdAt'])
@Index('audit_log_created_at_idx', ['createdAt', 'id'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 60 })
  entity!: string;

  @Column({ type: 'uuid' })
  entityId!: string;

  @Column({ type: 'varchar', length: 20 })
  action!: AuditAction;

  @Column({ type: 'varchar', length: 10 })
  actorType!: ActorType;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes!: FieldChanges;

  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
