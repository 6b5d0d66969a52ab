import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { type CalendarExpansion, type CalendarSlot, reconcileSlots } from '../../domain/calendar/quota-expansion.js';
import { reconcileActiveSlots } from '../../domain/calendar/slot-reconciliation.js';
import { expandPlan } from '../../domain/calendar/plan-calendar.js';
import { Clock } from '../common/clock.js';
import { newId } from '../common/ids.js';
import { vietnamDay } from '../content/vietnam-today.js';
import type { PlanEntity } from '../plans/plan.entity.js';
import { ReferenceData } from '../reference/reference-data.js';
import { CalendarRuleEntity } from './calendar-rule.entity.js';
import type { SlotEntity } from './slot.entity.js';
import { SlotsRepository } from './slots.repository.js';

export interface SlotRelease {
  planId: string;
  slotKey: string;
  taskId: string;
  channel: string;
  itemId: string;
  date: string;
  placement: 'queue' | 'person' | null;
}

export interface SyncResult {
  added: number;
  updated: number;
  kept: number;
  removed: number;
  /** Filled or past slots left exactly where they were (history is immutable). */
  frozen: number;
  /** Slots of the new expansion not created because their day has passed. */
  skippedPast: number;
  released: SlotRelease[];
  obligations: CalendarExpansion['obligations'];
  notes: CalendarExpansion['notes'];
}

const INSERT_CHUNK = 500;

/**
 * Keeps a plan's stored calendar equal to its expansion. Slot identity is the domain's
 * (task, channel, period, index). The first activation writes the whole expansion. Once the
 * calendar is in use, history is immutable (reconcileActiveSlots): filled slots and slots
 * before today stay where they are and keep counting; only open slots from today on move,
 * appear or go. Runs inside the caller's transaction.
 */
@Injectable()
export class CalendarSyncService {
  constructor(
    private readonly reference: ReferenceData,
    private readonly slots: SlotsRepository,
    private readonly clock: Clock,
  ) {}

  expand(plan: PlanEntity): CalendarExpansion {
    return expandPlan(plan.document, { calendar: this.reference.workingDays, schedules: this.reference.schedules });
  }

  async sync(m: EntityManager, plan: PlanEntity): Promise<SyncResult> {
    return this.store(m, plan, this.expand(plan));
  }

  /** Writes an expansion of the plan (see sync). */
  async store(m: EntityManager, plan: Pick<PlanEntity, 'id' | 'unitId'>, expansion: CalendarExpansion): Promise<SyncResult> {
    const now = this.clock.now();
    const stored = await this.slots.ofPlan(plan.id, m);
    const byKey = new Map(stored.map((s) => [s.slotKey, s]));
    const change =
      stored.length === 0
        ? { ...reconcileSlots([], expansion.slots), frozen: [], skippedPast: [] }
        : reconcileActiveSlots(
            stored.map((s) => ({ ...asCalendarSlot(s), filled: s.itemId !== null })),
            expansion.slots,
            vietnamDay(now),
          );
    const fields = (s: CalendarSlot) => ({
      taskId: s.taskId,
      channel: s.channel,
      period: s.period,
      index: s.index,
      date: s.date,
      time: s.time,
      due: s.due,
      durationMin: s.durationMin ?? null,
      durationMax: s.durationMax ?? null,
      movedFrom: s.movedFrom ?? null,
    });
    for (const { id, after } of change.moved) await this.slots.move(m, byKey.get(id)!.id, { ...fields(after), updatedAt: now });
    await this.slots.insertMany(
      m,
      change.added.map((s) => ({
        id: newId(),
        planId: plan.id,
        unitId: plan.unitId,
        slotKey: s.id,
        itemId: null,
        placement: null,
        updatedAt: now,
        ...fields(s),
      })),
    );
    const gone = change.removed.map((s) => byKey.get(s.id)!);
    const released: SlotRelease[] = gone
      .filter((s) => s.itemId)
      .map((s) => ({
        planId: s.planId,
        slotKey: s.slotKey,
        taskId: s.taskId,
        channel: s.channel,
        itemId: s.itemId!,
        date: s.date,
        placement: s.placement,
      }));
    await this.slots.deleteMany(
      m,
      gone.map((s) => s.id),
    );

    await m.delete(CalendarRuleEntity, { planId: plan.id });
    const rules: CalendarRuleEntity[] = [
      ...expansion.rules.map((r) => ({
        id: newId(),
        planId: plan.id,
        unitId: plan.unitId,
        taskId: r.taskId,
        channel: r.channel,
        kind: 'rule' as const,
        rrule: r.rrule,
        detail: { period: r.period, encoding: r.encoding, durationMin: r.durationMin ?? null, durationMax: r.durationMax ?? null },
      })),
      ...expansion.obligations
        .filter((o) => !expansion.rules.some((r) => r.taskId === o.taskId && r.channel === o.channel))
        .map((o) => ({
          id: newId(),
          planId: plan.id,
          unitId: plan.unitId,
          taskId: o.taskId,
          channel: o.channel,
          kind: 'obligation' as const,
          rrule: null,
          detail: { reason: o.reason, message: o.message },
        })),
    ];
    const seen = new Set<string>();
    const unique = rules.filter((r) => {
      const k = `${r.taskId}\u0000${r.channel}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    for (let i = 0; i < unique.length; i += INSERT_CHUNK)
      await m.insert(CalendarRuleEntity, unique.slice(i, i + INSERT_CHUNK) as QueryDeepPartialEntity<CalendarRuleEntity>[]);
    return {
      added: change.added.length,
      updated: change.moved.length,
      kept: change.kept.length,
      removed: gone.length,
      frozen: change.frozen.length,
      skippedPast: change.skippedPast.length,
      released,
      obligations: expansion.obligations,
      notes: expansion.notes,
    };
  }
}

/** A stored slot in the domain's shape (its key is the domain's slot id). */
function asCalendarSlot(s: SlotEntity): CalendarSlot {
  return {
    id: s.slotKey,
    taskId: s.taskId,
    channel: s.channel,
    period: s.period,
    index: s.index,
    date: s.date,
    time: s.time,
    due: s.due,
    ...(s.durationMin !== null ? { durationMin: s.durationMin } : {}),
    ...(s.durationMax !== null ? { durationMax: s.durationMax } : {}),
    ...(s.movedFrom !== null ? { movedFrom: s.movedFrom } : {}),
  };
}
