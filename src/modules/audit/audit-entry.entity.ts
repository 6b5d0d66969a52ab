import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { InstantColumn, JsonColumn } from '../database/instant.column.js';

/** Who changed what, when. Written in the same transaction as the change. */
@Entity('audit_log')
export class AuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index()
  @InstantColumn()
  at!: Date;

  @Column({ type: 'varchar', length: 36, nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  actorApiKeyId!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  unitId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 64 })
  entity!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  entityId!: string | null;

  @JsonColumn({ nullable: true })
  changes!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;
}
