/**
 * npm run bench -- rollup [--units N] [--iterations N] [--share 0.7] [--sqlite-only | --postgres-only] [--keep]
 *
 * A province of 3,321 communes with a national year of slots (≈ 1 million, the calendar
 * benchmark's workload for 2024) and, for every slot of a past day in the first quarter, an
 * approved item with a proof of publication on a realistic share of them (70% by default, a
 * few a day late). Then the first quarter's report of the province (ReportsService.report:
 * its own rows, the subtree, the roll-up of every commune with its completion and score) is
 * made repeatedly on SQLite and on PostgreSQL, with "today" = 20/3/2024. Set-up is bare
 * multi-row INSERTs and is not measured; neither is the first report, which counts the roll-up's
 * summary (fulfilment_tallies) for every unit the inserts marked. Last line:
 * {"slots","proofs","postgres":{"p50Ms","p99Ms","cpuP50Ms"},"sqlite":{"p50Ms","p99Ms","cpuP50Ms"}}
 * (cpuP50Ms: this process's CPU per report, which on SQLite is all the work).
 * Targets: p99 ≤ 250 ms on PostgreSQL, ≤ 500 ms on SQLite.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { AppConfig, DatabaseConfig } from '../config/env.schema.js';
import { loadHolidayOverrides } from '../config/holidays/holiday-overrides.loader.js';
import { loadScheduleDefaults } from '../config/channels/schedule-defaults.loader.js';
import { loadParCriterion } from '../config/par-index/par-criterion.loader.js';
import { WorkingDayCalendar } from '../src/domain/calendar/working-days.js';
import { systemActor } from '../src/modules/access/principal.js';
import { Clock } from '../src/modules/common/clock.js';
import { dataSourceOptions } from '../src/modules/database/data-source.options.js';
import { migrate } from '../src/modules/database/migrate.js';
import { ReferenceData } from '../src/modules/reference/reference-data.js';
import { FulfilmentRepository } from '../src/modules/reports/fulfilment.repository.js';
import { FulfilmentTalliesRepository } from '../src/modules/reports/fulfilment-tallies.repository.js';
import { ReportsService } from '../src/modules/reports/reports.service.js';
import { UnitsRepository } from '../src/modules/units/units.repository.js';
import { byUnit, type UnitPlan } from './calendar-persistence.js';
import { expandWorkload, nationalWorkload, NATIONAL_UNIT_COUNT } from './calendar-workload.js';
import { SLOT_COLUMNS } from '../src/modules/calendar/slots.repository.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}

const YEAR = 2024;
const units = arg('units', NATIONAL_UNIT_COUNT);
const iterations = arg('iterations', 100);
const share = arg('share', 0.7);
const TODAY = '2024-03-20';

class FixedClock extends Clock {
  now(): Date {
    return new Date(`${TODAY}T02:00:00.000Z`);
  }
}

/** A deterministic pseudo-random sequence, so both databases get the same proofs. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const ITEM_COLUMNS = [
  'id',
  'unitId',
  'planId',
  'taskId',
  'channels',
  'title',
  'summary',
  'body',
  'topic',
  'tags',
  'audience',
  'author',
  'createdBy',
  'status',
  'attachments',
  'version',
  'createdAt',
  'updatedAt',
];
const PROOF_COLUMNS = [
  'id',
  'unitId',
  'itemId',
  'planId',
  'taskId',
  'channel',
  'slotId',
  'publicationId',
  'source',
  'publishedAt',
  'url',
  'remoteId',
  'note',
  'evidence',
  'createdBy',
  'createdAt',
];

interface Rows {
  units: unknown[][];
  plans: unknown[][];
  slots: unknown[][];
  items: unknown[][];
  proofs: unknown[][];
}

function buildRows(plans: UnitPlan[], provinceId: string): Rows {
  const now = new Date().toISOString();
  const rnd = lcg(2024);
  const rows: Rows = { units: [], plans: [], slots: [], items: [], proofs: [] };
  rows.units.push([provinceId, null, 'bench-p', 'UBND tỉnh Thử Nghiệm', 'province', `/${provinceId}/`, 0, '{}', now, now]);
  plans.forEach((p, i) => {
    rows.units.push([p.unitId, provinceId, `bench-${i}`, `UBND xã ${i}`, 'commune', `/${provinceId}/${p.unitId}/`, 1, '{}', now, now]);
    rows.plans.push([
      p.planId,
      p.unitId,
      'active',
      1,
      YEAR,
      '{"tasks":[],"reporting":{"periods":[],"deadline":null,"evidence":[]}}',
      'text',
      '',
      '',
      now,
      now,
      1,
    ]);
    for (const s of p.expansion.slots) {
      const slotId = randomUUID();
      let itemId: string | null = null;
      // Every slot of a past day in the quarter holds an item; most were published, some late.
      if (s.date < TODAY && rnd() < 0.9) {
        itemId = randomUUID();
        const proved = rnd() < share / 0.9;
        rows.items.push([
          itemId,
          p.unitId,
          p.planId,
          s.taskId,
          JSON.stringify([s.channel]),
          `Tin ${s.id}`,
          '',
          '',
          null,
          '[]',
          null,
          null,
          null,
          proved ? 'published' : 'scheduled',
          '[]',
          3,
          now,
          now,
        ]);
        if (proved) {
          const lateDays = rnd() < 0.1 ? 1 + Math.floor(rnd() * 3) : 0;
          const at = new Date(Date.parse(`${s.date}T${s.time}:00+07:00`) + lateDays * 86_400_000).toISOString();
          rows.proofs.push([
            randomUUID(),
            p.unitId,
            itemId,
            p.planId,
            s.taskId,
            s.channel,
            slotId,
            null,
            'dispatch',
            at,
            `https://xa${p.unitId.slice(0, 6)}.example.gov.vn/${s.id}`,
            null,
            null,
            null,
            null,
            now,
          ]);
        }
      }
      rows.slots.push([
        slotId,
        p.planId,
        p.unitId,
        s.id,
        s.taskId,
        s.channel,
        s.period,
        s.index,
        s.date,
        s.time,
        s.due,
        s.durationMin ?? null,
        s.durationMax ?? null,
        s.movedFrom ?? null,
        itemId,
        itemId ? 'queue' : null,
        now,
      ]);
    }
  });
  return rows;
}

const UNIT_COLUMNS = ['id', 'parentId', 'code', 'name', 'level', 'path', 'depth', 'settings', 'createdAt', 'updatedAt'];
const PLAN_COLUMNS = [
  'id',
  'unitId',
  'status',
  'version',
  'year',
  'document',
  'sourceFormat',
  'sourceSha256',
  'sourceText',
  'createdAt',
  'updatedAt',
  'rowVersion',
];

async function load(db: DatabaseConfig, rows: Rows): Promise<void> {
  const tables: [string, readonly string[], unknown[][]][] = [
    ['units', UNIT_COLUMNS, rows.units],
    ['plans', PLAN_COLUMNS, rows.plans],
    ['content_items', ITEM_COLUMNS, rows.items],
    ['slots', SLOT_COLUMNS, rows.slots],
    ['publication_proofs', PROOF_COLUMNS, rows.proofs],
  ];
  if (db.kind === 'sqlite') {
    const conn = new Database(db.path);
    conn.pragma('journal_mode = WAL');
    conn.pragma('synchronous = NORMAL');
    for (const [table, cols, data] of tables) {
      const chunk = Math.floor(30_000 / cols.length);
      const tuple = `(${cols.map(() => '?').join(', ')})`;
      conn.transaction(() => {
        for (let i = 0; i < data.length; i += chunk) {
          const part = data.slice(i, i + chunk);
          conn
            .prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES ${Array(part.length).fill(tuple).join(', ')}`)
            .run(part.flat());
        }
      })();
    }
    conn.exec('ANALYZE');
    conn.close();
    return;
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  for (const [table, cols, data] of tables) {
    const chunk = Math.floor(30_000 / cols.length);
    await client.query('BEGIN');
    for (let i = 0; i < data.length; i += chunk) {
      const part = data.slice(i, i + chunk);
      let n = 0;
      await client.query(
        `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES ${part.map(() => `(${cols.map(() => `$${++n}`).join(', ')})`).join(', ')}`,
        part.flat(),
      );
    }
    await client.query('COMMIT');
  }
  await client.query('VACUUM ANALYZE');
  await client.end();
}

async function measure(
  db: DatabaseConfig,
  rows: Rows,
  provinceId: string,
  reference: ReferenceData,
): Promise<{ p50Ms: number; p99Ms: number; cpuP50Ms: number; units: number; behind: number; completion: number | null }> {
  await migrate(db);
  const t0 = performance.now();
  await load(db, rows);
  console.log(`  ${db.kind}: loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const ds = new DataSource(dataSourceOptions(db));
  await ds.initialize();
  try {
    const clock = new FixedClock();
    const config = { unitCacheSeconds: 5 } as AppConfig;
    const service = new ReportsService(
      new FulfilmentRepository(ds),
      new FulfilmentTalliesRepository(ds),
      new UnitsRepository(ds, clock, config),
      reference,
      clock,
      loadParCriterion(),
    );
    // The first report recounts every unit into the summary (the migration marks them all); then the
    // database is put at rest, as a production one is between bulk changes: vacuumed, analysed and
    // checkpointed, so that autovacuum or a checkpoint of the load does not land inside the measurement.
    let last = await service.report(systemActor, provinceId, '2024-Q1');
    if (db.kind === 'postgres') {
      await ds.query('VACUUM ANALYZE');
      await ds.query('CHECKPOINT');
    }
    for (let i = 0; i < 3; i++) last = await service.report(systemActor, provinceId, '2024-Q1');
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const start = performance.now();
      const c0 = process.cpuUsage();
      last = await service.report(systemActor, provinceId, '2024-Q1');
      times.push(performance.now() - start);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const q = (p: number, xs = times) => Number(xs[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)]!.toFixed(1));
    const planned = last.rollup!.units.reduce((s, u) => s + u.planned, 0);
    const published = last.rollup!.units.reduce((s, u) => s + u.published, 0);
    console.log(
      `  ${db.kind}: ${last.rollup!.units.length} units, ${planned} planned, ${published} published in Q1, ${last.rollup!.behind.length} behind; p50 ${q(0.5)} ms, p99 ${q(0.99)} ms over ${iterations} reports (this process's CPU per report: p50 ${q(0.5, cpu)} ms, the server's not included)`,
    );
    return {
      p50Ms: q(0.5),
      p99Ms: q(0.99),
      cpuP50Ms: q(0.5, cpu),
      units: last.rollup!.units.length,
      behind: last.rollup!.behind.length,
      completion: planned ? published / planned : null,
    };
  } finally {
    await ds.destroy();
  }
}

const overrides = loadHolidayOverrides();
const expansion = expandWorkload(nationalWorkload(YEAR, units), {
  year: YEAR,
  calendar: new WorkingDayCalendar(overrides),
  schedules: loadScheduleDefaults(),
});
const plans = byUnit(expansion);
const provinceId = randomUUID();
const rows = buildRows(plans, provinceId);
console.log(
  `rollup: ${plans.length} communes, ${rows.slots.length} slots in ${YEAR}, ${rows.items.length} items, ${rows.proofs.length} proofs (share ${share})`,
);
const reference = ReferenceData.load({});

const dir = mkdtempSync(join(tmpdir(), 'loa-bench-rollup-'));
// --postgres-only / --sqlite-only: one database per process, so the two can run side by side.
const sqlite = process.argv.includes('--postgres-only')
  ? null
  : await measure({ kind: 'sqlite', path: join(dir, 'rollup.sqlite') }, rows, provinceId, reference);
if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
else console.log(`  kept ${dir}`);

const admin = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `loa_bench_rollup_${process.pid}`;
let postgres: Awaited<ReturnType<typeof measure>> | null = null;
try {
  if (process.argv.includes('--sqlite-only')) throw new Error('--sqlite-only');
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  postgres = await measure({ kind: 'postgres', url: url.toString(), poolSize: 5 }, rows, provinceId, reference);
} catch (e) {
  console.log(`  postgres: not measured (${(e as Error).message})`);
} finally {
  try {
    if (process.argv.includes('--keep')) throw new Error(`kept ${name}`);
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  } catch (e) {
    /* PostgreSQL did not answer, or --keep */
    if (process.argv.includes('--keep')) console.log(`  ${(e as Error).message}`);
  }
}
console.log(
  JSON.stringify({
    slots: rows.slots.length,
    proofs: rows.proofs.length,
    postgres: postgres ? { p50Ms: postgres.p50Ms, p99Ms: postgres.p99Ms, cpuP50Ms: postgres.cpuP50Ms } : null,
    sqlite: sqlite ? { p50Ms: sqlite.p50Ms, p99Ms: sqlite.p99Ms, cpuP50Ms: sqlite.cpuP50Ms } : null,
  }),
);
