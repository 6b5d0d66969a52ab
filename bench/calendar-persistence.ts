/**
 * Persistence figures for the calendar benchmark: a national year of slots written through
 * Loa's own path (one transaction per unit's plan: CalendarSyncService.store, rules and
 * slots), next to a bare multi-row INSERT of the same slot rows through the same driver.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CalendarExpansion } from '../src/domain/calendar/quota-expansion.js';
import { CalendarSyncService } from '../src/modules/calendar/calendar-sync.service.js';
import { SlotsRepository } from '../src/modules/calendar/slots.repository.js';
import { SystemClock } from '../src/modules/common/clock.js';
import { dataSourceOptions } from '../src/modules/database/data-source.options.js';
import { migrate } from '../src/modules/database/migrate.js';
import type { ReferenceData } from '../src/modules/reference/reference-data.js';
import type { DatabaseConfig } from '../config/env.schema.js';
import { SLOT_COLUMNS } from '../src/modules/calendar/slots.repository.js';

export interface PersistFigures {
  sec: number;
  rawSec: number;
  ratio: number;
  rows: number;
}

export interface UnitPlan {
  unitId: string;
  planId: string;
  expansion: CalendarExpansion;
}

/** Splits the national expansion into one plan per unit (task ids are `u0001.n`). */
export function byUnit(expansion: CalendarExpansion): UnitPlan[] {
  const units = new Map<string, UnitPlan>();
  const get = (taskId: string) => {
    const key = taskId.slice(0, taskId.indexOf('.'));
    let u = units.get(key);
    if (!u) {
      u = {
        unitId: randomUUID(),
        planId: randomUUID(),
        expansion: { year: expansion.year, rules: [], slots: [], obligations: [], notes: [] },
      };
      units.set(key, u);
    }
    return u;
  };
  for (const r of expansion.rules) get(r.taskId).expansion.rules.push(r);
  for (const s of expansion.slots) get(s.taskId).expansion.slots.push(s);
  for (const o of expansion.obligations) get(o.taskId).expansion.obligations.push(o);
  return [...units.values()];
}

