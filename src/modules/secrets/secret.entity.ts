import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../database/instant.column.js';

/** A channel secret (token, password) of a unit, sealed with AES-256-GCM under key `keyId`. */
@Entity('secrets')
@Index(['unitId', 'name'], { unique: true })
export class SecretEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  unitId!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  keyId!: string;

  /** base64(iv 12 bytes | tag 16 bytes | ciphertext) */
  @Column({ type: 'text' })
  sealed!: string;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;
}
