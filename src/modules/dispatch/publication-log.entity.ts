import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn, JsonColumn } from '../database/instant.column.js';

/**
 * What happened to a publication, one row per event (claim, send, lookup, sweep, confirm,
 * retry, cancel…): the attempt, a summary of the request, the channel's answer, the remote
 * id and URL. Append-only: a trigger refuses UPDATE and DELETE on both databases. Keyed by
 * (publicationId, id): it is read by publication, and one index is all a delivery writes.
 */
@Entity('publication_log')
export class PublicationLogEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  publicationId!: string;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'integer' })
  attempt!: number;

  @Column({ type: 'varchar', length: 16 })
  event!: string;

  /** The adapter's Outcome.kind, when the event had one. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome!: string | null;

  /** The publication's state after the event. */
  @Column({ type: 'varchar', length: 16 })
  state!: string;

  @JsonColumn({ nullable: true })
  request!: Record<string, unknown> | null;

  @JsonColumn({ nullable: true })
  answer!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  remoteId!: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  url!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  worker!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  actor!: string | null;

  @InstantColumn()
  at!: Date;
}
