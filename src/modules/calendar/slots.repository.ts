import type { EntityManager } from 'typeorm';
import type { SlotEntity } from './slot.entity.js';

const COLUMNS = ['id', 'planId', 'unitId', 'slotKey', 'taskId', 'channel', 'period', 'index', 'date', 'time', 'due', 'durationMin', 'durationMax', 'movedFrom', 'itemId', 'placement', 'updatedAt'] as const;
/** Rows per statement: 17 columns × 500 stays under both drivers' parameter limits. */
const CHUNK = 500;

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
