import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import type { PlanReading } from '../../domain/plan/plan-reading.types.js';
import { InstantColumn, JsonColumn } from '../database/instant.column.js';

export type PlanStatus = 'draft' | 'active' | 'archived';

/**
 * A unit's Kế hoạch: the reading of the document as a person corrected it (`document`, the
 * `loa plan import --json` shape), its source, and its life: draft → active (who, when),
 * with every later edit of an active plan kept as a version.
 */
@Entity('plans')
export class PlanEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  unitId!: string;

  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  parentPlanId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: PlanStatus;

  /** 0 while a draft; 1 at activation; +1 for each edit of the active plan. */
  @Column({ type: 'integer', default: 0 })
  version!: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  number!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  issuedOn!: string | null;

  @Column({ type: 'integer', nullable: true })
  year!: number | null;

  @JsonColumn()
  document!: PlanReading;

  @Column({ type: 'varchar', length: 16 })
  sourceFormat!: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  sourceName!: string | null;

  @Column({ type: 'varchar', length: 64 })
  sourceSha256!: string;

  /** Number, issuer and year (or the file): one plan of a unit is imported once and active once (plan-identity.ts). */
  @Column({ type: 'varchar', length: 400, nullable: true })
  identityKey!: string | null;

  @Column({ type: 'text' })
  sourceText!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdBy!: string | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @Column({ type: 'varchar', length: 36, nullable: true })
  activatedBy!: string | null;

  @InstantColumn({ nullable: true })
  activatedAt!: Date | null;

  /** Optimistic lock: an edit naming a stale rowVersion is refused with 409. */
  @VersionColumn({ type: 'integer' })
  rowVersion!: number;
}
