import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * Reminders by e-mail. `reminder_deliveries` is an outbox: one row per (rule, subject,
 * occurrence, person), its `key` unique so that a restart or a second node inserting the same
 * reminder inserts nothing; a sender claims a row with a conditional UPDATE (a lease) before it
 * sends, retries with growing delays, and leaves a failure visible to admins.
 * `reminder_preferences` holds the rules a person turned off.
 */
export class Reminders1764300000002 implements MigrationInterface {
  name = 'Reminders1764300000002';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'reminder_deliveries',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'key', type: 'varchar', length: '300', isUnique: true },
          { name: 'rule', type: 'varchar', length: '32' },
          { name: 'userId', type: 'varchar', length: '36' },
          { name: 'unitId', type: 'varchar', length: '36', isNullable: true },
          { name: 'email', type: 'varchar', length: '320' },
          { name: 'subject', type: 'varchar', length: '300' },
          { name: 'textBody', type: 'text' },
          { name: 'htmlBody', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'nextAttemptAt', type: 'varchar', length: '24' },
          { name: 'leaseUntil', type: 'varchar', length: '24', isNullable: true },
          { name: 'lastError', type: 'text', isNullable: true },
          { name: 'createdAt', type: 'varchar', length: '24' },
          { name: 'sentAt', type: 'varchar', length: '24', isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['userId'], referencedTableName: 'users', referencedColumnNames: ['id'] }],
        indices: [{ name: 'IDX_reminder_deliveries_due', columnNames: ['status', 'nextAttemptAt'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'reminder_preferences',
        columns: [
          { name: 'userId', type: 'varchar', length: '36', isPrimary: true },
          { name: 'rule', type: 'varchar', length: '32', isPrimary: true },
          { name: 'enabled', type: 'boolean' },
          { name: 'updatedAt', type: 'varchar', length: '24' },
        ],
        foreignKeys: [{ columnNames: ['userId'], referencedTableName: 'users', referencedColumnNames: ['id'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('reminder_preferences');
    await q.dropTable('reminder_deliveries');
  }
}
