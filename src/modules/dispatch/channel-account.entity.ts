import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { InstantColumn, JsonColumn } from '../database/instant.column.js';

export type ChannelAccountStatus = 'active' | 'needs-reauth';

/**
 * A unit's account on a channel (a WordPress site, a Zalo OA, a webhook endpoint, a print
 * shop's address…). Settings are not secret; credentials are sealed in the secrets module
 * under `channel-account.<id>` and never leave through the API: only their keys are listed.
 */
@Entity('channel_accounts')
@Index(['unitId', 'channel'])
export class ChannelAccountEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  unitId!: string;

  @Column({ type: 'varchar', length: 32 })
  channel!: string;

  /** The adapter's kind ('wordpress', 'webhook', 'zalo-oa', 'manual'…), or 'pull' for an external system that claims through the pull API. */
  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @JsonColumn()
  settings!: Record<string, unknown>;

  @JsonColumn()
  credentialKeys!: string[];

  @Column({ type: 'varchar', length: 16 })
  status!: ChannelAccountStatus;

  @Column({ type: 'text', nullable: true })
  statusReason!: string | null;

  /** Bumped each time the sealed credentials change (a refreshed token pair). */
  @Column({ type: 'integer', default: 0 })
  credentialsVersion!: number;

  /** The lock row for token refreshes: who holds it, until when. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  lockedBy!: string | null;

  @InstantColumn({ nullable: true })
  lockedUntil!: Date | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  /** Deleted accounts stay for the publications that name them. */
  @InstantColumn({ nullable: true })
  deletedAt!: Date | null;
}
