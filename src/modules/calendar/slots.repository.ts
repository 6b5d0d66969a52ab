import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { rawQuery } from '../database/raw-sql.js';
import { SlotEntity } from './slot.entity.js';

/** The slot table's columns in the order bulk inserts write them (the benchmarks' loaders use the same). */
export const SLOT_COLUMNS = [
  'id',
  'planId',
  'unitId',
  'slotKey',
  'taskId',
  'channel',
  'period',
  'index',
  'date',
  'time',
  'due',
  'durationMin',
  'durationMax',
  'movedFrom',
  'itemId',
  'placement',
  'updatedAt',
] as const;
/** Rows per statement: 17 columns × 500 stays under both drivers' parameter limits. */
const CHUNK = 500;

/** A slot as the calendar shows it. */
export interface SlotRow {
  id: string;
  planId: string;
  slotKey: string;
  taskId: string;
  channel: string;
  period: string;
  date: string;
  time: string;
  due: string;
  durationMin: number | null;
  durationMax: number | null;
  movedFrom: string | null;
  itemId: string | null;
}

/** A slot of an active plan in a window, with the status of the item in it (for fulfilment). */
export interface SlotFact {
  planId: string;
  taskId: string;
  channel: string;
  itemStatus: string | null;
}

export type Placement = 'queue' | 'person';

/** The result of trying to put an item in a slot. */
export type ClaimResult = 'claimed' | 'taken' | 'item-already-placed';

/**
 * Every query over the slot table. The rules (which slot an item may take, what a calendar
 * change does to a placed item) are in the services; this holds the statements. Calls inside
 * a transaction pass its manager.
 */
