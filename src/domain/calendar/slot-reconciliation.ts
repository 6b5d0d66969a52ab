/**
 * Re-expansion: compares the slots of a previous expansion with a new one by slot id
 * (task, channel, period, index), so that a filled slot keeps its content item when its
 * date moves, and a slot that disappears releases its item back to the queue.
 */
import { DomainError } from '../errors/domain-error.js';
import type { CalendarSlot } from './calendar.types.js';

export interface SlotChange {
  id: string;
  before: CalendarSlot;
  after: CalendarSlot;
}

export interface SlotReconciliation {
  /** Same id, nothing changed. */
  kept: CalendarSlot[];
  /** Same id, new date/time/due/duration: a filled slot keeps its item and moves with it. */
  moved: SlotChange[];
  added: CalendarSlot[];
  /** Ids that disappeared: their content items go back to the queue. */
  removed: CalendarSlot[];
}

/** Compares a previous expansion's slots with a new one, by slot id. */
export function reconcileSlots(previous: readonly CalendarSlot[], next: readonly CalendarSlot[]): SlotReconciliation {
  const before = new Map<string, CalendarSlot>();
  for (const s of previous) {
    if (before.has(s.id)) {
      throw new DomainError('calendar.duplicate-slot', `Slot ${s.id} bị trùng trong lịch cũ.`, { id: s.id });
    }
    before.set(s.id, s);
  }
  const result: SlotReconciliation = { kept: [], moved: [], added: [], removed: [] };
  const seen = new Set<string>();
  for (const s of next) {
    if (seen.has(s.id)) throw new DomainError('calendar.duplicate-slot', `Slot ${s.id} bị trùng trong lịch mới.`, { id: s.id });
    seen.add(s.id);
    const old = before.get(s.id);
    if (!old) result.added.push(s);
    else if (sameSlot(old, s)) result.kept.push(s);
    else result.moved.push({ id: s.id, before: old, after: s });
  }
  for (const s of previous) if (!seen.has(s.id)) result.removed.push(s);
  return result;
}

function sameSlot(a: CalendarSlot, b: CalendarSlot): boolean {
  return (
    a.date === b.date &&
    a.time === b.time &&
    a.due === b.due &&
    a.durationMin === b.durationMin &&
    a.durationMax === b.durationMax &&
    a.movedFrom === b.movedFrom
  );
}

/** A stored slot as the active calendar's reconciliation sees it. */
export interface StoredSlot extends CalendarSlot {
  /** True while a content item sits in the slot (placed, approved, published, …). */
  filled: boolean;
}

export interface ActiveReconciliation extends SlotReconciliation {
  /** Slots left exactly as they were: filled ones and past ones (history). */
  frozen: StoredSlot[];
  /** Slots of the new expansion not created because their day has passed. */
  skippedPast: CalendarSlot[];
}

/**
 * Re-expansion of a calendar already in use (an active plan edited or re-activated). History
 * is immutable: a slot that holds an item, or whose day is before `today`, stays where it is
 * and keeps counting, whether or not the new expansion still has it; the new expansion's slot
 * of the same id is then not created. Only open slots from `today` on move, appear or go; a
 * new slot dated before `today` is not created (nobody can fill the past by accident).
 */
export function reconcileActiveSlots(previous: readonly StoredSlot[], next: readonly CalendarSlot[], today: string): ActiveReconciliation {
  const frozen = previous.filter((s) => s.filled || s.date < today);
  const frozenIds = new Set(frozen.map((s) => s.id));
  const open = previous.filter((s) => !frozenIds.has(s.id));
  const candidates = next.filter((s) => !frozenIds.has(s.id));
  const skippedPast = candidates.filter((s) => s.date < today);
  const change = reconcileSlots(
    open,
    candidates.filter((s) => s.date >= today),
  );
  return { ...change, frozen, skippedPast };
}
