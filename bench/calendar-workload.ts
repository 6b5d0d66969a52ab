/**
 * A national-scale calendar workload: every commune and ward of Vietnam (3,321 units since
 * 1 July 2025) with 15 quotas of mixed kinds, ≈ 1 million slots a year. Deterministic, in
 * memory, so that later benchmarks (persistence on SQLite/PostgreSQL, the HTTP calendar)
 * can reuse the same rows.
 */
import rrulePkg from 'rrule';
import {
  expandCalendar,
  renderRuleText,
  type CalendarExpansion,
  type CalendarRule,
  type ExpansionContext,
  type QuotaTask,
} from '../src/domain/calendar/quota-expansion.js';
import { VIETNAM_TZID, VIETNAM_UTC_OFFSET_MINUTES } from '../src/domain/calendar/local-date.js';

const { rrulestr } = rrulePkg;

export const NATIONAL_UNIT_COUNT = 3321;

/** The 15 quotas of unit number `unit` (0-based) for `year`. */
export function unitTasks(unit: number, year: number): QuotaTask[] {
  const id = `u${String(unit).padStart(4, '0')}`;
  const y = String(year);
  const all: QuotaTask = { taskId: '', channel: '', timeframe: { recurring: 'continuous', from: `${y}-01-01`, to: `${y}-12-31` } };
  const t = (n: number, channel: string, extra: Partial<QuotaTask>): QuotaTask => ({
    ...all,
    taskId: `${id}.${n}`,
    channel,
    ...extra,
  });
  return [
    t(1, 'web-portal', { quota: { count: 2 + (unit % 3), unit: 'tin, bài', per: 'month' } }),
    t(2, 'radio', { quota: { count: 1, unit: 'chương trình', per: 'month', durationMin: 10, durationMax: 15 } }),
    t(3, 'zalo-oa', { quota: { count: 1, unit: 'tin', per: 'week' } }),
    t(4, 'facebook', { quota: { count: 2, unit: 'bài', per: 'week' } }),
    t(5, 'led-screen', { quota: { count: 1, unit: 'nội dung', per: 'month' } }),
    t(6, 'press', { quota: { count: 2, unit: 'bài', per: 'quarter' } }),
    t(7, 'bulletin', { quota: { count: 1, unit: 'số', per: 'quarter' } }),
    t(8, 'radio', {
      quota: {
        count: 1,
        unit: 'kỳ',
        per: 'month',
        weekday: 'saturday',
        weekOfMonth: 'last',
        partOfDay: 'morning',
        durationMin: 60,
        durationMax: 60,
      },
    }),
    t(9, 'youtube', { quota: { count: 1, unit: 'video', per: 'month', weekday: 'friday', weekOfMonth: 3 } }),
    t(10, 'posting', { quota: { count: 2, unit: 'tin', per: 'month' } }),
    t(11, 'meeting', { timeframe: {}, deadline: { before: `${y}-11-30` } }),
    t(12, 'training', { quota: { count: 1, unit: 'lớp', per: 'year' } }),
    t(13, 'performance', {}),
    t(14, 'web-portal', {
      quota: { count: 1, unit: 'tin', per: 'week', weekday: 'wednesday' },
      timeframe: { from: `${y}-04-01`, to: `${y}-09-30` },
    }),
    t(15, 'email', { quota: { count: 1, unit: 'bản tin', per: 'month' } }),
  ];
}

export function nationalWorkload(year: number, units = NATIONAL_UNIT_COUNT): QuotaTask[] {
  const tasks: QuotaTask[] = [];
  for (let u = 0; u < units; u++) for (const task of unitTasks(u, year)) tasks.push(task);
  return tasks;
}

export interface Timed<T> {
  seconds: number;
  value: T;
}

export function timed<T>(fn: () => T): Timed<T> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  const value = fn();
  return { seconds: (performance.now() - start) / 1000, value };
}

/** Loa's in-memory expansion of the workload (rules + slots). */
export function expandWorkload(tasks: readonly QuotaTask[], ctx: ExpansionContext): CalendarExpansion {
  return expandCalendar(tasks, ctx);
}

/**
 * The same rules expanded by rrule.js with TZID=Asia/Ho_Chi_Minh (DTSTART, EXDATE, RDATE
 * in the zone, UNTIL in UTC), as a TZID-aware iCalendar consumer would: returns the number
 * of occurrences.
 */
export function expandWithRruleTzid(rules: readonly CalendarRule[]): number {
  let occurrences = 0;
  for (const rule of rules) {
    const text = renderRuleText(rule, { tzid: VIETNAM_TZID, utcOffsetMinutes: VIETNAM_UTC_OFFSET_MINUTES });
    occurrences += rrulestr(text, { forceset: true }).all().length;
  }
  return occurrences;
}

/** The same rules expanded by rrule.js in floating time (no TZID): the cost without time zones. */
export function expandWithRruleFloating(rules: readonly CalendarRule[]): number {
  let occurrences = 0;
  for (const rule of rules) occurrences += rrulestr(rule.rrule, { forceset: true }).all().length;
  return occurrences;
}
