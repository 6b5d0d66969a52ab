import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { JsonColumn } from '../database/instant.column.js';

/** The RFC 5545 rule of one (plan, task, channel), or an open obligation that makes no slots. */
@Entity('calendar_rules')
@Index(['planId', 'taskId', 'channel'], { unique: true })
export class CalendarRuleEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  planId!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  unitId!: string;

  @Column({ type: 'varchar', length: 64 })
  taskId!: string;

  @Column({ type: 'varchar', length: 32 })
  channel!: string;

  /** 'rule' or 'obligation'. */
  @Column({ type: 'varchar', length: 16 })
  kind!: 'rule' | 'obligation';

  /** The iCalendar text (DTSTART, RRULE, EXDATE, RDATE), or null for an obligation. */
  @Column({ type: 'text', nullable: true })
  rrule!: string | null;

  @JsonColumn({ nullable: true })
  detail!: Record<string, unknown> | null;
}
