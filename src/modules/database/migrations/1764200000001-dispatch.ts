import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * Dispatch: channel accounts of a unit, the outbox (one publication per item × channel ×
 * account) and its append-only log. The log refuses UPDATE and DELETE by trigger on both
 * databases, so "never updated or deleted" holds for every writer, not only Loa's code.
 */
export class Dispatch1764200000001 implements MigrationInterface {
  name = 'Dispatch1764200000001';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'channel_accounts',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'unitId', type: 'varchar', length: '36' },
          { name: 'channel', type: 'varchar', length: '32' },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'settings', type: 'text' },
          { name: 'credentialKeys', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'statusReason', type: 'text', isNullable: true },
          { name: 'credentialsVersion', type: 'integer', default: 0 },
          { name: 'lockedBy', type: 'varchar', length: '64', isNullable: true },
          { name: 'lockedUntil', type: 'varchar', length: '24', isNullable: true },
          { name: 'createdAt', type: 'varchar', length: '24' },
          { name: 'updatedAt', type: 'varchar', length: '24' },
          { name: 'deletedAt', type: 'varchar', length: '24', isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['unitId'], referencedTableName: 'units', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['unitId', 'channel'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'publications',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'unitId', type: 'varchar', length: '36' },
          { name: 'itemId', type: 'varchar', length: '36' },
          { name: 'channel', type: 'varchar', length: '32' },
          { name: 'accountId', type: 'varchar', length: '36' },
          { name: 'slotId', type: 'varchar', length: '36', isNullable: true },
          { name: 'delivery', type: 'varchar', length: '8' },
          { name: 'state', type: 'varchar', length: '16' },
          { name: 'claimedFrom', type: 'varchar', length: '16', isNullable: true },
          { name: 'idempotencyKey', type: 'varchar', length: '64', isUnique: true },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'dueAt', type: 'varchar', length: '24' },
          { name: 'nextAttemptAt', type: 'varchar', length: '24', isNullable: true },
          { name: 'leaseOwner', type: 'varchar', length: '64', isNullable: true },
          { name: 'leaseUntil', type: 'varchar', length: '24', isNullable: true },
          { name: 'remoteId', type: 'varchar', length: '200', isNullable: true },
          { name: 'url', type: 'varchar', length: '2048', isNullable: true },
          { name: 'lastError', type: 'text', isNullable: true },
          { name: 'createdAt', type: 'varchar', length: '24' },
          { name: 'updatedAt', type: 'varchar', length: '24' },
        ],
        foreignKeys: [
          { columnNames: ['unitId'], referencedTableName: 'units', referencedColumnNames: ['id'] },
          { columnNames: ['itemId'], referencedTableName: 'content_items', referencedColumnNames: ['id'] },
          { columnNames: ['accountId'], referencedTableName: 'channel_accounts', referencedColumnNames: ['id'] },
        ],
        indices: [
          { name: 'UQ_publications_item_channel_account', columnNames: ['itemId', 'channel', 'accountId'], isUnique: true },
          { name: 'IDX_publications_due', columnNames: ['delivery', 'state', 'nextAttemptAt'] },
          { name: 'IDX_publications_lease', columnNames: ['state', 'leaseUntil'] },
          { columnNames: ['unitId', 'state'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'publication_log',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'publicationId', type: 'varchar', length: '36' },
          { name: 'attempt', type: 'integer' },
          { name: 'event', type: 'varchar', length: '16' },
          { name: 'outcome', type: 'varchar', length: '16', isNullable: true },
          { name: 'state', type: 'varchar', length: '16' },
          { name: 'request', type: 'text', isNullable: true },
          { name: 'answer', type: 'text', isNullable: true },
          { name: 'remoteId', type: 'varchar', length: '200', isNullable: true },
          { name: 'url', type: 'varchar', length: '2048', isNullable: true },
          { name: 'worker', type: 'varchar', length: '64', isNullable: true },
          { name: 'actor', type: 'varchar', length: '36', isNullable: true },
          { name: 'at', type: 'varchar', length: '24' },
        ],
        foreignKeys: [{ columnNames: ['publicationId'], referencedTableName: 'publications', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['publicationId', 'at'] }],
      }),
    );
    if (q.connection.driver.options.type === 'postgres') {
      await q.query(`CREATE FUNCTION loa_publication_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'publication_log is append-only'; END $$`);
      await q.query(`CREATE TRIGGER publication_log_append_only BEFORE UPDATE OR DELETE ON publication_log
        FOR EACH ROW EXECUTE FUNCTION loa_publication_log_append_only()`);
    } else {
      await q.query(
        `CREATE TRIGGER publication_log_no_update BEFORE UPDATE ON publication_log BEGIN SELECT RAISE(ABORT, 'publication_log is append-only'); END`,
      );
      await q.query(
        `CREATE TRIGGER publication_log_no_delete BEFORE DELETE ON publication_log BEGIN SELECT RAISE(ABORT, 'publication_log is append-only'); END`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('publication_log');
    if (q.connection.driver.options.type === 'postgres') await q.query('DROP FUNCTION IF EXISTS loa_publication_log_append_only()');
    await q.dropTable('publications');
    await q.dropTable('channel_accounts');
  }
}