@Injectable()
export class SlotsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findById(id: string, m: EntityManager = this.db.manager): Promise<SlotEntity | null> {
    return m.findOneBy(SlotEntity, { id });
  }

  ofPlan(planId: string, m: EntityManager = this.db.manager): Promise<SlotEntity[]> {
    return m.find(SlotEntity, { where: { planId } });
  }

  /** The slot holding the item on a channel, if any. */
  ofItem(itemId: string, channel: string, m: EntityManager = this.db.manager): Promise<SlotEntity | null> {
    return m.findOneBy(SlotEntity, { itemId, channel });
  }

  /** The (item, channel) pairs held by some of the given items. */
  heldBy(m: EntityManager, itemIds: readonly string[]): Promise<{ itemId: string | null; channel: string }[]> {
    return m.find(SlotEntity, { select: { itemId: true, channel: true }, where: { itemId: In([...itemIds]) } });
  }

  /** How many of the unit's slots between two days (from inclusive, before exclusive) are open. */
  async openCountBetween(m: EntityManager, unitId: string, from: string, before: string): Promise<number> {
    const rows = await rawQuery<{ n: string | number }>(
      m,
      `SELECT COUNT(*) AS "n" FROM "slots" WHERE "unitId" = $1 AND "itemId" IS NULL AND "date" >= $2 AND "date" < $3`,
      [unitId, from, before],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** Whether the item holds any slot. */
  async holdsAny(itemId: string, m: EntityManager = this.db.manager): Promise<boolean> {
    return (await m.findOneBy(SlotEntity, { itemId })) !== null;
  }

  /** A unit's slots between two days (inclusive), optionally of one channel, in calendar order. Hot read: plain SQL. */
  inWindow(unitId: string, from: string, to: string, channel?: string): Promise<SlotRow[]> {
    return rawQuery<SlotRow>(
      this.db,
      `SELECT "id", "planId", "slotKey", "taskId", "channel", "period", "date", "time", "due", "durationMin", "durationMax", "movedFrom", "itemId"
         FROM "slots" WHERE "unitId" = $1 AND "date" >= $2 AND "date" <= $3 ${channel ? 'AND "channel" = $4' : ''}
        ORDER BY "date", "time", "slotKey"`,
      channel ? [unitId, from, to, channel] : [unitId, from, to],
    );
  }

  /** Ids of the earliest open slots of a task on a channel from a day on. */
  async openSlotIds(
    m: EntityManager,
    q: { planId: string; taskId: string; channel: string; fromDay: string; limit: number },
  ): Promise<string[]> {
    const rows = await rawQuery<{ id: string }>(
      m,
      `SELECT "id" FROM "slots" WHERE "planId" = $1 AND "taskId" = $2 AND "channel" = $3 AND "itemId" IS NULL AND "date" >= $4 ORDER BY "date", "time", "slotKey" LIMIT ${Math.max(1, Math.floor(q.limit))}`,
      [q.planId, q.taskId, q.channel, q.fromDay],
    );
    return rows.map((r) => r.id);
  }

  /** The filled slots of the unit's active plans (optionally of one channel), with their item's title and status, in calendar order. */
  placedInActivePlans(
    unitId: string,
    channel?: string,
  ): Promise<{ id: string; planId: string; taskId: string; channel: string; date: string; time: string; title: string; status: string }[]> {
    return rawQuery(
      this.db,
      `SELECT s."id", s."planId", s."taskId", s."channel", s."date", s."time", i."title", i."status"
         FROM "slots" s JOIN "content_items" i ON i."id" = s."itemId"
        WHERE s."unitId" = $1 AND s."planId" IN (SELECT "id" FROM "plans" WHERE "unitId" = $1 AND "status" = 'active') ${channel ? 'AND s."channel" = $2' : ''}
        ORDER BY s."date", s."time", s."slotKey"`,
      channel ? [unitId, channel] : [unitId],
    );
  }

  /** Slots of the unit's active plans between two days, each with its item's status. */
  activeFacts(unitId: string, from: string, to: string): Promise<SlotFact[]> {
    return rawQuery<SlotFact>(
      this.db,
      `SELECT s."planId", s."taskId", s."channel", i."status" AS "itemStatus"
         FROM "slots" s JOIN "plans" p ON p."id" = s."planId" AND p."status" = 'active'
         LEFT JOIN "content_items" i ON i."id" = s."itemId"
        WHERE s."unitId" = $1 AND s."date" >= $2 AND s."date" <= $3`,
      [unitId, from, to],
    );
  }

  /**
   * The atomic step of placing: sets the slot's item only if the slot is still open, in one
   * conditional UPDATE. 'taken' when another item got there first; 'item-already-placed'
   * when the unique index on (item, channel) refuses a second slot for the item.
   */
  async claim(m: EntityManager, slotId: string, itemId: string, placement: Placement, now: Date): Promise<ClaimResult> {
    try {
      const r = await m
        .createQueryBuilder()
        .update(SlotEntity)
        .set({ itemId, placement, updatedAt: now })
        .where('id = :slotId AND itemId IS NULL', { slotId })
        .execute();
      return r.affected === 1 ? 'claimed' : 'taken';
    } catch (e) {
      if (isUniqueViolation(e)) return 'item-already-placed';
      throw e;
    }
  }

  /** Empties one slot. */
  async clear(m: EntityManager, slotId: string): Promise<void> {
    await m.update(SlotEntity, { id: slotId }, { itemId: null, placement: null });
  }

  /** Takes the item out of its slots (every channel, or one). */
  async releaseItem(m: EntityManager, itemId: string, channel?: string): Promise<void> {
    const qb = m.createQueryBuilder().update(SlotEntity).set({ itemId: null, placement: null }).where('itemId = :itemId', { itemId });
    if (channel) qb.andWhere('channel = :channel', { channel });
    await qb.execute();
  }

  /** Moves a slot to its new date, time or duration (its identity and item stay). */
  async move(
    m: EntityManager,
    id: string,
    fields: Partial<
      Pick<
        SlotEntity,
        'taskId' | 'channel' | 'period' | 'index' | 'date' | 'time' | 'due' | 'durationMin' | 'durationMax' | 'movedFrom' | 'updatedAt'
      >
    >,
  ): Promise<void> {
    await m.update(SlotEntity, { id }, fields);
  }

  async deleteMany(m: EntityManager, ids: readonly string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += CHUNK) await m.delete(SlotEntity, ids.slice(i, i + CHUNK));
  }

  insertMany(m: EntityManager, slots: readonly SlotEntity[]): Promise<void> {
    return insertSlots(m, slots);
  }
}

/**
 * Bulk writes of slots. A plan's activation writes hundreds of them and a province's
 * thousands, so they go as multi-row INSERTs with bound parameters (TypeORM's insert builder
 * spends more on per-value metadata than the database spends on the rows).
 */
