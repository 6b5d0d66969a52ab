import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

const CLAIMABLE = `"state" IN ('queued', 'retrying', 'unconfirmed')`;
const SENDING = `"state" = 'sending'`;

/**
 * Fewer index entries written per delivery (issue 13). A publication is updated twice on its way
 * out (claimed, then settled) and neither update can be a heap-only one, so every index it is in
 * gets a new entry each time. The claim's index and the sweeper's become partial: only
 * publications that can be claimed are in the first, ordered by (delivery, nextAttemptAt) so a
 * claim reads the due ones in order without sorting; only publications being sent are in the
 * second. A sent publication leaves both. The proofs' two plain indexes are prefixes of the
 * covering ones the reports added (IDX_proofs_report, IDX_proofs_first), so they go.
 */
export class LighterOutboxIndexes1764600000001 implements MigrationInterface {
  name = 'LighterOutboxIndexes1764600000001';

  /** The name of the index on exactly these columns (the unnamed ones carry TypeORM's generated name). */
  private async indexOn(q: QueryRunner, table: string, columns: string[]): Promise<string> {
    const t = await q.getTable(table);
    const found = t?.indices.find((i) => i.columnNames.length === columns.length && i.columnNames.every((c, k) => c === columns[k]));
    if (!found?.name) throw new Error(`no index on ${table}(${columns.join(', ')})`);
    return found.name;
  }

  async up(q: QueryRunner): Promise<void> {
    await q.dropIndex('publications', 'IDX_publications_due');
    await q.dropIndex('publications', 'IDX_publications_lease');
    await q.createIndex(
      'publications',
      new TableIndex({ name: 'IDX_publications_due', columnNames: ['delivery', 'nextAttemptAt'], where: CLAIMABLE }),
    );
    await q.createIndex('publications', new TableIndex({ name: 'IDX_publications_lease', columnNames: ['leaseUntil'], where: SENDING }));
    await q.dropIndex('publication_proofs', await this.indexOn(q, 'publication_proofs', ['unitId', 'publishedAt']));
    await q.dropIndex('publication_proofs', await this.indexOn(q, 'publication_proofs', ['itemId', 'channel']));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createIndex('publication_proofs', new TableIndex({ columnNames: ['itemId', 'channel'] }));
    await q.createIndex('publication_proofs', new TableIndex({ columnNames: ['unitId', 'publishedAt'] }));
    await q.dropIndex('publications', 'IDX_publications_lease');
    await q.dropIndex('publications', 'IDX_publications_due');
    await q.createIndex('publications', new TableIndex({ name: 'IDX_publications_lease', columnNames: ['state', 'leaseUntil'] }));
    await q.createIndex(
      'publications',
      new TableIndex({ name: 'IDX_publications_due', columnNames: ['delivery', 'state', 'nextAttemptAt'] }),
    );
  }
}
