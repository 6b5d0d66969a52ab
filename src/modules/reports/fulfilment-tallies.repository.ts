import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BUCKETS, type BucketRun, bucketOf, bucketRuns, dueSplit } from '../../domain/reports/tally-buckets.js';
import { vietnamDayOf } from '../../domain/reports/vietnam-instant.js';
import { rawQuery } from '../database/raw-sql.js';

const KEY = ['unitId', 'year', 'planId', 'taskId', 'channel'] as const;
const PLANNED = Array.from({ length: BUCKETS }, (_, i) => `pl${i}`);
const PUBLISHED = Array.from({ length: BUCKETS }, (_, i) => `pu${i}`);
const COLUMNS = [...KEY, ...PLANNED, ...PUBLISHED];
/** Units recounted per statement, and rows written per INSERT (53 parameters each). */
const UNIT_BATCH = 400;
const ROW_BATCH = 500;

/** One (unit, plan, task, channel) of a roll-up window (the plan and task are not needed to sum a unit's figures). */
export interface TallyFigures {
  unitId: string;
  channel: string;
  /** Slots of active plans in the window (0 for an inactive plan's). */
  planned: number;
  /** Of those, slots of days before today. */
  dueSoFar: number;
  /** Items first published on the channel in the window. */
  published: number;
}

interface TallyRow {
  unitId: string;
  year: number;
  planId: string;
  taskId: string;
  channel: string;
  planned: number[];
  published: number[];
}

/** The SQL sum of a prefix's columns over the runs, one CASE per tally year. */
function sumOver(runs: readonly BucketRun[], prefix: string): string {
  if (runs.length === 0) return '0';
  const arms = runs.map((r) => `WHEN ${Math.trunc(r.year)} THEN ${Array.from({ length: r.last - r.first + 1 }, (_, i) => `t."${prefix}${r.first + i}"`).join(' + ')}`);
  return `CASE t."year" ${arms.join(' ')} ELSE 0 END`;
}

/**
 * The roll-up's summary table (`fulfilment_tallies`, migration 1764500000001): slots and first
 * publications per (unit, plan, task, channel) and half-month. Triggers mark the units whose slots
 * or proofs changed; `refresh` recounts those from the slots and proofs (the same facts the unit
 * report counts) before a roll-up reads, so the summary is never stale when read. `rebuild`
 * recounts every unit (`loa reports:rebuild`).
 */
