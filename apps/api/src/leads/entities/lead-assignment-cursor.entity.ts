import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Where a round-robin rule stands: who got its last lead. The row is locked while a
 * lead is assigned, so several API processes take turns fairly.
 */
@Entity('lead_assignment_cursors')
export class LeadAssignmentCursor {
  @PrimaryColumn({ type: 'uuid' })
  ruleId!: string;

  @Column({ type: 'uuid', nullable: true })
  lastUserId!: string | null;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
