import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { newId } from '../common/ids.js';
import { rawQuery } from '../database/raw-sql.js';
import type { DeliveryStatus } from './reminder-delivery.entity.js';

export interface Recipient {
  userId: string;
  name: string;
  email: string;
  unitId: string;
}

export interface NewDelivery {
  key: string;
  rule: string;
  userId: string;
  unitId: string | null;
  email: string;
  subject: string;
  textBody: string;
  htmlBody: string;
}

export interface DeliveryRow extends NewDelivery {
  id: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** Queries of the reminder outbox and of what the rules look at. */
@Injectable()
export class RemindersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts the reminder unless one with the same key exists (on any node): true when this call inserted it. */
  async enqueue(d: NewDelivery, now: Date): Promise<boolean> {
    const rows = await rawQuery<{ id: string }>(
      this.db,
      `INSERT INTO "reminder_deliveries" ("id", "key", "rule", "userId", "unitId", "email", "subject", "textBody", "htmlBody", "status", "attempts", "nextAttemptAt", "leaseUntil", "lastError", "createdAt", "sentAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', 0, $10, NULL, NULL, $10, NULL)
       ON CONFLICT ("key") DO NOTHING RETURNING "id"`,
      [newId(), d.key, d.rule, d.userId, d.unitId, d.email, d.subject.slice(0, 300), d.textBody, d.htmlBody, now.toISOString()],
    );
    return rows.length === 1;
  }

  async due(now: Date, limit: number): Promise<DeliveryRow[]> {
    return rawQuery<DeliveryRow>(
      this.db,
      `SELECT * FROM "reminder_deliveries" WHERE "status" = 'pending' AND "nextAttemptAt" <= $1 AND ("leaseUntil" IS NULL OR "leaseUntil" < $1) ORDER BY "nextAttemptAt", "id" LIMIT ${Math.max(1, Math.floor(limit))}`,
      [now.toISOString()],
    );
  }

  /** The atomic step: true when this node now holds the row until `until`. */
  async claim(id: string, now: Date, until: Date): Promise<boolean> {
    const rows = await rawQuery<{ id: string }>(
      this.db,
      `UPDATE "reminder_deliveries" SET "leaseUntil" = $3 WHERE "id" = $1 AND "status" = 'pending' AND ("leaseUntil" IS NULL OR "leaseUntil" < $2) RETURNING "id"`,
      [id, now.toISOString(), until.toISOString()],
    );
    return rows.length === 1;
  }

  async markSent(id: string, now: Date): Promise<void> {
    await rawQuery(
      this.db,
      `UPDATE "reminder_deliveries" SET "status" = 'sent', "sentAt" = $2, "leaseUntil" = NULL, "attempts" = "attempts" + 1 WHERE "id" = $1`,
      [id, now.toISOString()],
    );
  }

  async markFailed(id: string, attempts: number, error: string, next: Date, final: boolean): Promise<void> {
    await rawQuery(
      this.db,
      `UPDATE "reminder_deliveries" SET "status" = $2, "attempts" = $3, "lastError" = $4, "nextAttemptAt" = $5, "leaseUntil" = NULL WHERE "id" = $1`,
      [id, final ? 'failed' : 'pending', attempts, error.slice(0, 2000), next.toISOString()],
    );
  }

  list(status: DeliveryStatus | null, limit = 200): Promise<DeliveryRow[]> {
    return rawQuery<DeliveryRow>(
      this.db,
      `SELECT * FROM "reminder_deliveries" ${status ? `WHERE "status" = $1` : 'WHERE $1 = $1'} ORDER BY "createdAt" DESC, "id" LIMIT ${Math.max(1, Math.floor(limit))}`,
      [status ?? 'all'],
    );
  }

  /** Active people with an e-mail holding one of `roles` directly on the unit, who did not turn the rule off. */
  async recipients(unitId: string, roles: readonly string[], rule: string): Promise<Recipient[]> {
    return rawQuery<Recipient>(
      this.db,
      `SELECT DISTINCT u."id" AS "userId", u."displayName" AS "name", u."email", g."unitId"
         FROM "role_grants" g JOIN "users" u ON u."id" = g."userId"
        WHERE g."unitId" = $1 AND g."role" IN (${roles.map((_, i) => `$${i + 3}`).join(', ')}) AND u."active" = $2 AND u."email" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "reminder_preferences" rp WHERE rp."userId" = u."id" AND rp."rule" = $${roles.length + 3} AND rp."enabled" = $${roles.length + 4})`,
      [unitId, true, ...roles, rule, false],
    );
  }

  async person(userId: string, rule: string): Promise<Recipient | null> {
    const rows = await rawQuery<Recipient>(
      this.db,
      `SELECT u."id" AS "userId", u."displayName" AS "name", u."email", u."unitId" FROM "users" u
        WHERE u."id" = $1 AND u."active" = $2 AND u."email" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "reminder_preferences" rp WHERE rp."userId" = u."id" AND rp."rule" = $3 AND rp."enabled" = $4)`,
      [userId, true, rule, false],
    );
    return rows[0] ?? null;
  }

  /** Open slots of active plans from `from` to `to`, per unit. */
  openSlots(
    from: string,
    to: string,
  ): Promise<{ id: string; unitId: string; unitName: string; date: string; channel: string; taskId: string; planId: string }[]> {
    return rawQuery(
      this.db,
      `SELECT s."id", s."unitId", un."name" AS "unitName", s."date", s."channel", s."taskId", s."planId"
         FROM "slots" s JOIN "plans" p ON p."id" = s."planId" AND p."status" = 'active' JOIN "units" un ON un."id" = s."unitId"
        WHERE s."itemId" IS NULL AND s."date" >= $1 AND s."date" <= $2 ORDER BY s."unitId", s."date", s."id"`,
      [from, to],
    );
  }

