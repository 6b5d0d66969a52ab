import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../database/instant.column.js';
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
