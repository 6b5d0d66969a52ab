import { type MigrationInterface, type QueryRunner, TableForeignKey } from 'typeorm';

const FK = 'FK_slots_item';

/**
 * A slot's `itemId` names a content item that exists (issue 12 item 4), on both databases.
 * An id that names no item (none should exist; older versions had no constraint) is cleared
 * first, with its placement, so the constraint can be added; a placed item cannot then be
 * deleted while it holds a slot.
 */
export class SlotItemForeignKey1764160000001 implements MigrationInterface {
  name = 'SlotItemForeignKey1764160000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE "slots" SET "itemId" = NULL, "placement" = NULL WHERE "itemId" IS NOT NULL AND "itemId" NOT IN (SELECT "id" FROM "content_items")`,
    );
    await q.createForeignKey(
      'slots',
      new TableForeignKey({ name: FK, columnNames: ['itemId'], referencedTableName: 'content_items', referencedColumnNames: ['id'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropForeignKey('slots', FK);
  }
}