  /** The task titles of the given plans, keyed by plan id and task id (from each plan's document). */
  async taskTitles(planIds: readonly string[]): Promise<Map<string, Map<string, string>>> {
    const titles = new Map<string, Map<string, string>>();
    if (planIds.length === 0) return titles;
    for (let i = 0; i < planIds.length; i += 500) {
      const chunk = planIds.slice(i, i + 500);
      const rows = await rawQuery<{ id: string; document: unknown }>(
        this.db,
        `SELECT "id", "document" FROM "plans" WHERE "id" IN (${chunk.map((_, j) => `$${j + 1}`).join(', ')})`,
        chunk,
      );
      for (const r of rows) {
        const doc = (typeof r.document === 'string' ? JSON.parse(r.document) : r.document) as {
          tasks?: { id: string; title: string }[];
        } | null;
        titles.set(r.id, new Map((doc?.tasks ?? []).map((t) => [t.id, t.title])));
      }
    }
    return titles;
  }

  itemsInReviewSince(before: Date): Promise<{ id: string; unitId: string; title: string; updatedAt: string }[]> {
    return rawQuery(
      this.db,
      `SELECT "id", "unitId", "title", "updatedAt" FROM "content_items" WHERE "status" = 'in_review' AND "updatedAt" <= $1`,
      [before.toISOString()],
    );
  }

  /** Transitions (submit, approve, reject, fail) since an instant, with their item and actor. */
  transitionsSince(since: Date): Promise<
    {
      id: string;
      itemId: string;
      action: string;
      toStatus: string;
      comment: string | null;
      at: string;
      unitId: string;
      title: string;
      createdBy: string | null;
      actorName: string | null;
    }[]
  > {
    return rawQuery(
      this.db,
      `SELECT t."id", t."itemId", t."action", t."toStatus", t."comment", t."at", i."unitId", i."title", i."createdBy", a."displayName" AS "actorName"
         FROM "item_transitions" t JOIN "content_items" i ON i."id" = t."itemId" LEFT JOIN "users" a ON a."id" = t."actorUserId"
        WHERE t."at" >= $1 AND t."toStatus" IN ('in_review', 'approved', 'rejected', 'failed') ORDER BY t."at", t."id"`,
      [since.toISOString()],
    );
  }

  /** Units with an active plan for the year, with the plans' reporting deadlines and the unit's window setting. */
  unitsWithPlans(year: number): Promise<{ unitId: string; unitName: string; settings: unknown; deadline: unknown }[]> {
    return rawQuery(
      this.db,
      `SELECT p."unitId", un."name" AS "unitName", un."settings", p."document" AS "deadline" FROM "plans" p JOIN "units" un ON un."id" = p."unitId" WHERE p."status" = 'active' AND p."year" = $1`,
      [year],
    );
  }

  digestFigures(
    unitId: string,
    today: string,
    inAWeek: string,
    weekAgo: Date,
  ): Promise<{ openSlots: number; inReview: number; published: number }> {
    return rawQuery<Record<string, unknown>>(
      this.db,
      `SELECT (SELECT COUNT(*) FROM "slots" s JOIN "plans" p ON p."id" = s."planId" AND p."status" = 'active' WHERE s."unitId" = $1 AND s."itemId" IS NULL AND s."date" >= $2 AND s."date" <= $3) AS "openSlots",
              (SELECT COUNT(*) FROM "content_items" WHERE "unitId" = $1 AND "status" = 'in_review') AS "inReview",
              (SELECT COUNT(*) FROM "publication_proofs" WHERE "unitId" = $1 AND "publishedAt" >= $4) AS "published"`,
      [unitId, today, inAWeek, weekAgo.toISOString()],
    ).then((r) => ({
      openSlots: Number(r[0]?.openSlots ?? 0),
      inReview: Number(r[0]?.inReview ?? 0),
      published: Number(r[0]?.published ?? 0),
    }));
  }

  /** Editors and leaders with an e-mail, one row per (person, unit they hold a role on). */
  digestRecipients(): Promise<(Recipient & { unitName: string })[]> {
    return rawQuery(
      this.db,
      `SELECT DISTINCT u."id" AS "userId", u."displayName" AS "name", u."email", g."unitId", un."name" AS "unitName"
         FROM "role_grants" g JOIN "users" u ON u."id" = g."userId" JOIN "units" un ON un."id" = g."unitId"
        WHERE g."role" IN ('editor', 'approver', 'unit_admin') AND u."active" = $1 AND u."email" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "reminder_preferences" rp WHERE rp."userId" = u."id" AND rp."rule" = 'weekly-digest' AND rp."enabled" = $2)`,
      [true, false],
    );
  }

  async preferences(userId: string): Promise<Map<string, boolean>> {
    const rows = await rawQuery<{ rule: string; enabled: unknown }>(
      this.db,
      `SELECT "rule", "enabled" FROM "reminder_preferences" WHERE "userId" = $1`,
      [userId],
    );
    return new Map(rows.map((r) => [r.rule, r.enabled === true || r.enabled === 1]));
  }

  async setPreference(userId: string, rule: string, enabled: boolean, now: Date): Promise<void> {
    await rawQuery(
      this.db,
      `INSERT INTO "reminder_preferences" ("userId", "rule", "enabled", "updatedAt") VALUES ($1, $2, $3, $4) ON CONFLICT ("userId", "rule") DO UPDATE SET "enabled" = $3, "updatedAt" = $4`,
      [userId, rule, enabled, now.toISOString()],
    );
  }
}
