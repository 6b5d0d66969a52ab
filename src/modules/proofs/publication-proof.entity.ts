import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn, JsonColumn } from '../database/instant.column.js';

/**
 * Proof that an item appeared on a channel (append-only). `source` is 'dispatch' (a channel
 * confirmed it), 'manual' (a person recorded a publication made outside Loa) or 'as-run'
 * (a station's as-run log). `publishedAt` is the instant it appeared, in UTC.
 */
@Entity('publication_proofs')
@Index('IDX_proofs_report', ['unitId', 'publishedAt', 'planId', 'taskId', 'channel', 'itemId'])
@Index('IDX_proofs_first', ['itemId', 'channel', 'publishedAt'])
export class PublicationProofEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  unitId!: string;

  @Column({ type: 'varchar', length: 36 })
  itemId!: string;

  @Column({ type: 'varchar', length: 32 })
  channel!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  slotId!: string | null;

  /** The plan task the item served when it was published (kept, so a later edit of the item does not move a past publication). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  planId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  taskId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  publicationId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  source!: 'dispatch' | 'manual' | 'as-run';

  @InstantColumn()
  publishedAt!: Date;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  url!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  remoteId!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @JsonColumn({ nullable: true })
  evidence!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdBy!: string | null;

  @InstantColumn()
  createdAt!: Date;
}
