import type { Role } from '@kehu/domain';
import { Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../../database/versioned-entity';

/** A credential for an external system: bound to a role and scopes, stored hashed. */
@Entity('api_keys')
export class ApiKey extends VersionedEntity {
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** The public, non-secret start of the key, used to find it. */
  @Index('api_keys_prefix_key', { unique: true })
  @Column({ type: 'varchar', length: 24 })
  prefix!: string;

  /** SHA-256 of the whole key: the key is random and long, so no slow hash is needed. */
  @Column({ type: 'varchar', length: 64 })
  keyHash!: string;

  @Column({ type: 'varchar', length: 32 })
  role!: Role;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  scopes!: string[];

  @Column({ type: 'uuid', nullable: true })
  teamId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  dealerOrgId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