export async function insertSlots(m: EntityManager, slots: readonly SlotEntity[]): Promise<void> {
  const postgres = m.connection.driver.options.type === 'postgres';
  const head = `INSERT INTO "slots" (${SLOT_COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES `;
  for (let i = 0; i < slots.length; i += CHUNK) {
    const chunk = slots.slice(i, i + CHUNK);
    const params: unknown[] = [];
    const tuples = chunk.map((s) => {
      const start = params.length;
      params.push(
        s.id,
        s.planId,
        s.unitId,
        s.slotKey,
        s.taskId,
        s.channel,
        s.period,
        s.index,
        s.date,
        s.time,
        s.due,
        s.durationMin,
        s.durationMax,
        s.movedFrom,
        s.itemId,
        s.placement,
        s.updatedAt.toISOString(),
      );
      return `(${SLOT_COLUMNS.map((_, k) => (postgres ? `$${start + k + 1}` : '?')).join(', ')})`;
    });
    await m.query(head + tuples.join(', '), params);
  }
}

export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; driverError?: { code?: string } };
  const code = err.driverError?.code ?? err.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** What a claim returns: the slot the item now holds. */
export interface ClaimedSlot {
  id: string;
  slotKey: string;
  channel: string;
  date: string;
  time: string;
}

export interface NextSlotQuery {
  planId: string;
  taskId: string;
  channel: string;
  itemId: string;
  placement: 'queue' | 'person';
  /** First day that may be taken (today, or the year's start for a backfill). */
  from: string;
  now: Date;
}

const isPostgres = (m: EntityManager) => m.connection.driver.options.type === 'postgres';

/** Rows of an UPDATE … RETURNING: TypeORM's PostgreSQL runner answers [rows, count] for an UPDATE. */
async function updateReturning<T>(m: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const raw = (await m.query(sql, params)) as unknown;
  if (isPostgres(m) && Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0])) return raw[0] as T[];
  return raw as T[];
}

/**
 * Takes the earliest open slot of a task's channel from a day on, in ONE statement: on
 * PostgreSQL the candidate is locked with FOR UPDATE SKIP LOCKED, so racing transactions each
 * take a different slot without waiting on each other; on SQLite (one writer at a time) the
 * outer `itemId IS NULL` keeps the update conditional. Null when no open slot is left.
 */
export async function claimNextSlot(m: EntityManager, q: NextSlotQuery): Promise<ClaimedSlot | null> {
  const pgsql = isPostgres(m);
  const p = (n: number) => (pgsql ? `$${n}` : '?');
  const sql =
    `UPDATE "slots" SET "itemId" = ${p(1)}, "placement" = ${p(2)}, "updatedAt" = ${p(3)} ` +
    `WHERE "itemId" IS NULL AND "id" = (SELECT "id" FROM "slots" WHERE "planId" = ${p(4)} AND "taskId" = ${p(5)} AND "channel" = ${p(6)} AND "itemId" IS NULL AND "date" >= ${p(7)} ` +
    `ORDER BY "date", "time", "slotKey" LIMIT 1${pgsql ? ' FOR UPDATE SKIP LOCKED' : ''}) ` +
    `RETURNING "id", "slotKey", "channel", "date", "time"`;
  const rows = await updateReturning<ClaimedSlot>(m, sql, [
    q.itemId,
    q.placement,
    q.now.toISOString(),
    q.planId,
    q.taskId,
    q.channel,
    q.from,
  ]);
  return rows[0] ?? null;
}

/** Takes one chosen slot if it is still open (a conditional UPDATE); null when someone was first. */
export async function claimSlot(
  m: EntityManager,
  slotId: string,
  itemId: string,
  placement: 'queue' | 'person',
  now: Date,
): Promise<ClaimedSlot | null> {
  const pgsql = isPostgres(m);
  const p = (n: number) => (pgsql ? `$${n}` : '?');
  const sql = `UPDATE "slots" SET "itemId" = ${p(1)}, "placement" = ${p(2)}, "updatedAt" = ${p(3)} WHERE "id" = ${p(4)} AND "itemId" IS NULL RETURNING "id", "slotKey", "channel", "date", "time"`;
  const rows = await updateReturning<ClaimedSlot>(m, sql, [itemId, placement, now.toISOString(), slotId]);
  return rows[0] ?? null;
}

