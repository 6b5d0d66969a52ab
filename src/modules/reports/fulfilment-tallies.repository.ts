import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { FulfilmentSums } from '../../domain/reports/fulfilment.js';
import { paceDays, type ScoreCriterion } from '../../domain/reports/score-projection.js';
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
const ANALYZE_AFTER_UNITS = 200;

/** One unit of a roll-up window: what its totals and score are computed from (over its own plans and publications). */
export interface UnitTally {
  unitId: string;
  sums: FulfilmentSums;
  projectedCounted: number;
  earnedGroups: Set<string>;
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
  const arms = runs.map(
    (r) =>
      `WHEN ${Math.trunc(r.year)} THEN ${Array.from({ length: r.last - r.first + 1 }, (_, i) => `t."${prefix}${r.first + i}"`).join(' + ')}`,
  );
  return `CASE t."year" ${arms.join(' ')} ELSE 0 END`;
}

/**
 * The roll-up's summary table (`fulfilment_tallies`, migration 1764500000001): slots of active
 * plans and first publications per (unit, plan, task, channel) and half-month. Triggers mark the
 * units whose slots, proofs or plan statuses changed; `refresh` recounts those from the slots and proofs (the same facts the unit
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
      ? await rawQuery<{ unitId: string }>(
          this.db,
          `SELECT d."unitId" FROM "fulfilment_dirty" d JOIN "units" u ON u."id" = d."unitId" WHERE u."path" LIKE $1 LIMIT 1`,
          [`${pathPrefix}%`],
        )
      : await rawQuery<{ unitId: string }>(this.db, `SELECT "unitId" FROM "fulfilment_dirty" LIMIT 1`, []);
    if (probe.length === 0) return 0;
    const n = await this.db.transaction(async (m) => {
      // One recount at a time (SQLite has one writer anyway); a change committed meanwhile bumps its unit's version and stays marked.
      if (this.postgres) await m.query('SELECT pg_advisory_xact_lock(1764500001)');
      const dirty = pathPrefix
        ? await rawQuery<{ unitId: string; version: unknown }>(
            m,
            `SELECT d."unitId", d."version" FROM "fulfilment_dirty" d JOIN "units" u ON u."id" = d."unitId" WHERE u."path" LIKE $1`,
            [`${pathPrefix}%`],
          )
        : await rawQuery<{ unitId: string; version: unknown }>(m, `SELECT "unitId", "version" FROM "fulfilment_dirty"`, []);
      for (let i = 0; i < dirty.length; i += UNIT_BATCH) await this.recount(m, dirty.slice(i, i + UNIT_BATCH));
      return dirty.length;
    });
    // After a large recount (the first after the migration, a rebuild, a bulk import) PostgreSQL's planner needs the new row counts.
    if (n >= ANALYZE_AFTER_UNITS && this.postgres) await this.db.query('ANALYZE "fulfilment_tallies"');
    return n;
  }

  /** Marks every unit and recounts them all. */
  async rebuild(): Promise<number> {
    await rawQuery(
      this.db,
      `INSERT INTO "fulfilment_dirty" ("unitId", "version") SELECT "id", 1 FROM "units" WHERE true ON CONFLICT ("unitId") DO UPDATE SET "version" = "fulfilment_dirty"."version" + 1`,
      [],
    );
    return this.refresh();
  }

  private async recount(m: EntityManager, units: readonly { unitId: string; version: unknown }[]): Promise<void> {
    const ids = units.map((u) => u.unitId);
    const list = ids.map((_, i) => `$${i + 1}`).join(', ');
    const rows = new Map<string, TallyRow>();
    const row = (unitId: string, year: number, planId: string | null, taskId: string | null, channel: string): TallyRow => {
      const k = `${unitId}\u0000${year}\u0000${planId ?? ''}\u0000${taskId ?? ''}\u0000${channel}`;
      let r = rows.get(k);
      if (!r)
        rows.set(
          k,
          (r = {
            unitId,
            year,
            planId: planId ?? '',
            taskId: taskId ?? '',
            channel,
            planned: Array<number>(BUCKETS).fill(0),
            published: Array<number>(BUCKETS).fill(0),
          }),
        );
      return r;
    };
    const slots = await rawQuery<Record<string, unknown>>(
      m,
      `SELECT s."unitId", s."planId", s."taskId", s."channel", s."date", COUNT(*) AS "n"
         FROM "slots" s JOIN "plans" p ON p."id" = s."planId" AND p."status" = 'active'
        WHERE s."unitId" IN (${list}) GROUP BY s."unitId", s."planId", s."taskId", s."channel", s."date"`,
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
      row(p.unitId as string, b.year, (p.planId as string | null) ?? null, (p.taskId as string | null) ?? null, p.channel as string)
        .published[b.bucket]++;
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
    for (const u of units)
      await rawQuery(m, `DELETE FROM "fulfilment_dirty" WHERE "unitId" = $1 AND "version" = $2`, [u.unitId, Number(u.version)]);
  }

  /**
   * The roll-up's figures of each unit under a path in [from, to] (a window of whole
   * half-months), summed in the database from one summary row per (unit, plan, task, channel):
   * the sums of the unit's totals and score (`totalsOf`, `scoreFigures`: min(published, planned)
   * and the paced projection per row, the variety groups with a publication), over the slots of
   * active plans, those of days before `today`, and the items first published in the window, as
   * FulfilmentRepository.slotCounts and publicationTallies count them. Null when the window does
   * not fit the buckets.
   */
  async readUnits(
    pathPrefix: string,
    w: { from: string; to: string },
    today: string,
    criterion: ScoreCriterion,
  ): Promise<UnitTally[] | null> {
    const runs = bucketRuns(w.from, w.to);
    const split = dueSplit(w.from, w.to, today);
    if (!runs || !split) return null;
    await this.refresh(pathPrefix);
    const pg = this.postgres;
    const years = runs.map((r) => r.year);
    const params: unknown[] = [`${pathPrefix}%`, Math.min(...years), Math.max(...years)];
    let due = sumOver(split.runs, 'pl');
    let partial = '';
    if (split.partial) {
      // Today's half-month: its days before today, counted from the slots themselves.
      partial = `LEFT JOIN (SELECT s."unitId", s."planId", s."taskId", s."channel", COUNT(*) AS "n" FROM "slots" s
                   JOIN "plans" p ON p."id" = s."planId" AND p."status" = 'active'
                   WHERE s."unitId" IN (SELECT u."id" FROM "units" u WHERE u."path" LIKE $1) AND s."date" >= $4 AND s."date" <= $5
                   GROUP BY s."unitId", s."planId", s."taskId", s."channel") d ON d."unitId" = t."unitId" AND d."planId" = t."planId" AND d."taskId" = t."taskId" AND d."channel" = t."channel"`;
      // Once per (unit, plan, task, channel): on the row of the tally year of today's half-month.
      due = `${due} + CASE WHEN t."year" = ${Math.trunc(bucketOf(split.partial.from).year)} THEN COALESCE(CAST(d."n" AS integer), 0) ELSE 0 END`;
      params.push(split.partial.from, split.partial.to);
    }
    // A window inside one tally year (every Ministry window) reads one row per unit, plan, task and channel; one across two sums two.
    const [planned, dueSoFar, published] = [sumOver(runs, 'pl'), due, sumOver(runs, 'pu')].map((e) =>
      runs.length > 1 ? `CAST(SUM(${e}) AS integer)` : e,
    );
    const least = pg ? 'LEAST' : 'MIN';
    // The projection per row, as projectedCount computes it: the same IEEE doubles, floored.
    const pace = paceDays(w, today);
    const perDay =
      pace.elapsed > 0
        ? `(CAST(x."published" AS ${pg ? 'double precision' : 'REAL'}) / ${Math.trunc(pace.elapsed)}) * ${Math.trunc(pace.remaining)}`
        : null;
    const paced = perDay === null ? '0' : pg ? `CAST(floor(${perDay}) AS integer)` : `CAST(${perDay} AS INTEGER)`;
    const groups = criterion.variety.groups.map((g) => {
      const list = g.channels.map((c) => {
        params.push(c);
        return `$${params.length}`;
      });
      return list.length === 0 ? '0' : `MAX(CASE WHEN x."published" > 0 AND x."channel" IN (${list.join(', ')}) THEN 1 ELSE 0 END)`;
    });
    const rows = await rawQuery<Record<string, unknown>>(
      this.db,
      `SELECT x."unitId", CAST(SUM(x."planned") AS integer) AS "planned", CAST(SUM(x."published") AS integer) AS "published",
              CAST(SUM(${least}(x."published", x."planned")) AS integer) AS "counted", CAST(SUM(x."dueSoFar") AS integer) AS "dueSoFar",
              CAST(SUM(${least}(x."published", x."dueSoFar")) AS integer) AS "countedDue",
              CAST(SUM(CASE WHEN x."planned" > 0 THEN ${least}(x."planned", x."published" + ${paced}) ELSE 0 END) AS integer) AS "projectedCounted"
              ${groups.map((g, i) => `, ${g} AS "g${i}"`).join('')}
         FROM (SELECT t."unitId", t."channel", ${planned} AS "planned", ${dueSoFar} AS "dueSoFar", ${published} AS "published"
                 FROM "fulfilment_tallies" t
                 ${partial}
                WHERE t."unitId" IN (SELECT u."id" FROM "units" u WHERE u."path" LIKE $1) AND t."year" >= $2 AND t."year" <= $3
                ${runs.length > 1 ? 'GROUP BY t."unitId", t."planId", t."taskId", t."channel"' : ''}) x
        GROUP BY x."unitId"`,
      params,
    );
    return rows.map((r) => ({
      unitId: r.unitId as string,
      sums: {
        planned: Number(r.planned),
        published: Number(r.published),
        counted: Number(r.counted),
        dueSoFar: Number(r.dueSoFar),
        countedDue: Number(r.countedDue),
      },
      projectedCounted: Number(r.projectedCounted),
      earnedGroups: new Set(criterion.variety.groups.filter((_, i) => Number(r[`g${i}`]) === 1).map((g) => g.id)),
    }));
  }
}
