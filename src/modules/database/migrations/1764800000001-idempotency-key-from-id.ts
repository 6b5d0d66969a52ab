import { type MigrationInterface, type QueryRunner, TableCheck, TableUnique } from 'typeorm';

const CHECK = new TableCheck({ name: 'CHK_publications_idempotency_key', expression: `"idempotencyKey" = 'loa-' || "id"` });

/**
 * A publication's idempotency key is `loa-` and its id (publish-outbox.service.ts), so it is unique
 * because the id is: its own unique index only added two entries per delivery (the claim and the
 * settlement each write a new row version, and every index gets an entry for it) and was never read
 * (nothing looks a publication up by its key; a channel is asked by the key, not the database). The
 * index goes; a CHECK keeps the rule that makes it redundant, so a key that is not the id's is refused.
 */
export class IdempotencyKeyFromId1764800000001 implements MigrationInterface {
  name = 'IdempotencyKeyFromId1764800000001';

  async up(q: QueryRunner): Promise<void> {
    const table = await q.getTable('publications');
    const onKey = (columns: string[]) => columns.length === 1 && columns[0] === 'idempotencyKey';
    const unique = table?.uniques.find((u) => onKey(u.columnNames));
    if (unique) await q.dropUniqueConstraint('publications', unique);
    const index = table?.indices.find((i) => i.isUnique && onKey(i.columnNames));
    if (index) await q.dropIndex('publications', index);
    if (!unique && !index) throw new Error('no unique constraint on publications("idempotencyKey")');
    await q.createCheckConstraint('publications', CHECK);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropCheckConstraint('publications', CHECK.name!);
    await q.createUniqueConstraint('publications', new TableUnique({ columnNames: ['idempotencyKey'] }));
  }
}
