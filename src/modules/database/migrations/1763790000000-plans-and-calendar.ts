import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const instant = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '24', isNullable });
const ref = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '36', isNullable });

/** Plans with their versions, and the calendar: rules, slots, feeds. */
export class PlansAndCalendar1763790000000 implements MigrationInterface {
  name = 'PlansAndCalendar1763790000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'plans',
        columns: [
          id,
          ref('unitId'),
          ref('parentPlanId', true),
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'version', type: 'integer', default: 0 },
          { name: 'number', type: 'varchar', length: '64', isNullable: true },
          { name: 'issuedOn', type: 'varchar', length: '10', isNullable: true },
          { name: 'year', type: 'integer', isNullable: true },
          { name: 'document', type: 'text' },
          { name: 'sourceFormat', type: 'varchar', length: '16' },
          { name: 'sourceName', type: 'varchar', length: '255', isNullable: true },
          { name: 'sourceSha256', type: 'varchar', length: '64' },
          { name: 'sourceText', type: 'text' },
          ref('createdBy', true),
          instant('createdAt'),
          instant('updatedAt'),
          ref('activatedBy', true),
          instant('activatedAt', true),
          { name: 'rowVersion', type: 'integer' },
        ],
        foreignKeys: [
          { columnNames: ['unitId'], referencedTableName: 'units', referencedColumnNames: ['id'] },
          { columnNames: ['parentPlanId'], referencedTableName: 'plans', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['unitId'] }, { columnNames: ['parentPlanId'] }, { columnNames: ['number', 'issuedOn'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'plan_versions',
        columns: [
          id,
          ref('planId'),
          { name: 'version', type: 'integer' },
          { name: 'document', type: 'text' },
          { name: 'note', type: 'varchar', length: '200' },
          ref('changedBy', true),
          instant('changedAt'),
        ],
        foreignKeys: [{ columnNames: ['planId'], referencedTableName: 'plans', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ columnNames: ['planId', 'version'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'calendar_rules',
        columns: [
          id,
          ref('planId'),
          ref('unitId'),
          { name: 'taskId', type: 'varchar', length: '64' },
          { name: 'channel', type: 'varchar', length: '32' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'rrule', type: 'text', isNullable: true },
          { name: 'detail', type: 'text', isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['planId'], referencedTableName: 'plans', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ columnNames: ['planId', 'taskId', 'channel'], isUnique: true }, { columnNames: ['unitId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'slots',
        columns: [
          id,
          ref('planId'),
          ref('unitId'),
          { name: 'slotKey', type: 'varchar', length: '160' },
          { name: 'taskId', type: 'varchar', length: '64' },
          { name: 'channel', type: 'varchar', length: '32' },
          { name: 'period', type: 'varchar', length: '16' },
          { name: 'index', type: 'integer' },
          { name: 'date', type: 'varchar', length: '10' },
          { name: 'time', type: 'varchar', length: '5' },
          { name: 'due', type: 'varchar', length: '10' },
          { name: 'durationMin', type: 'integer', isNullable: true },
          { name: 'durationMax', type: 'integer', isNullable: true },
          { name: 'movedFrom', type: 'varchar', length: '10', isNullable: true },
          ref('itemId', true),
          instant('updatedAt'),
        ],
        foreignKeys: [{ columnNames: ['planId'], referencedTableName: 'plans', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ columnNames: ['planId', 'slotKey'], isUnique: true }, { columnNames: ['unitId', 'date'] }, { columnNames: ['itemId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'calendar_feeds',
        columns: [
          id,
          ref('unitId'),
          { name: 'channel', type: 'varchar', length: '32', isNullable: true },
          { name: 'tokenHash', type: 'varchar', length: '64' },
          ref('createdBy', true),
          instant('createdAt'),
          instant('revokedAt', true),
        ],
        foreignKeys: [{ columnNames: ['unitId'], referencedTableName: 'units', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['unitId'] }, { columnNames: ['tokenHash'], isUnique: true }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['calendar_feeds', 'slots', 'calendar_rules', 'plan_versions', 'plans']) await q.dropTable(t);
  }
}
