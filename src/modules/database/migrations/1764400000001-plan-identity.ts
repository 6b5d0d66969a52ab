import { type MigrationInterface, type QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { planIdentityKey } from '../../../domain/plan/plan-identity.js';

/**
 * A plan's identity within its unit (number, issuer and year; or the file when it has no
 * number), so that the same plan is never imported twice and never active twice: a unique
 * index over (unitId, identityKey) among active plans holds on both databases even when two
 * activations race.
 *
 * Existing rows get their key; if two active plans of a unit already share one, the later
 * keeps no key (it stays active, nothing is lost) and the next import or activation names it.
 */
export class PlanIdentity1764400000001 implements MigrationInterface {
  name = 'PlanIdentity1764400000001';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('plans', new TableColumn({ name: 'identityKey', type: 'varchar', length: '400', isNullable: true }));
    const rows = (await q.query(
      'SELECT "id", "unitId", "status", "document", "sourceSha256", "createdAt" FROM "plans" ORDER BY "createdAt"',
    )) as Array<{
      id: string;
      unitId: string;
      status: string;
      document: unknown;
      sourceSha256: string;
    }>;
    const activeKeys = new Set<string>();
    for (const row of rows) {
      const doc = (typeof row.document === 'string' ? JSON.parse(row.document) : row.document) as {
        number?: string | null;
        issuer?: string | null;
        year?: number | null;
      };
      const key = planIdentityKey({ number: doc.number ?? null, issuer: doc.issuer ?? null, year: doc.year ?? null }, row.sourceSha256);
      if (row.status === 'active') {
        if (activeKeys.has(`${row.unitId} ${key}`)) continue;
        activeKeys.add(`${row.unitId} ${key}`);
      }
      await q.query(
        `UPDATE "plans" SET "identityKey" = ${q.connection.driver.options.type === 'postgres' ? '$1' : '?'} WHERE "id" = ${q.connection.driver.options.type === 'postgres' ? '$2' : '?'}`,
        [key, row.id],
      );
    }
    await q.createIndex('plans', new TableIndex({ name: 'IDX_plans_unit_identity', columnNames: ['unitId', 'identityKey'] }));
    await q.createIndex(
      'plans',
      new TableIndex({
        name: 'UQ_plans_active_identity',
        columnNames: ['unitId', 'identityKey'],
        isUnique: true,
        where: `"status" = 'active'`,
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('plans', 'UQ_plans_active_identity');
    await q.dropIndex('plans', 'IDX_plans_unit_identity');
    await q.dropColumn('plans', 'identityKey');
  }
}
