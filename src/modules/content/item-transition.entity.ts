import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../database/instant.column.js';

/** Every move of an item through the workflow: who, when, from, to, and the comment. */
@Entity('item_transitions')
export class ItemTransitionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  itemId!: string;

  @Column({ type: 'varchar', length: 16 })
  action!: string;

  @Column({ type: 'varchar', length: 16 })
  fromStatus!: string;

  @Column({ type: 'varchar', length: 16 })
  toStatus!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @InstantColumn()
  at!: Date;
}
