import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PublicationState } from '../../domain/dispatch/publication-state.js';
import { InstantColumn } from '../database/instant.column.js';

/** One delivery of one item to one channel account: the outbox row the workers claim. */
@Entity('publications')
@Index('UQ_publications_item_channel_account', ['itemId', 'channel', 'accountId'], { unique: true })
@Index('IDX_publications_due', ['delivery', 'nextAttemptAt'], { where: `"state" IN ('queued', 'retrying', 'unconfirmed')` })
@Index('IDX_publications_lease', ['leaseUntil'], { where: `"state" = 'sending'` })
@Index(['unitId', 'state'])
@Check('CHK_publications_idempotency_key', `"idempotencyKey" = 'loa-' || "id"`)
export class PublicationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  unitId!: string;

  @Column({ type: 'varchar', length: 36 })
  itemId!: string;

  @Column({ type: 'varchar', length: 32 })
  channel!: string;

  @Column({ type: 'varchar', length: 36 })
  accountId!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  slotId!: string | null;

  /** push: Loa's workers send; pull: an external system claims through the pull API. */
  @Column({ type: 'varchar', length: 8 })
  delivery!: 'push' | 'pull';

  @Column({ type: 'varchar', length: 16 })
  state!: PublicationState;

  /** The state a claim took the row from ('unconfirmed' means: look up before anything else). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  claimedFrom!: PublicationState | null;

  /** `loa-` and the id: unique because the id is (a CHECK keeps it so; no index of its own). */
  @Column({ type: 'varchar', length: 64 })
  idempotencyKey!: string;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @InstantColumn()
  dueAt!: Date;

  /** When a worker may take it next; null: waits for a person (or for a confirmation). */
  @InstantColumn({ nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  leaseOwner!: string | null;

  @InstantColumn({ nullable: true })
  leaseUntil!: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  remoteId!: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  url!: string | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;
}
