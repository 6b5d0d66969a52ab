import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DayColumn, InstantColumn } from '../database/instant.column.js';

/**
 * A promise of the calendar: "a news item on the portal, due 2024-03-06". Its identity is
 * (plan, task, channel, period, index) = `slotKey`; re-expansion updates a slot in place and
 * never duplicates it.
 */
@Entity('slots')
@Index(['planId', 'slotKey'], { unique: true })
@Index(['unitId', 'date'])
export class SlotEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  planId!: string;

  @Column({ type: 'varchar', length: 36 })
  unitId!: string;

  /** `<taskId>:<channel>:<period>:<index>`, the domain's slot id. */
  @Column({ type: 'varchar', length: 160 })
  slotKey!: string;

  @Column({ type: 'varchar', length: 64 })
  taskId!: string;

  @Column({ type: 'varchar', length: 32 })
  channel!: string;

  @Column({ type: 'varchar', length: 16 })
  period!: string;

  @Column({ type: 'integer' })
  index!: number;

  @DayColumn()
  date!: string;

  @Column({ type: 'varchar', length: 5 })
  time!: string;

  @DayColumn()
  due!: string;

  @Column({ type: 'integer', nullable: true })
  durationMin!: number | null;

  @Column({ type: 'integer', nullable: true })
  durationMax!: number | null;

  @DayColumn({ nullable: true })
  movedFrom!: string | null;

  /** The content item placed in the slot (content module), or null while open. */
  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  itemId!: string | null;

  /** Who put the item here: the queue (moves with the calendar) or a person (stays, or is released). */
  @Column({ type: 'varchar', length: 8, nullable: true })
  placement!: 'queue' | 'person' | null;

  @InstantColumn()
  updatedAt!: Date;
}
