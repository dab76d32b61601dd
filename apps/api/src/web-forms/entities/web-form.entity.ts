import { Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../../database/versioned-entity';

/**
 * An admin-defined lead capture form: pages on the allowed origins post to
 * /public/forms/:publicKey/submissions; fieldMapping says which lead field each form
 * field fills.
 */
@Entity('web_forms')
@Index('web_forms_public_key_key', ['publicKey'], { unique: true })
@Index('web_forms_created_at_idx', ['createdAt', 'id'], { where: 'deleted_at IS NULL' })
export class WebForm extends VersionedEntity {
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 40 })
  publicKey!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  allowedOrigins!: string[];

  /** Form field name → lead field. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  fieldMapping!: Record<string, string>;

  /** A field real people leave empty; bots fill it and are refused. */
  @Column({ type: 'varchar', length: 40, default: 'website' })
  honeypotField!: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  campaign!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
