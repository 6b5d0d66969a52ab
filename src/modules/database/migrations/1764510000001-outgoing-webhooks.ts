import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * Signed outgoing webhooks on publish (issue 13): the endpoints a unit's admin registers (the
 * secrets are sealed in `secrets`, never here), one durable delivery row per (endpoint, event),
 * and an append-only row per delivery attempt. Instants are ISO strings, as in the outbox.
 */
export class OutgoingWebhooks1764510000001 implements MigrationInterface {
  name = 'OutgoingWebhooks1764510000001';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'webhook_endpoints',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'unitId', type: 'varchar', length: '36' },
          { name: 'url', type: 'varchar', length: '2000' },
          { name: 'description', type: 'varchar', length: '200', isNullable: true },
          { name: 'secretRotatedAt', type: 'varchar', length: '24' },
          { name: 'createdAt', type: 'varchar', length: '24' },
          { name: 'deletedAt', type: 'varchar', length: '24', isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['unitId'], referencedTableName: 'units', referencedColumnNames: ['id'] }],
        indices: [{ name: 'IDX_webhook_endpoints_unit', columnNames: ['unitId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'webhook_deliveries',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'endpointId', type: 'varchar', length: '36' },
          { name: 'unitId', type: 'varchar', length: '36' },
          { name: 'eventId', type: 'varchar', length: '36' },
          { name: 'eventType', type: 'varchar', length: '40' },
          { name: 'publicationId', type: 'varchar', length: '36' },
          { name: 'payload', type: 'text' },
          { name: 'state', type: 'varchar', length: '16' },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'nextAttemptAt', type: 'varchar', length: '24', isNullable: true },
          { name: 'leaseOwner', type: 'varchar', length: '64', isNullable: true },
          { name: 'leaseUntil', type: 'varchar', length: '24', isNullable: true },
          { name: 'lastStatus', type: 'integer', isNullable: true },
          { name: 'lastError', type: 'text', isNullable: true },
          { name: 'createdAt', type: 'varchar', length: '24' },
          { name: 'deliveredAt', type: 'varchar', length: '24', isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['endpointId'], referencedTableName: 'webhook_endpoints', referencedColumnNames: ['id'] }],
        uniques: [{ name: 'UQ_webhook_deliveries_event', columnNames: ['endpointId', 'eventId'] }],
        indices: [
          { name: 'IDX_webhook_deliveries_due', columnNames: ['state', 'nextAttemptAt'] },
          { name: 'IDX_webhook_deliveries_endpoint', columnNames: ['endpointId', 'createdAt'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'webhook_attempts',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'deliveryId', type: 'varchar', length: '36' },
          { name: 'attempt', type: 'integer' },
          { name: 'at', type: 'varchar', length: '24' },
          { name: 'status', type: 'integer', isNullable: true },
          { name: 'error', type: 'text', isNullable: true },
          { name: 'durationMs', type: 'integer' },
        ],
        foreignKeys: [{ columnNames: ['deliveryId'], referencedTableName: 'webhook_deliveries', referencedColumnNames: ['id'] }],
        indices: [{ name: 'IDX_webhook_attempts_delivery', columnNames: ['deliveryId', 'attempt'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('webhook_attempts');
    await q.dropTable('webhook_deliveries');
    await q.dropTable('webhook_endpoints');
  }
}
