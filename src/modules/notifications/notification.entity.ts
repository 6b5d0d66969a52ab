import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn, JsonColumn } from '../database/instant.column.js';

/** Something a person must know: an item released from a slot that went away, a rejection. */
@Entity('notifications')
export class NotificationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  userId!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  unitId!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ type: 'text' })
  message!: string;

  @JsonColumn({ nullable: true })
  data!: Record<string, unknown> | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn({ nullable: true })
  readAt!: Date | null;
}
