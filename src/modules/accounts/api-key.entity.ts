import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn, JsonColumn } from '../database/instant.column.js';
import type { ApiKeyPurpose } from '../access/roles.js';

/** A key for an integration, scoped to a unit (and its subtree) and one purpose. Hashed at rest. */
@Entity('api_keys')
export class ApiKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  unitId!: string;

  @Column({ type: 'varchar', length: 32 })
  purpose!: ApiKeyPurpose;

  /** The channels a dispatch key may claim (never empty for a new one); null for other purposes. */
  @JsonColumn({ nullable: true })
  channels!: string[] | null;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  keyHash!: string;

  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdBy!: string | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn({ nullable: true })
  revokedAt!: Date | null;
}
