import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const instant = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '24', isNullable });
const ref = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '36', isNullable });

/** Content items, their workflow history, notifications; who placed an item in a slot, one slot per item and channel. */
export class Content1763800000000 implements MigrationInterface {
  name = 'Content1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'content_items',
        columns: [
          id,
          ref('unitId'),
          ref('planId', true),
          { name: 'taskId', type: 'varchar', length: '64', isNullable: true },
          { name: 'channels', type: 'text' },
          { name: 'title', type: 'varchar', length: '300' },
          { name: 'summary', type: 'text', default: "''" },
          { name: 'body', type: 'text', default: "''" },
          { name: 'topic', type: 'varchar', length: '32', isNullable: true },
          { name: 'tags', type: 'text' },
          { name: 'audience', type: 'varchar', length: '100', isNullable: true },
          { name: 'author', type: 'varchar', length: '100', isNullable: true },
          ref('createdBy', true),
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'attachments', type: 'text' },
          { name: 'version', type: 'integer' },
          instant('createdAt'),
          instant('updatedAt'),
        ],
        foreignKeys: [
          { columnNames: ['unitId'], referencedTableName: 'units', referencedColumnNames: ['id'] },
          { columnNames: ['planId'], referencedTableName: 'plans', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['unitId'] }, { columnNames: ['planId', 'taskId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'item_transitions',
        columns: [
          id,
          ref('itemId'),
          { name: 'action', type: 'varchar', length: '16' },
          { name: 'fromStatus', type: 'varchar', length: '16' },
          { name: 'toStatus', type: 'varchar', length: '16' },
          ref('actorUserId', true),
          { name: 'comment', type: 'text', isNullable: true },
          instant('at'),
        ],
        foreignKeys: [
          { columnNames: ['itemId'], referencedTableName: 'content_items', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        indices: [{ columnNames: ['itemId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'notifications',
        columns: [
          id,
          ref('userId', true),
          ref('unitId'),
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'message', type: 'text' },
          { name: 'data', type: 'text', isNullable: true },
          instant('createdAt'),
          instant('readAt', true),
        ],
        indices: [{ columnNames: ['userId'] }, { columnNames: ['unitId'] }],
      }),
    );
    await q.addColumn('slots', new TableColumn({ name: 'placement', type: 'varchar', length: '8', isNullable: true }));
    // At most one slot per item and channel: NULLs (open slots) never collide, on both databases.
    await q.createIndex('slots', new TableIndex({ name: 'UQ_slots_item_channel', columnNames: ['itemId', 'channel'], isUnique: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('slots', 'UQ_slots_item_channel');
    await q.dropColumn('slots', 'placement');
    for (const t of ['notifications', 'item_transitions', 'content_items']) await q.dropTable(t);
  }
}
