import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ObligationFact, PublicationFact, PublicationTally, SlotTally } from '../../domain/reports/fulfilment.js';
import type { PlanReading } from '../../domain/plan/plan-reading.types.js';
import { rawQuery } from '../database/raw-sql.js';

/** Which units a query covers: one unit, or every unit whose path starts with a prefix. */
export type UnitScope = { unitId: string } | { pathPrefix: string };

export interface ActivePlan {
  id: string;
  unitId: string;
  number: string | null;
  year: number | null;
  document: PlanReading;
}

export interface SubtreeUnit {
  id: string;
  parentId: string | null;
  code: string | null;
  name: string;
  level: string;
  path: string;
  depth: number;
}

const truthy = (v: unknown) => v === true || v === 1 || v === '1' || v === 't';

/**
 * The facts fulfilment counts, read in as few statements as a province's quarter allows: slots
 * grouped by (unit, plan, task, channel, past or not, item status, proved or not), proofs of
 * publication in the window, open obligations and the active plans. Which of these facts make
 * "published", "late" or "missed" is decided in src/domain/reports/fulfilment.ts, not here.
 */
@Injectable()
export class FulfilmentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private scope(scope: UnitScope, alias: string, param: number): { join: string; where: string; value: string } {
    return 'unitId' in scope
      ? { join: '', where: `${alias}."unitId" = $${param}`, value: scope.unitId }
      : {
          join: '',
          where: `${alias}."unitId" IN (SELECT u."id" FROM "units" u WHERE u."path" LIKE $${param})`,
          value: `${scope.pathPrefix}%`,
        };
  }

  /** Slots of active plans whose day is in [from, to], grouped; `today` splits past from coming. */
  async slotTallies(scope: UnitScope, from: string, to: string, today: string): Promise<SlotTally[]> {
    const sc = this.scope(scope, 's', 1);
    const rows = await rawQuery<Record<string, unknown>>(
      this.db,
      `SELECT s."unitId", s."planId", s."taskId", s."channel",
              CASE WHEN s."date" < $4 THEN 1 ELSE 0 END AS "past",
              i."status" AS "itemStatus",
              CASE WHEN s."itemId" IS NOT NULL AND EXISTS (SELECT 1 FROM "publication_proofs" pr WHERE pr."itemId" = s."itemId" AND pr."channel" = s."channel") THEN 1 ELSE 0 END AS "proved",
              COUNT(*) AS "count"
         FROM "slots" s
         ${sc.join}
         JOIN "plans" p ON p."id" = s."planId" AND p."status" = 'active'
         LEFT JOIN "content_items" i ON i."id" = s."itemId"
        WHERE ${sc.where} AND s."date" >= $2 AND s."date" <= $3
        GROUP BY s."unitId", s."planId", s."taskId", s."channel", 5, i."status", 7`,
      [sc.value, from, to, today],
    );
    return rows.map((r) => ({
      unitId: r.unitId as string,
      planId: r.planId as string,
      taskId: r.taskId as string,
      channel: r.channel as string,
      past: truthy(r.past),
      itemStatus: (r.itemStatus as string | null) ?? null,
      proved: truthy(r.proved),
      count: Number(r.count),
    }));
  }

  /**
   * For the roll-up: slots in [from, to] counted per (unit, plan, task, channel, past or not),
   * from the covering index alone (no item, no proof, no plan read per slot); the caller keeps
   * the active plans' rows.
   */
  async slotCounts(scope: UnitScope, from: string, to: string, today: string): Promise<SlotTally[]> {
    const sc = this.scope(scope, 's', 1);
    const rows = await rawQuery<Record<string, unknown>>(
      this.db,
      `SELECT s."unitId", s."planId", s."taskId", s."channel", CASE WHEN s."date" < $4 THEN 1 ELSE 0 END AS "past", COUNT(*) AS "count"
         FROM "slots" s
        WHERE ${sc.where} AND s."date" >= $2 AND s."date" <= $3
        GROUP BY s."unitId", s."planId", s."taskId", s."channel", 5`,
      [sc.value, from, to, today],
    );
    return rows.map((r) => ({
      unitId: r.unitId as string,
      planId: r.planId as string,
      taskId: r.taskId as string,
      channel: r.channel as string,
      past: truthy(r.past),
      itemStatus: null,
      proved: false,
      count: Number(r.count),
    }));
  }

  /** Ids of the active plans of the subtree. */
  async activePlanIds(pathPrefix: string): Promise<Set<string>> {
    const rows = await rawQuery<{ id: string }>(
      this.db,
      `SELECT p."id" FROM "plans" p JOIN "units" u ON u."id" = p."unitId" WHERE u."path" LIKE $1 AND p."status" = 'active'`,
      [`${pathPrefix}%`],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Every proof of the scope's units published in [fromUtc, toUtc), with whether the item had an earlier one on that channel and its slot's day. */
  async publications(scope: UnitScope, fromUtc: Date, toUtc: Date): Promise<PublicationFact[]> {
    const sc = this.scope(scope, 'pr', 1);
    const rows = await rawQuery<Record<string, unknown>>(
      this.db,
      `SELECT pr."unitId", pr."itemId", pr."planId", pr."taskId", pr."channel", pr."publishedAt", pr."url",
              CASE WHEN EXISTS (SELECT 1 FROM "publication_proofs" e WHERE e."itemId" = pr."itemId" AND e."channel" = pr."channel" AND e."publishedAt" < $2) THEN 1 ELSE 0 END AS "earlier",
              s."date" AS "slotDate"
         FROM "publication_proofs" pr
         ${sc.join}
         LEFT JOIN "slots" s ON s."itemId" = pr."itemId" AND s."channel" = pr."channel"
        WHERE ${sc.where} AND pr."publishedAt" >= $2 AND pr."publishedAt" < $3
        ORDER BY pr."publishedAt", pr."id"`,
      [sc.value, fromUtc.toISOString(), toUtc.toISOString()],
    );
    return rows.map((r) => ({
      unitId: r.unitId as string,
      itemId: r.itemId as string,
      planId: (r.planId as string | null) ?? null,
      taskId: (r.taskId as string | null) ?? null,
      channel: r.channel as string,
      publishedAt: r.publishedAt as string,
      url: (r.url as string | null) ?? null,
      earlier: truthy(r.earlier),
      slotDate: (r.slotDate as string | null) ?? null,
    }));
  }

  /** For the roll-up: items first proved on a channel in [fromUtc, toUtc), counted per (unit, plan, task, channel). */
  async publicationTallies(scope: UnitScope, fromUtc: Date, toUtc: Date): Promise<PublicationTally[]> {
    const sc = this.scope(scope, 'pr', 1);
    const rows = await rawQuery<Record<string, unknown>>(
      this.db,
      `SELECT pr."unitId", pr."planId", pr."taskId", pr."channel", COUNT(DISTINCT pr."itemId") AS "count"
         FROM "publication_proofs" pr
         ${sc.join}
        WHERE ${sc.where} AND pr."publishedAt" >= $2 AND pr."publishedAt" < $3
          AND NOT EXISTS (SELECT 1 FROM "publication_proofs" e WHERE e."itemId" = pr."itemId" AND e."channel" = pr."channel" AND e."publishedAt" < $2)
        GROUP BY pr."unitId", pr."planId", pr."taskId", pr."channel"`,
      [sc.value, fromUtc.toISOString(), toUtc.toISOString()],
    );
    return rows.map((r) => ({
      unitId: r.unitId as string,
      planId: (r.planId as string | null) ?? null,
      taskId: (r.taskId as string | null) ?? null,
      channel: r.channel as string,
      count: Number(r.count),
    }));
  }

  async obligations(scope: UnitScope): Promise<ObligationFact[]> {
    const sc = this.scope(scope, 'r', 1);
    const rows = await rawQuery<Record<string, unknown>>(
      this.db,
      `SELECT r."unitId", r."planId", r."taskId", r."channel", r."detail"
         FROM "calendar_rules" r
         ${sc.join}
         JOIN "plans" p ON p."id" = r."planId" AND p."status" = 'active'
        WHERE ${sc.where} AND r."kind" = 'obligation'`,
      [sc.value],
    );
    return rows.map((r) => {
      const detail = (typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail) as { reason?: string; message?: string } | null;
      return {
        unitId: r.unitId as string,
        planId: r.planId as string,
        taskId: r.taskId as string,
        channel: r.channel as string,
        reason: detail?.reason ?? 'continuous',
        message: detail?.message ?? '',
      };
    });
  }

  /** The unit's active plans, with their documents (task titles, reporting deadline). */
  async activePlans(unitId: string): Promise<ActivePlan[]> {
    const rows = await rawQuery<Record<string, unknown>>(
      this.db,
      `SELECT "id", "unitId", "number", "year", "document" FROM "plans" WHERE "unitId" = $1 AND "status" = 'active' ORDER BY "issuedOn", "id"`,
      [unitId],
    );
    return rows.map((r) => ({
      id: r.id as string,
      unitId: r.unitId as string,
      number: (r.number as string | null) ?? null,
      year: r.year === null || r.year === undefined ? null : Number(r.year),
      document: (typeof r.document === 'string' ? JSON.parse(r.document) : r.document) as PlanReading,
    }));
  }

  /** The earliest year of an active plan in the subtree, or null when there is none. */
  async firstPlanYear(pathPrefix: string): Promise<number | null> {
    const rows = await rawQuery<{ y: unknown }>(
      this.db,
      `SELECT MIN(p."year") AS "y" FROM "plans" p JOIN "units" u ON u."id" = p."unitId" WHERE u."path" LIKE $1 AND p."status" = 'active'`,
      [`${pathPrefix}%`],
    );
    return rows[0]?.y === null || rows[0]?.y === undefined ? null : Number(rows[0].y);
  }

  /** Every unit under (and including) the path, by path. */
  async subtree(pathPrefix: string): Promise<SubtreeUnit[]> {
    const rows = await rawQuery<Record<string, unknown>>(
      this.db,
      `SELECT "id", "parentId", "code", "name", "level", "path", "depth" FROM "units" WHERE "path" LIKE $1 ORDER BY "path"`,
      [`${pathPrefix}%`],
    );
    return rows.map((r) => ({
      id: r.id as string,
      parentId: (r.parentId as string | null) ?? null,
      code: (r.code as string | null) ?? null,
      name: r.name as string,
      level: r.level as string,
      path: r.path as string,
      depth: Number(r.depth),
    }));
  }
}
