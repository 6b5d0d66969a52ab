import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PlanReading } from '../../domain/plan/plan-reading.types.js';
import { InstantColumn, JsonColumn } from '../database/instant.column.js';

/** A snapshot of an active plan: one at activation, one after each later edit. */
@Entity('plan_versions')
@Index(['planId', 'version'], { unique: true })
export class PlanVersionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  planId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @JsonColumn()
  document!: PlanReading;

  @Column({ type: 'varchar', length: 200 })
  note!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  changedBy!: string | null;

  @InstantColumn()
  changedAt!: Date;
}
