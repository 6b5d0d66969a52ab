import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * Secret-token Atom feeds of a unit's published web-portal items (issue 13, adapter web-portal:
 * portals that pull). Only the token's SHA-256 is stored; asking for a new URL revokes the old one.
 */
export class AtomFeeds1764270000001 implements MigrationInterface {
  name = 'AtomFeeds1764270000001';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'atom_feeds',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'unitId', type: 'varchar', length: '36' },
          { name: 'tokenHash', type: 'varchar', length: '64', isUnique: true },
          { name: 'createdBy', type: 'varchar', length: '36', isNullable: true },
          { name: 'createdAt', type: 'varchar', length: '24' },
          { name: 'revokedAt', type: 'varchar', length: '24', isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['unitId'], referencedTableName: 'units', referencedColumnNames: ['id'] }],
        indices: [{ name: 'IDX_atom_feeds_unit', columnNames: ['unitId'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('atom_feeds');
  }
}
