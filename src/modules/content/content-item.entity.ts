import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ItemStatus } from '../../domain/content/content-workflow.js';
import { InstantColumn, JsonColumn } from '../database/instant.column.js';

export interface AttachmentRef {
  sha256: string;
  kind: 'image' | 'audio' | 'video' | 'pdf';
  format: string;
  bytes: number;
  name: string | null;
  width?: number;
  height?: number;
  durationSec?: number;
  /** Where the crop keeps the subject, 0..1 from the left and top. */
  focalPoint?: { x: number; y: number };
}

/** An article, radio programme, poster or Zalo article of a unit, serving a task's channels. */
@Entity('content_items')
export class ContentItemEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 36 })
  unitId!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  planId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  taskId!: string | null;

  @JsonColumn()
  channels!: string[];

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  /** Sanitised HTML. */
  @Column({ type: 'text', default: '' })
  body!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  topic!: string | null;

  @JsonColumn()
  tags!: string[];

  @Column({ type: 'varchar', length: 100, nullable: true })
  audience!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  author!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdBy!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: ItemStatus;

  @JsonColumn()
  attachments!: AttachmentRef[];

  /** Optimistic lock: every write names the version it read. */
  @Column({ type: 'integer' })
  version!: number;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;
}
