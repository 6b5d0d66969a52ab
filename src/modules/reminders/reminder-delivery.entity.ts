import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../database/instant.column.js';

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

/** One reminder to one person, sent at most once per `key` (rule, subject, occurrence, person). */
@Entity('reminder_deliveries')
export class ReminderDeliveryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 300, unique: true }) key!: string;
  @Column({ type: 'varchar', length: 32 }) rule!: string;
  @Column({ type: 'varchar', length: 36 }) userId!: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) unitId!: string | null;
  @Column({ type: 'varchar', length: 320 }) email!: string;
  @Column({ type: 'varchar', length: 300 }) subject!: string;
  @Column({ type: 'text' }) textBody!: string;
  @Column({ type: 'text' }) htmlBody!: string;
  @Column({ type: 'varchar', length: 16 }) status!: DeliveryStatus;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @InstantColumn() nextAttemptAt!: Date;
  @InstantColumn({ nullable: true }) leaseUntil!: Date | null;
  @Column({ type: 'text', nullable: true }) lastError!: string | null;
  @InstantColumn() createdAt!: Date;
  @InstantColumn({ nullable: true }) sentAt!: Date | null;
}

@Entity('reminder_preferences')
export class ReminderPreferenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) userId!: string;
  @PrimaryColumn({ type: 'varchar', length: 32 }) rule!: string;
  @Column({ type: 'boolean' }) enabled!: boolean;
  @InstantColumn() updatedAt!: Date;
}