/** `?` placeholders become `$n` on PostgreSQL. */
function dialect(ds: DataSource, sql: string): string {
  if (ds.driver.options.type !== 'postgres') return sql;
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function rowsOf(p: UnitPlan, now: string): unknown[][] {
  return p.expansion.slots.map((s) => [
    randomUUID(),
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
    null,
    null,
    now,
  ]);
}

async function bareInsert(db: DatabaseConfig, plans: UnitPlan[]): Promise<{ sec: number; rows: number }> {
  const now = new Date().toISOString();
  const CHUNK = 500;
  let rows = 0;
  const head = `INSERT INTO "slots" (${SLOT_COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES `;
  if (db.kind === 'sqlite') {
    const conn = new Database(db.path);
    conn.pragma('journal_mode = WAL');
    conn.pragma('synchronous = NORMAL');
    const tuple = `(${SLOT_COLUMNS.map(() => '?').join(', ')})`;
    const stmts = new Map<number, Database.Statement>();
    const start = performance.now();
    for (const p of plans) {
      const all = rowsOf(p, now);
      conn.transaction(() => {
        for (let i = 0; i < all.length; i += CHUNK) {
          const chunk = all.slice(i, i + CHUNK);
          let stmt = stmts.get(chunk.length);
          if (!stmt) {
            stmt = conn.prepare(head + Array(chunk.length).fill(tuple).join(', '));
            stmts.set(chunk.length, stmt);
          }
          stmt.run(chunk.flat());
          rows += chunk.length;
        }
      })();
    }
    const sec = (performance.now() - start) / 1000;
    conn.close();
    return { sec, rows };
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const start = performance.now();
  for (const p of plans) {
    const all = rowsOf(p, now);
    await client.query('BEGIN');
    for (let i = 0; i < all.length; i += CHUNK) {
      const chunk = all.slice(i, i + CHUNK);
      let n = 0;
      await client.query(head + chunk.map(() => `(${SLOT_COLUMNS.map(() => `$${++n}`).join(', ')})`).join(', '), chunk.flat());
      rows += chunk.length;
    }
    await client.query('COMMIT');
  }
  const sec = (performance.now() - start) / 1000;
  await client.end();
  return { sec, rows };
}

/** Bare INSERT first (then the table is emptied), then Loa's path into the same table and indexes. */
export async function persistFigures(db: DatabaseConfig, plans: UnitPlan[], reference: ReferenceData): Promise<PersistFigures> {
  await migrate(db);
  const ds = new DataSource(dataSourceOptions(db));
  await ds.initialize();
  try {
    await seedUnitsFor(ds, plans);
    const bare = await bareInsert(db, plans);
    await ds.query('DELETE FROM "slots"');
    if (db.kind === 'sqlite') await ds.query('VACUUM');
    const sync = new CalendarSyncService(reference, new SlotsRepository(ds), new SystemClock());
    const start = performance.now();
    for (const p of plans) await ds.transaction((m) => sync.store(m, { id: p.planId, unitId: p.unitId }, p.expansion));
    const sec = (performance.now() - start) / 1000;
    const stored = Number((await ds.query('SELECT COUNT(*) AS n FROM "slots"'))[0].n);
    if (stored !== bare.rows) throw new Error(`Loa stored ${stored} slots, the bare insert ${bare.rows}`);
    return { sec: round(sec), rawSec: round(bare.sec), ratio: round(bare.sec / sec), rows: bare.rows };
  } finally {
    await ds.destroy();
  }
}

/** Loa's path only (no bare INSERT to compare with): a database holding the whole workload, for benchmarks that read it. */
export async function storeAll(db: DatabaseConfig, plans: UnitPlan[], reference: ReferenceData): Promise<number> {
  await migrate(db);
  const ds = new DataSource(dataSourceOptions(db));
  await ds.initialize();
  try {
    await seedUnitsFor(ds, plans);
    const sync = new CalendarSyncService(reference, new SlotsRepository(ds), new SystemClock());
    for (const p of plans) await ds.transaction((m) => sync.store(m, { id: p.planId, unitId: p.unitId }, p.expansion));
    return Number((await ds.query('SELECT COUNT(*) AS n FROM "slots"'))[0].n);
  } finally {
    await ds.destroy();
  }
}

/** Units and their plans, written directly (set-up, not measured). */
async function seedUnitsFor(ds: DataSource, plans: UnitPlan[]): Promise<void> {
  const now = new Date().toISOString();
  await ds.transaction(async (m) => {
    for (let i = 0; i < plans.length; i += 200) {
      const chunk = plans.slice(i, i + 200);
      await m.query(
        dialect(
          ds,
          `INSERT INTO "units" ("id", "parentId", "code", "name", "level", "path", "depth", "settings", "createdAt", "updatedAt") VALUES ${chunk.map(() => '(?, NULL, NULL, ?, ?, ?, 0, ?, ?, ?)').join(', ')}`,
        ),
        chunk.flatMap((p, k) => [p.unitId, `Xã ${i + k}`, 'commune', `/${p.unitId}/`, '{}', now, now]),
      );
      await m.query(
        dialect(
          ds,
          `INSERT INTO "plans" ("id", "unitId", "status", "version", "year", "document", "sourceFormat", "sourceSha256", "sourceText", "createdAt", "updatedAt", "rowVersion") VALUES ${chunk.map(() => "(?, ?, 'active', 1, ?, '{\"tasks\":[]}', 'text', '', '', ?, ?, 1)").join(', ')}`,
        ),
        chunk.flatMap((p) => [p.planId, p.unitId, p.expansion.year, now, now]),
      );
    }
  });
}

const round = (x: number) => Number(x.toFixed(3));
