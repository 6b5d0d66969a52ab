import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * Proof that an item appeared on a channel: written by dispatch when a channel confirms, or by
 * a person recording a publication made outside Loa. Append-only: never updated or deleted.
 * Fulfilment counts a slot as published only with a proof.
 */
export class PublicationProofs1764000000000 implements MigrationInterface {
  name = 'PublicationProofs1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'publication_proofs',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'unitId', type: 'varchar', length: '36' },
          { name: 'itemId', type: 'varchar', length: '36' },
          { name: 'channel', type: 'varchar', length: '32' },
          { name: 'slotId', type: 'varchar', length: '36', isNullable: true },
          { name: 'publicationId', type: 'varchar', length: '36', isNullable: true },
          { name: 'source', type: 'varchar', length: '16' },
          { name: 'publishedAt', type: 'varchar', length: '24' },
          { name: 'url', type: 'varchar', length: '2048', isNullable: true },
          { name: 'remoteId', type: 'varchar', length: '200', isNullable: true },
          { name: 'note', type: 'text', isNullable: true },
          { name: 'evidence', type: 'text', isNullable: true },
          { name: 'createdBy', type: 'varchar', length: '36', isNullable: true },
          { name: 'createdAt', type: 'varchar', length: '24' },
        ],
        foreignKeys: [
          { columnNames: ['unitId'], referencedTableName: 'units', referencedColumnNames: ['id'] },
          { columnNames: ['itemId'], referencedTableName: 'content_items', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['unitId', 'publishedAt'] }, { columnNames: ['itemId', 'channel'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('publication_proofs');
  }
}
