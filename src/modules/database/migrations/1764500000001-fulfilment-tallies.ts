import type { MigrationInterface, QueryRunner } from 'typeorm';

const BUCKETS = 24;
const cols = (prefix: string) => Array.from({ length: BUCKETS }, (_, i) => `"${prefix}${i}" integer NOT NULL DEFAULT 0`).join(', ');

/** Slot columns that change what a unit's roll-up counts (placing or unplacing an item does not). */
const SLOT_COLUMNS = ['unitId', 'planId', 'taskId', 'channel', 'date'];
const PROOF_COLUMNS = ['unitId', 'itemId', 'planId', 'taskId', 'channel', 'publishedAt'];

/**
 * The roll-up's summary: per (unit, tally year, plan, task, channel) the number of slots of active
 * plans and of first publications in each half-month of the tally year (`src/domain/reports/tally-buckets.ts`),
 * so a province's quarter reads one row per unit, plan, task and channel instead of its slots and
 * proofs. Triggers on `slots`, `publication_proofs` and a plan's status mark the units whose facts changed in
 * `fulfilment_dirty` (a version bumped on every change); the roll-up recounts those units before
 * it reads (FulfilmentTalliesRepository.refresh). The backfill marks every unit dirty, so the
 * first roll-up (or `loa reports:rebuild`) counts everything.
 */
export class FulfilmentTallies1764500000001 implements MigrationInterface {
  name = 'FulfilmentTallies1764500000001';

  async up(q: QueryRunner): Promise<void> {
    const pg = q.connection.driver.options.type === 'postgres';
    await q.query(
      `CREATE TABLE "fulfilment_tallies" ("unitId" varchar(36) NOT NULL, "year" integer NOT NULL, "planId" varchar(36) NOT NULL, "taskId" varchar(64) NOT NULL, "channel" varchar(32) NOT NULL, ${cols('pl')}, ${cols('pu')}, PRIMARY KEY ("unitId", "year", "planId", "taskId", "channel"))${pg ? '' : ' WITHOUT ROWID'}`,
    );
    await q.query(`CREATE TABLE "fulfilment_dirty" ("unitId" varchar(36) NOT NULL PRIMARY KEY, "version" integer NOT NULL)`);
    const upsert = (value: string) =>
      `INSERT INTO "fulfilment_dirty" ("unitId", "version") ${value} ON CONFLICT ("unitId") DO UPDATE SET "version" = "fulfilment_dirty"."version" + 1`;
    if (pg) {
      await q.query(
        `CREATE FUNCTION loa_fulfilment_mark_new() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${upsert('SELECT DISTINCT "unitId", 1 FROM new_rows ORDER BY 1')}; RETURN NULL; END $$`,
      );
      await q.query(
        `CREATE FUNCTION loa_fulfilment_mark_old() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${upsert('SELECT DISTINCT "unitId", 1 FROM old_rows ORDER BY 1')}; RETURN NULL; END $$`,
      );
      await q.query(
        `CREATE FUNCTION loa_fulfilment_mark_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${upsert('SELECT DISTINCT u, 1 FROM (VALUES (OLD."unitId"), (NEW."unitId")) AS v(u) ORDER BY 1')}; RETURN NULL; END $$`,
      );
      for (const [table, columns] of [
        ['slots', SLOT_COLUMNS],
        ['publication_proofs', PROOF_COLUMNS],
      ] as const) {
        await q.query(
          `CREATE TRIGGER "TR_${table}_tally_insert" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION loa_fulfilment_mark_new()`,
        );
        await q.query(
          `CREATE TRIGGER "TR_${table}_tally_delete" AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION loa_fulfilment_mark_old()`,
        );
        const changed = columns.map((c) => `OLD."${c}" IS DISTINCT FROM NEW."${c}"`).join(' OR ');
        await q.query(
          `CREATE TRIGGER "TR_${table}_tally_update" AFTER UPDATE OF ${columns.map((c) => `"${c}"`).join(', ')} ON "${table}" FOR EACH ROW WHEN (${changed}) EXECUTE FUNCTION loa_fulfilment_mark_row()`,
        );
      }
      await q.query(
        `CREATE TRIGGER "TR_plans_tally_status" AFTER UPDATE OF "status" ON "plans" FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status") EXECUTE FUNCTION loa_fulfilment_mark_row()`,
      );
    } else {
      await q.query(
        `CREATE TRIGGER "TR_plans_tally_status" AFTER UPDATE OF "status" ON "plans" WHEN OLD."status" IS NOT NEW."status" BEGIN ${upsert('VALUES (NEW."unitId", 1)')}; END`,
      );
      for (const [table, columns] of [
        ['slots', SLOT_COLUMNS],
        ['publication_proofs', PROOF_COLUMNS],
      ] as const) {
        await q.query(
          `CREATE TRIGGER "TR_${table}_tally_insert" AFTER INSERT ON "${table}" BEGIN ${upsert('VALUES (NEW."unitId", 1)')}; END`,
        );
        await q.query(
          `CREATE TRIGGER "TR_${table}_tally_delete" AFTER DELETE ON "${table}" BEGIN ${upsert('VALUES (OLD."unitId", 1)')}; END`,
        );
        const changed = columns.map((c) => `OLD."${c}" IS NOT NEW."${c}"`).join(' OR ');
        await q.query(
          `CREATE TRIGGER "TR_${table}_tally_update" AFTER UPDATE OF ${columns.map((c) => `"${c}"`).join(', ')} ON "${table}" WHEN ${changed} BEGIN ${upsert('VALUES (OLD."unitId", 1)')}; ${upsert('VALUES (NEW."unitId", 1)')}; END`,
        );
      }
    }
    // Backfill: every unit is counted by the first roll-up that covers it (or by `loa reports:rebuild`).
    await q.query(`INSERT INTO "fulfilment_dirty" ("unitId", "version") SELECT "id", 1 FROM "units"`);
  }

  async down(q: QueryRunner): Promise<void> {
    const pg = q.connection.driver.options.type === 'postgres';
    for (const table of ['slots', 'publication_proofs'])
      for (const event of ['insert', 'delete', 'update'])
        await q.query(`DROP TRIGGER IF EXISTS "TR_${table}_tally_${event}"${pg ? ` ON "${table}"` : ''}`);
    await q.query(`DROP TRIGGER IF EXISTS "TR_plans_tally_status"${pg ? ' ON "plans"' : ''}`);
    if (pg) for (const f of ['new', 'old', 'row']) await q.query(`DROP FUNCTION IF EXISTS loa_fulfilment_mark_${f}()`);
    await q.query(`DROP TABLE "fulfilment_dirty"`);
    await q.query(`DROP TABLE "fulfilment_tallies"`);
  }
}