/** Open slots of a task's channel before a day (the past a backfill may fill): how many, and the last one's day. */
export async function openSlotsBefore(
  m: EntityManager,
  planId: string,
  taskId: string,
  channel: string,
  before: string,
): Promise<{ count: number; last: string | null }> {
  const pgsql = isPostgres(m);
  const p = (n: number) => (pgsql ? `$${n}` : '?');
  const rows = (await m.query(
    `SELECT COUNT(*) AS "n", MAX("date") AS "last" FROM "slots" WHERE "planId" = ${p(1)} AND "taskId" = ${p(2)} AND "channel" = ${p(3)} AND "itemId" IS NULL AND "date" < ${p(4)}`,
    [planId, taskId, channel, before],
  )) as { n: string | number; last: string | null }[];
  return { count: Number(rows[0]?.n ?? 0), last: rows[0]?.last ?? null };
}

/** An open slot of the unit for a bulk fill: its task and channel, in date order. */
export interface OpenSlot {
  id: string;
  planId: string;
  taskId: string;
  channel: string;
  date: string;
}

/**
 * The unit's open slots of active plans in [from, to], in date order; on PostgreSQL locked
 * (FOR UPDATE SKIP LOCKED) so a concurrent fill takes others.
 */
export async function lockOpenSlots(m: EntityManager, unitId: string, from: string, to: string): Promise<OpenSlot[]> {
  const pgsql = isPostgres(m);
  const p = (n: number) => (pgsql ? `$${n}` : '?');
  return (await m.query(
    `SELECT s."id", s."planId", s."taskId", s."channel", s."date" FROM "slots" s
      WHERE s."unitId" = ${p(1)} AND s."itemId" IS NULL AND s."date" >= ${p(2)} AND s."date" <= ${p(3)}
        AND s."planId" IN (SELECT "id" FROM "plans" WHERE "unitId" = ${p(1)} AND "status" = 'active')
      ORDER BY s."date", s."time", s."slotKey"${pgsql ? ' FOR UPDATE OF s SKIP LOCKED' : ''}`,
    pgsql ? [unitId, from, to] : [unitId, from, to, unitId],
  )) as OpenSlot[];
}

/** Writes many placements in one statement per chunk; returns how many slots were still open and taken. */
export async function fillSlots(
  m: EntityManager,
  pairs: readonly { slotId: string; itemId: string }[],
  placement: 'queue' | 'person',
  now: Date,
): Promise<number> {
  const pgsql = isPostgres(m);
  let taken = 0;
  for (let i = 0; i < pairs.length; i += CHUNK) {
    const chunk = pairs.slice(i, i + CHUNK);
    const params: unknown[] = [placement, now.toISOString()];
    const tuples = chunk.map((x) => {
      params.push(x.slotId, x.itemId);
      const n = params.length;
      return pgsql ? `($${n - 1}::varchar, $${n}::varchar)` : '(?, ?)';
    });
    const sql = pgsql
      ? `UPDATE "slots" AS s SET "itemId" = v.item, "placement" = $1, "updatedAt" = $2 FROM (VALUES ${tuples.join(', ')}) AS v(id, item) WHERE s."id" = v.id AND s."itemId" IS NULL RETURNING s."id"`
      : `UPDATE "slots" SET "itemId" = v.item, "placement" = ?, "updatedAt" = ? FROM (SELECT column1 AS id, column2 AS item FROM (VALUES ${tuples.join(', ')})) AS v WHERE "slots"."id" = v.id AND "slots"."itemId" IS NULL RETURNING "slots"."id"`;
    taken += (await updateReturning<{ id: string }>(m, sql, params)).length;
  }
  return taken;
}

/** Ids of the unit's approved items, oldest first; on PostgreSQL locked (FOR UPDATE SKIP LOCKED) for a bulk fill. */
export async function lockApprovedItems(m: EntityManager, unitId: string): Promise<string[]> {
  const pgsql = isPostgres(m);
  const rows = (await m.query(
    `SELECT "id" FROM "content_items" WHERE "unitId" = ${pgsql ? '$1' : '?'} AND "status" = 'approved' ORDER BY "createdAt", "id"${pgsql ? ' FOR UPDATE SKIP LOCKED' : ''}`,
    [unitId],
  )) as { id: string }[];
  return rows.map((r) => r.id);
}
