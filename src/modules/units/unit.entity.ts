import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn, JsonColumn } from '../database/instant.column.js';

export interface UnitSettings {
  /** Whether an item needs a leader's approval before it can be scheduled. */
  requiresApproval?: boolean;
  /** Reporting windows: the Ministry's 15th–14th data windows (default) or calendar periods. */
  reportingWindows?: 'ministry' | 'calendar';
}

/**
 * A government unit (province, district, commune, ward, town…). The tree has any depth:
 * `path` is the materialised chain of ids ("/p/d/c/"), so a subtree is one prefix query.
 */
@Entity('units')
export class UnitEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  parentId!: string | null;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  code!: string | null;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  level!: string;

  @Index()
  @Column({ type: 'varchar', length: 1024 })
  path!: string;

  @Column({ type: 'integer' })
  depth!: number;

  @JsonColumn({ default: '{}' })
  settings!: UnitSettings;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;
}
