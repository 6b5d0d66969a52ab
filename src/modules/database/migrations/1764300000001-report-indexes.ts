import { type MigrationInterface, type QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * For fulfilment reports and the province roll-up: each proof keeps the plan task its item
 * served when it was published (so a report reads proofs without joining items, and a later
 * change of the item does not move a past publication), and covering indexes let a quarter of a
 * province be counted from the indexes alone: slots by (unit, day, plan, task, channel), proofs
 * by (unit, instant, plan, task, channel, item) and by (item, channel, instant) for "first
 * published on this channel".
 */
export class ReportIndexes1764300000001 implements MigrationInterface {
  name = 'ReportIndexes1764300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('publication_proofs', new TableColumn({ name: 'planId', type: 'varchar', length: '36', isNullable: true }));
    await q.addColumn('publication_proofs', new TableColumn({ name: 'taskId', type: 'varchar', length: '64', isNullable: true }));
    await q.query(
      `UPDATE "publication_proofs" SET "planId" = (SELECT i."planId" FROM "content_items" i WHERE i."id" = "publication_proofs"."itemId"), "taskId" = (SELECT i."taskId" FROM "content_items" i WHERE i."id" = "publication_proofs"."itemId")`,
    );
    await q.createIndex(
      'slots',
      new TableIndex({ name: 'IDX_slots_report', columnNames: ['unitId', 'date', 'planId', 'taskId', 'channel'] }),
    );
    await q.createIndex(
      'publication_proofs',
      new TableIndex({ name: 'IDX_proofs_report', columnNames: ['unitId', 'publishedAt', 'planId', 'taskId', 'channel', 'itemId'] }),
    );
    await q.createIndex(
      'publication_proofs',
      new TableIndex({ name: 'IDX_proofs_first', columnNames: ['itemId', 'channel', 'publishedAt'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('publication_proofs', 'IDX_proofs_first');
    await q.dropIndex('publication_proofs', 'IDX_proofs_report');
    await q.dropIndex('slots', 'IDX_slots_report');
    await q.dropColumn('publication_proofs', 'taskId');
    await q.dropColumn('publication_proofs', 'planId');
  }
}
