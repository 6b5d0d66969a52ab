import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const instant = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '24', isNullable });

/** Units, accounts, sessions, API keys, sealed secrets and the audit log. Written once for both databases. */
export class Foundation1763780000000 implements MigrationInterface {
  name = 'Foundation1763780000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'units',
        columns: [
          id,
          { name: 'parentId', type: 'varchar', length: '36', isNullable: true },
          { name: 'code', type: 'varchar', length: '64', isNullable: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'level', type: 'varchar', length: '32' },
          { name: 'path', type: 'varchar', length: '1024' },
          { name: 'depth', type: 'integer' },
          { name: 'settings', type: 'text', default: "'{}'" },
          instant('createdAt'),
          instant('updatedAt'),
        ],
        foreignKeys: [{ columnNames: ['parentId'], referencedTableName: 'units', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['parentId'] }, { columnNames: ['code'], isUnique: true }, { columnNames: ['path'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'users',
        columns: [
          id,
          { name: 'username', type: 'varchar', length: '100' },
          { name: 'displayName', type: 'varchar', length: '200' },
          { name: 'email', type: 'varchar', length: '200', isNullable: true },
          { name: 'passwordHash', type: 'varchar', length: '200' },
          { name: 'unitId', type: 'varchar', length: '36' },
          { name: 'active', type: 'boolean', default: true },
          instant('createdAt'),
          instant('updatedAt'),
        ],
        foreignKeys: [{ columnNames: ['unitId'], referencedTableName: 'units', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['username'], isUnique: true }, { columnNames: ['unitId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'role_grants',
        columns: [
          id,
          { name: 'userId', type: 'varchar', length: '36' },
          { name: 'unitId', type: 'varchar', length: '36', isNullable: true },
          { name: 'role', type: 'varchar', length: '32' },
          instant('createdAt'),
        ],
        foreignKeys: [
          { columnNames: ['userId'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['unitId'], referencedTableName: 'units', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['userId'] }, { columnNames: ['userId', 'unitId', 'role'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'sessions',
        columns: [
          id,
          { name: 'tokenHash', type: 'varchar', length: '64' },
          { name: 'csrfHash', type: 'varchar', length: '64' },
          { name: 'userId', type: 'varchar', length: '36' },
          instant('createdAt'),
          instant('expiresAt'),
        ],
        foreignKeys: [{ columnNames: ['userId'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ columnNames: ['tokenHash'], isUnique: true }, { columnNames: ['userId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'api_keys',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'unitId', type: 'varchar', length: '36' },
          { name: 'purpose', type: 'varchar', length: '32' },
          { name: 'keyHash', type: 'varchar', length: '64' },
          { name: 'prefix', type: 'varchar', length: '16' },
          { name: 'createdBy', type: 'varchar', length: '36', isNullable: true },
          instant('createdAt'),
          instant('revokedAt', true),
        ],
        foreignKeys: [{ columnNames: ['unitId'], referencedTableName: 'units', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['unitId'] }, { columnNames: ['keyHash'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          instant('at'),
          { name: 'actorUserId', type: 'varchar', length: '36', isNullable: true },
          { name: 'actorApiKeyId', type: 'varchar', length: '36', isNullable: true },
          { name: 'unitId', type: 'varchar', length: '36', isNullable: true },
          { name: 'action', type: 'varchar', length: '64' },
          { name: 'entity', type: 'varchar', length: '64' },
          { name: 'entityId', type: 'varchar', length: '64', isNullable: true },
          { name: 'changes', type: 'text', isNullable: true },
          { name: 'requestId', type: 'varchar', length: '64', isNullable: true },
        ],
        indices: [{ columnNames: ['at'] }, { columnNames: ['unitId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'secrets',
        columns: [
          id,
          { name: 'unitId', type: 'varchar', length: '36' },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'keyId', type: 'varchar', length: '32' },
          { name: 'sealed', type: 'text' },
          instant('createdAt'),
          instant('updatedAt'),
        ],
        foreignKeys: [{ columnNames: ['unitId'], referencedTableName: 'units', referencedColumnNames: ['id'] }],
      }),
    );
    await q.createIndex('secrets', new TableIndex({ columnNames: ['unitId', 'name'], isUnique: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['secrets', 'audit_log', 'api_keys', 'sessions', 'role_grants', 'users', 'units']) {
      await q.dropTable(t);
    }
  }
}