@Injectable()
export class FulfilmentTalliesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private get postgres(): boolean {
    return this.db.driver.options.type === 'postgres';
  }

  /** Recounts the units marked dirty (under a path prefix, or all); answers how many. */
  async refresh(pathPrefix?: string): Promise<number> {
    const probe = pathPrefix
      ? await rawQuery<{ unitId: string }>(this.db, `SELECT d."unitId" FROM "fulfilment_dirty" d JOIN "units" u ON u."id" = d."unitId" WHERE u."path" LIKE $1 LIMIT 1`, [`${pathPrefix}%`])
      : await rawQuery<{ unitId: string }>(this.db, `SELECT "unitId" FROM "fulfilment_dirty" LIMIT 1`, []);
    if (probe.length === 0) return 0;
    return this.db.transaction(async (m) => {
      // One recount at a time (SQLite has one writer anyway); a change committed meanwhile bumps its unit's version and stays marked.
      if (this.postgres) await m.query('SELECT pg_advisory_xact_lock(1764500001)');
      const dirty = pathPrefix
        ? await rawQuery<{ unitId: string; version: unknown }>(m, `SELECT d."unitId", d."version" FROM "fulfilment_dirty" d JOIN "units" u ON u."id" = d."unitId" WHERE u."path" LIKE $1`, [`${pathPrefix}%`])
        : await rawQuery<{ unitId: string; version: unknown }>(m, `SELECT "unitId", "version" FROM "fulfilment_dirty"`, []);
      for (let i = 0; i < dirty.length; i += UNIT_BATCH) await this.recount(m, dirty.slice(i, i + UNIT_BATCH));
      return dirty.length;
    });
  }

  /** Marks every unit and recounts them all. */
  async rebuild(): Promise<number> {
    await rawQuery(this.db, `INSERT INTO "fulfilment_dirty" ("unitId", "version") SELECT "id", 1 FROM "units" WHERE true ON CONFLICT ("unitId") DO UPDATE SET "version" = "fulfilment_dirty"."version" + 1`, []);
    return this.refresh();
  }

  private async recount(m: EntityManager, units: readonly { unitId: string; version: unknown }[]): Promise<void> {
    const ids = units.map((u) => u.unitId);
    const list = ids.map((_, i) => `$${i + 1}`).join(', ');
    const rows = new Map<string, TallyRow>();
    const row = (unitId: string, year: number, planId: string | null, taskId: string | null, channel: string): TallyRow => {
      const k = `${unitId}\u0000${year}\u0000${planId ?? ''}\u0000${taskId ?? ''}\u0000${channel}`;
      let r = rows.get(k);
      if (!r) rows.set(k, (r = { unitId, year, planId: planId ?? '', taskId: taskId ?? '', channel, planned: Array<number>(BUCKETS).fill(0), published: Array<number>(BUCKETS).fill(0) }));
      return r;
    };
    const slots = await rawQuery<Record<string, unknown>>(
      m,
      `SELECT "unitId", "planId", "taskId", "channel", "date", COUNT(*) AS "n" FROM "slots" WHERE "unitId" IN (${list}) GROUP BY "unitId", "planId", "taskId", "channel", "date"`,
      ids,
    );
    for (const s of slots) {
      const b = bucketOf(s.date as string);
      row(s.unitId as string, b.year, s.planId as string, s.taskId as string, s.channel as string).planned[b.bucket] += Number(s.n);
    }
    // An item counts once per channel, where its first proof (by instant, then id) appeared.
    const proofs = await rawQuery<Record<string, unknown>>(
      m,
      `SELECT "unitId", "itemId", "planId", "taskId", "channel", "publishedAt" FROM "publication_proofs" WHERE "unitId" IN (${list}) ORDER BY "publishedAt", "id"`,
      ids,
    );
    const seen = new Set<string>();
    for (const p of proofs) {
      const once = `${p.itemId as string}\u0000${p.channel as string}`;
      if (seen.has(once)) continue;
      seen.add(once);
      const b = bucketOf(vietnamDayOf(p.publishedAt as string));
      row(p.unitId as string, b.year, (p.planId as string | null) ?? null, (p.taskId as string | null) ?? null, p.channel as string).published[b.bucket]++;
    }
    await rawQuery(m, `DELETE FROM "fulfilment_tallies" WHERE "unitId" IN (${list})`, ids);
    const all = [...rows.values()];
    for (let i = 0; i < all.length; i += ROW_BATCH) {
      const part = all.slice(i, i + ROW_BATCH);
      let n = 0;
      const tuples = part.map(() => `(${COLUMNS.map(() => `$${++n}`).join(', ')})`).join(', ');
      await rawQuery(
        m,
        `INSERT INTO "fulfilment_tallies" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples}`,
        part.flatMap((r) => [r.unitId, r.year, r.planId, r.taskId, r.channel, ...r.planned, ...r.published]),
      );
    }
    // Only the versions read: a unit changed since keeps its mark for the next refresh.
    for (const u of units) await rawQuery(m, `DELETE FROM "fulfilment_dirty" WHERE "unitId" = $1 AND "version" = $2`, [u.unitId, Number(u.version)]);
  }

  /**
   * The roll-up's figures for the units under a path in [from, to] (a window of whole
   * half-months): per (unit, plan, task, channel), the slots of active plans, those of days
   * before `today`, and the items first published in the window, as the slots and proofs
   * themselves count them (FulfilmentRepository.slotCounts and publicationTallies). Null when
   * the window does not fit the buckets.
   */
  async read(pathPrefix: string, from: string, to: string, today: string): Promise<TallyFigures[] | null> {
    const runs = bucketRuns(from, to);
    const split = dueSplit(from, to, today);
    if (!runs || !split) return null;
    await this.refresh(pathPrefix);
    const years = runs.map((r) => r.year);
    const active = (sum: string) => `CASE WHEN p."status" = 'active' THEN ${sum} ELSE 0 END`;
    const params: unknown[] = [`${pathPrefix}%`, Math.min(...years), Math.max(...years)];
    let due = active(sumOver(split.runs, 'pl'));
    let partial = '';
    if (split.partial) {
      // Today's half-month: its days before today, counted from the slots themselves.
      partial = `LEFT JOIN (SELECT s."unitId", s."planId", s."taskId", s."channel", COUNT(*) AS "n" FROM "slots" s
                   WHERE s."unitId" IN (SELECT u."id" FROM "units" u WHERE u."path" LIKE $1) AND s."date" >= $4 AND s."date" <= $5
                   GROUP BY s."unitId", s."planId", s."taskId", s."channel") d ON d."unitId" = t."unitId" AND d."planId" = t."planId" AND d."taskId" = t."taskId" AND d."channel" = t."channel"`;
      // Once per (unit, plan, task, channel): on the row of the tally year of today's half-month.
      due = `${due} + ${active(`CASE WHEN t."year" = ${Math.trunc(bucketOf(split.partial.from).year)} THEN COALESCE(CAST(d."n" AS integer), 0) ELSE 0 END`)}`;
      params.push(split.partial.from, split.partial.to);
    }
    // A window inside one tally year (every Ministry window) reads one row per unit, plan, task and channel; one across two sums two.
    const [planned, dueSoFar, published] = [active(sumOver(runs, 'pl')), due, sumOver(runs, 'pu')].map((e) => (runs.length > 1 ? `CAST(SUM(${e}) AS integer)` : e));
    const rows = await rawQuery<TallyFigures>(
      this.db,
      `SELECT t."unitId", t."channel", ${planned} AS "planned", ${dueSoFar} AS "dueSoFar", ${published} AS "published"
         FROM "fulfilment_tallies" t
         LEFT JOIN "plans" p ON p."id" = t."planId"
         ${partial}
        WHERE t."unitId" IN (SELECT u."id" FROM "units" u WHERE u."path" LIKE $1) AND t."year" >= $2 AND t."year" <= $3
        ${runs.length > 1 ? 'GROUP BY t."unitId", t."planId", t."taskId", t."channel", p."status"' : ''}`,
      params,
    );
    // Rows with nothing in the window (a plan's other months) change no figure.
    const out = rows.filter((r) => r.planned !== 0 || r.published !== 0);
    return out;
  }
}
