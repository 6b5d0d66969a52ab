import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { rawQuery } from '../database/raw-sql.js';
import { SlotEntity } from './slot.entity.js';

const COLUMNS = ['id', 'planId', 'unitId', 'slotKey', 'taskId', 'channel', 'period', 'index', 'date', 'time', 'due', 'durationMin', 'durationMax', 'movedFrom', 'itemId', 'placement', 'updatedAt'] as const;
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
  async openSlotIds(m: EntityManager, q: { planId: string; taskId: string; channel: string; fromDay: string; limit: number }): Promise<string[]> {
    const rows = await rawQuery<{ id: string }>(
      m,
      `SELECT "id" FROM "slots" WHERE "planId" = $1 AND "taskId" = $2 AND "channel" = $3 AND "itemId" IS NULL AND "date" >= $4 ORDER BY "date", "time", "slotKey" LIMIT ${Math.max(1, Math.floor(q.limit))}`,
      [q.planId, q.taskId, q.channel, q.fromDay],
    );
    return rows.map((r) => r.id);
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
      const r = await m.createQueryBuilder().update(SlotEntity).set({ itemId, placement, updatedAt: now }).where('id = :slotId AND itemId IS NULL', { slotId }).execute();
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
  async move(m: EntityManager, id: string, fields: Partial<Pick<SlotEntity, 'taskId' | 'channel' | 'period' | 'index' | 'date' | 'time' | 'due' | 'durationMin' | 'durationMax' | 'movedFrom' | 'updatedAt'>>): Promise<void> {
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
  const head = `INSERT INTO "slots" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES `;
  for (let i = 0; i < slots.length; i += CHUNK) {
    const chunk = slots.slice(i, i + CHUNK);
    const params: unknown[] = [];
    const tuples = chunk.map((s) => {
      const start = params.length;
      params.push(s.id, s.planId, s.unitId, s.slotKey, s.taskId, s.channel, s.period, s.index, s.date, s.time, s.due, s.durationMin, s.durationMax, s.movedFrom, s.itemId, s.placement, s.updatedAt.toISOString());
      return `(${COLUMNS.map((_, k) => (postgres ? `$${start + k + 1}` : '?')).join(', ')})`;
    });
    await m.query(head + tuples.join(', '), params);
  }
}

export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; driverError?: { code?: string } };
  const code = err.driverError?.code ?? err.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
