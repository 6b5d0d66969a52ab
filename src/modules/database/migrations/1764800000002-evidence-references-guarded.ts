import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Rows of the evidence tables and what each refers to: the referenced row may not be deleted while one refers to it. */
const REFERENCES = [
  { table: 'publication_log', column: 'publicationId', referenced: 'publications' },
  { table: 'publication_proofs', column: 'unitId', referenced: 'units' },
  { table: 'publication_proofs', column: 'itemId', referenced: 'content_items' },
] as const;

const guardName = (r: (typeof REFERENCES)[number]) => `loa_guard_${r.referenced}_${r.table}`;

/**
 * The log and the proofs are written for every delivery (issue 13). On PostgreSQL each of their
 * foreign keys ran a query per inserted row that also locked the referenced row FOR KEY SHARE,
 * which writes that row's header and a WAL record: measured on 1,000 rows, 6.5 of the log's 14 ms
 * and 11.6 of the proofs' 24 ms. What they guarded is kept another way. Every value comes from a
 * row whose own foreign keys were checked when it was written (the claimed publication's unit and
 * item; an item loaded before a manual proof), and neither a publication nor an item nor a unit is
 * ever deleted by Loa; a trigger on each referenced table now refuses deleting, or changing the id
 * of, a row the evidence still names, which is the half of a foreign key that nothing else
 * enforces. SQLite keeps its foreign keys: there a check is an index probe in the process, with no
 * lock to write.
 */
export class EvidenceReferencesGuarded1764800000002 implements MigrationInterface {
  name = 'EvidenceReferencesGuarded1764800000002';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.driver.options.type !== 'postgres') return;
    for (const r of REFERENCES) {
      const table = await q.getTable(r.table);
      const fk = table?.foreignKeys.find((f) => f.columnNames.length === 1 && f.columnNames[0] === r.column);
      if (!fk) throw new Error(`no foreign key on ${r.table}("${r.column}")`);
      await q.dropForeignKey(r.table, fk);
      await q.query(`CREATE FUNCTION ${guardName(r)}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF EXISTS (SELECT 1 FROM "${r.table}" WHERE "${r.column}" = OLD."id") THEN
            RAISE EXCEPTION '% % is named by %', TG_TABLE_NAME, OLD."id", '${r.table}' USING ERRCODE = 'foreign_key_violation';
          END IF;
          RETURN OLD;
        END $$`);
      await q.query(
        `CREATE TRIGGER ${guardName(r)} BEFORE DELETE OR UPDATE OF "id" ON "${r.referenced}" FOR EACH ROW EXECUTE FUNCTION ${guardName(r)}()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.driver.options.type !== 'postgres') return;
    for (const r of REFERENCES) {
      await q.query(`DROP TRIGGER ${guardName(r)} ON "${r.referenced}"`);
      await q.query(`DROP FUNCTION ${guardName(r)}()`);
      await q.query(`ALTER TABLE "${r.table}" ADD FOREIGN KEY ("${r.column}") REFERENCES "${r.referenced}"("id")`);
    }
  }
}
