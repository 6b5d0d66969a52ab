/**
 * Quota → one RFC 5545 rule per (task, channel) → slots.
 *
 * A quota ("03 tin, bài/tháng") becomes a recurrence pattern over Monday–Friday:
 * - n per month: FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=… with positions at the centres
 *   of n equal segments of the month's weekdays, the first half counted from the start and
 *   the second half from the end (3 a month → 4,11,-4), so the spread adapts to the month's
 *   length and nothing bunches at the start;
 * - n per week: FREQ=WEEKLY;BYDAY=… (1 → WE, 2 → TU,TH, 3 → MO,WE,FR);
 * - n per day: FREQ=DAILY;BYDAY=MO,…,FR with n publish times (BYHOUR);
 * - n per quarter, per year, or per campaign window: the exact centres of the period's
 *   weekdays (inside the window) in that year. impliedRRule() shows the pattern as
 *   FREQ=YEARLY;BYDAY=MO,…,FR;BYSETPOS=…, but the expanded rule is written explicitly
 *   (DTSTART + RDATE, see CalendarRule.encoding): ical.js ignores BYSETPOS in yearly rules;
 * - explicit patterns: a weekday ("thứ Sáu" → BYDAY=FR), a week of the month ("tuần thứ
 *   ba" → BYDAY=3WE, with a weekday 3FR; "tuần cuối" → -1…), days of the month ("vào ngày 10
 *   và ngày 25 hằng tháng" → BYMONTHDAY=10,25, when they are as many as the count), a part of
 *   day or a time.
 * When a period needs more slots than it has weekdays, each day gets several publish times
 * (BYHOUR) and the positions run over (day, time) pairs; such weekly and monthly rules are
 * also written explicitly, as clients read BYSETPOS with BYHOUR differently.
 *
 * The rule's instances are the nominal slots. One that falls on a day off moves to the
 * next free working day of the same period (else the previous one); the rule records it as
 * EXDATE (nominal) + RDATE (actual), so that any iCalendar client expanding the rule gets
 * exactly these slots. A nominal slot that has no free working day left in its period is
 * dropped (EXDATE only) and reported. With an explicit weekday (a Saturday broadcast), only
 * public holidays move a slot; the weekend named by the plan is kept.
 *
 * Slot identity is (task, channel, period, index): the index is the slot's place in its
 * period's nominal pattern, so an edit to the window or to another quota never renumbers it.
 *
 * Time: everything is computed on local dates (floating time); the rule text is floating
 * local time. Asia/Ho_Chi_Minh has no DST, so converting once (UTC = local − 7 h) is exact.
 */
import { DomainError } from '../errors/domain-error.js';
import type { Deadline, Quota, TimePoint } from '../grammar/phrase.types.js';
import { scheduleOf, type ChannelSchedule } from './channel-schedule.js';
import {
  countOf,
  countsTime,
  nominalOccurrences,
  patternOf,
  recurOf,
  resolveTimes,
  yearlyPositions,
  type Pattern,
  type PeriodSpan,
} from './recurrence-pattern.js';
import { dayNumberOf, formatTime, fromDayNumber, isoWeekday, parseTime, toDayNumber } from './local-date.js';
import type {
  CalendarExpansion,
  CalendarJson,
  CalendarRule,
  CalendarSlot,
  ExpansionContext,
  ExpansionNote,
  LocalDateTime,
  ObligationReason,
  OpenObligation,
  QuotaTask,
} from './calendar.types.js';

function icalOf(dt: LocalDateTime): string {
  const d = dt.date;
  const t = dt.time;
  return `${d.slice(0, 4)}${d.slice(5, 7)}${d.slice(8, 10)}T${t.slice(0, 2)}${t.slice(3, 5)}00`;
}

export interface RenderOptions {
  /** Write DTSTART/EXDATE/RDATE with this TZID (UNTIL then in UTC) instead of floating time. */
  tzid?: string;
  /** UTC offset of the tzid in minutes (Asia/Ho_Chi_Minh: 420). */
  utcOffsetMinutes?: number;
}

/** The iCalendar lines of a rule: DTSTART, RRULE, EXDATE, RDATE. */
export function renderRuleText(rule: Omit<CalendarRule, 'rrule'>, options: RenderOptions = {}): string {
  const tz = options.tzid ? `;TZID=${options.tzid}` : '';
  const lines = [`DTSTART${tz}:${icalOf(rule.start)}`];
  let recur = rule.recur;
  if (rule.until) {
    if (options.tzid) {
      const offset = options.utcOffsetMinutes ?? 0;
      const { hour, minute } = parseTime(rule.until.time);
      const ms = toDayNumber(rule.until.date) * 86_400_000 + ((hour * 60 + minute - offset) * 60 + 59) * 1000;
      recur += `;UNTIL=${new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
    } else {
      recur += `;UNTIL=${icalOf(rule.until).slice(0, 13)}59`;
    }
  }
  lines.push(`RRULE:${recur}`);
  if (rule.exdates.length > 0) lines.push(`EXDATE${tz}:${rule.exdates.map(icalOf).join(',')}`);
  if (rule.rdates.length > 0) lines.push(`RDATE${tz}:${rule.rdates.map(icalOf).join(',')}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------
// Windows

function pointDay(point: TimePoint | undefined, year: number): number | null {
  if (point === undefined) return null;
  if (typeof point === 'string') {
    if (/^--\d{2}-\d{2}$/.test(point)) return toDayNumber(`${year}${point.slice(1)}`);
    return toDayNumber(point.slice(0, 10));
  }
  if ('month' in point && typeof point.month === 'number' && typeof point.day === 'number') {
    const yearOffset = typeof point.yearOffset === 'number' ? point.yearOffset : 0;
    return dayNumberOf(year + yearOffset, point.month, point.day);
  }
  if ('knownDate' in point && typeof point.knownDate === 'string') return toDayNumber(point.knownDate);
  return null;
}

function deadlineDay(d: Deadline | undefined, year: number): number | null {
  if (!d) return null;
  if (typeof d.before === 'string') {
    const day = pointDay(d.before, year);
    return day === null ? null : day - 1;
  }
  if (typeof d.onOrBefore === 'string') return pointDay(d.onOrBefore, year);
  return null;
}

// ---------------------------------------------------------------------------------------
// Expansion

function durationFields(q: Quota | undefined): { durationMin?: number; durationMax?: number } {
  const out: { durationMin?: number; durationMax?: number } = {};
  if (q && typeof q.durationMin === 'number') out.durationMin = q.durationMin;
  if (q && typeof q.durationMax === 'number') out.durationMax = q.durationMax;
  return out;
}

export interface TaskExpansion {
  rule: CalendarRule | null;
  slots: CalendarSlot[];
  obligation: OpenObligation | null;
  notes: ExpansionNote[];
}

function obligation(task: QuotaTask, reason: ObligationReason, message: string): TaskExpansion {
  return { rule: null, slots: [], obligation: { taskId: task.taskId, channel: task.channel, reason, message }, notes: [] };
}

function isRecurringQuota(q: Quota | undefined): boolean {
  if (!q) return false;
  if (q.total === true || q.perEntity !== undefined || q.perItem !== undefined) return false;
  return countOf(q) !== null || q.count === null || countsTime(q);
}

/** Expands one (task, channel) for the plan year. */
export function expandTask(task: QuotaTask, ctx: ExpansionContext): TaskExpansion {
  const { year, calendar } = ctx;
  const schedule = scheduleOf(ctx.schedules, task.channel);
  const yearStart = dayNumberOf(year, 1, 1);
  const yearEnd = dayNumberOf(year, 12, 31);
  const tf = task.timeframe;
  let from = pointDay(tf?.from ?? tf?.date, year) ?? yearStart;
  let to = pointDay(tf?.to ?? tf?.date, year) ?? yearEnd;
  const dl = deadlineDay(task.deadline, year);
  if (dl !== null) to = Math.min(to, dl);
  from = Math.max(from, yearStart);
  to = Math.min(to, yearEnd);
  const q = task.quota;
  const durations = durationFields(q);
  const idPrefix = `${task.taskId}:${task.channel}:`;

  if (q && isRecurringQuota(q)) {
    if (countsTime(q)) {
      return obligation(
        task,
        'no-count',
        'Chỉ tiêu tính bằng thời gian (giờ, phút) mỗi kỳ, không phải số lượng tin, bài: nghĩa vụ mở, không tạo lịch.',
      );
    }
    if (countOf(q) === null) {
      return obligation(task, 'no-count', 'Chỉ tiêu có chu kỳ nhưng không nêu số lượng: nghĩa vụ mở, không tạo lịch.');
    }
    const { pattern, notes: pn } = patternOf(q, schedule);
    const notes: ExpansionNote[] = pn.map((n) => ({ taskId: task.taskId, channel: task.channel, ...n }));
    if (!pattern) {
      return obligation(task, 'not-periodic', 'Chỉ tiêu không theo chu kỳ thời gian: nghĩa vụ mở, không tạo lịch.');
    }
    if (from > to) return { rule: null, slots: [], obligation: null, notes };
    if (pattern.freq === 'YEARLY') {
      const yn: Array<{ code: string; message: string }> = [];
      pattern.positions = yearlyPositions(pattern, year, from, to, yn);
      for (const n of yn) notes.push({ taskId: task.taskId, channel: task.channel, ...n });
    }
    const expanded = expandPattern(task, pattern, from, to, ctx, schedule, idPrefix, durations);
    return { ...expanded, notes: [...notes, ...expanded.notes] };
  }
  if (q && !isRecurringQuota(q) && (q.total === true || q.perEntity !== undefined || q.perItem !== undefined)) {
    return obligation(task, 'not-periodic', 'Chỉ tiêu theo đơn vị hoặc tổng số, không theo chu kỳ: nghĩa vụ mở.');
  }
  // No recurring quota: a deadline, or a bounded timeframe, makes one due slot.
  const hasDeadline = task.deadline !== undefined;
  if (hasDeadline && dl === null) {
    return obligation(task, 'unresolved-deadline', 'Hạn chót phụ thuộc sự kiện hoặc kỳ báo cáo: chưa xác định được ngày.');
  }
  const bounded = hasDeadline || (tf !== undefined && tf.recurring !== 'continuous' && (tf.to !== undefined || tf.date !== undefined));
  if (!bounded) {
    return obligation(task, 'continuous', 'Thực hiện thường xuyên, không có số lượng: nghĩa vụ mở, không tạo lịch.');
  }
  if (from > to) return { rule: null, slots: [], obligation: null, notes: [] };
  const day = calendar.lastWorkingDayOnOrBefore(to, from);
  if (day === null) {
    return {
      rule: null,
      slots: [],
      obligation: null,
      notes: [
        {
          taskId: task.taskId,
          channel: task.channel,
          code: 'calendar.no-working-day',
          message: `Không có ngày làm việc nào từ ${fromDayNumber(from)} đến ${fromDayNumber(to)}.`,
        },
      ],
    };
  }
  const { hours, minute } = resolveTimes(q, schedule, 1);
  const time = formatTime(hours[0]!, minute);
  const date = fromDayNumber(day);
  const ruleBase = {
    taskId: task.taskId,
    channel: task.channel,
    period: 'due' as const,
    start: { date, time },
    recur: 'FREQ=DAILY;COUNT=1',
    encoding: 'pattern' as const,
    exdates: [],
    rdates: [],
    ...durations,
  };
  const slot: CalendarSlot = {
    id: `${idPrefix}due:1`,
    taskId: task.taskId,
    channel: task.channel,
    period: 'due',
    index: 1,
    date,
    time,
    due: fromDayNumber(calendar.addWorkingDaysNumber(day, -schedule.leadWorkingDays)),
    ...durations,
  };
  return { rule: { ...ruleBase, rrule: renderRuleText(ruleBase) }, slots: [slot], obligation: null, notes: [] };
}

function expandPattern(
  task: QuotaTask,
  p: Pattern,
  from: number,
  to: number,
  ctx: ExpansionContext,
  schedule: ChannelSchedule,
  idPrefix: string,
  durations: { durationMin?: number; durationMax?: number },
): Omit<TaskExpansion, 'notes'> & { notes: ExpansionNote[] } {
  const { calendar, year } = ctx;
  const nominal = nominalOccurrences(p, year, from, to);
  const notes: ExpansionNote[] = [];
  const times = p.hours.map((h) => formatTime(h, p.minute));
  const lead = schedule.leadWorkingDays;
  const K = 32;
  const slots: CalendarSlot[] = [];
  const exdates: LocalDateTime[] = [];
  const rdates: LocalDateTime[] = [];
  const isOff = p.explicitDays ? (d: number) => calendar.isHolidayNumber(d) : (d: number) => !calendar.isWorkingDayNumber(d);

  const dMin = durations.durationMin;
  const dMax = durations.durationMax;
  const makeSlot = (span: PeriodSpan, index: number, hour: number, day: number, movedFrom?: number): CalendarSlot => {
    const slot: CalendarSlot = {
      id: idPrefix + span.key + ':' + index,
      taskId: task.taskId,
      channel: task.channel,
      period: span.key,
      index,
      date: fromDayNumber(day),
      time: times[hour]!,
      due: fromDayNumber(calendar.addWorkingDaysNumber(day, -lead)),
    };
    if (dMin !== undefined) slot.durationMin = dMin;
    if (dMax !== undefined) slot.durationMax = dMax;
    if (movedFrom !== undefined) slot.movedFrom = fromDayNumber(movedFrom);
    return slot;
  };

  const { day: nDay, hour: nHour, index: nIndex, period: nPeriod, periods } = nominal;
  const count = nDay.length;
  for (let i = 0; i < count;) {
    // One period at a time.
    let j = i;
    const pi = nPeriod[i]!;
    const span = periods[pi]!;
    while (j < count && nPeriod[j] === pi) j++;
    let anyOff = false;
    for (let x = i; x < j; x++) if (isOff(nDay[x]!)) anyOff = true;
    if (!anyOff) {
      for (let x = i; x < j; x++) slots.push(makeSlot(span, nIndex[x]!, nHour[x]!, nDay[x]!));
      i = j;
      continue;
    }
    const occupied = new Set<number>();
    for (let x = i; x < j; x++) if (!isOff(nDay[x]!)) occupied.add(nDay[x]! * K + nHour[x]!);
    const lo = Math.max(span.start, from);
    const hi = Math.min(span.end, to);
    for (let x = i; x < j; x++) {
      const day = nDay[x]!;
      const hour = nHour[x]!;
      const index = nIndex[x]!;
      if (!isOff(day)) {
        slots.push(makeSlot(span, index, hour, day));
        continue;
      }
      exdates.push({ date: fromDayNumber(day), time: times[hour]! });
      let target: number | null = null;
      if (p.unit !== 'day') {
        for (let d = day + 1; d <= hi && target === null; d++) {
          if (calendar.isWorkingDayNumber(d) && !occupied.has(d * K + hour)) target = d;
        }
        for (let d = day - 1; d >= lo && target === null; d--) {
          if (calendar.isWorkingDayNumber(d) && !occupied.has(d * K + hour)) target = d;
        }
      }
      if (target === null) {
        if (p.unit !== 'day') {
          notes.push({
            taskId: task.taskId,
            channel: task.channel,
            code: 'calendar.slot-dropped',
            message: `Kỳ ${span.key}: không còn ngày làm việc trống để dời slot ${index} khỏi ngày nghỉ ${fromDayNumber(day)}.`,
            evidence: { period: span.key, index, date: fromDayNumber(day) },
          });
        }
        continue;
      }
      occupied.add(target * K + hour);
      rdates.push({ date: fromDayNumber(target), time: times[hour]! });
      slots.push(makeSlot(span, index, hour, target, day));
    }
    i = j;
  }

  // Per-day quotas: a make-up working Saturday is a working day too.
  if (p.unit === 'day') {
    for (let d = from; d <= to; d++) {
      if (isoWeekday(d) >= 6 && calendar.isWorkingDayNumber(d)) {
        const span: PeriodSpan = { key: fromDayNumber(d), start: d, end: d };
        for (let h = 0; h < p.hours.length; h++) {
          rdates.push({ date: span.key, time: times[h]! });
          slots.push(makeSlot(span, h + 1, h, d));
        }
      }
    }
  }

  if (count === 0 && rdates.length === 0) {
    notes.push({
      taskId: task.taskId,
      channel: task.channel,
      code: 'calendar.no-occurrence',
      message: `Mẫu lặp không có lần nào trong khoảng ${fromDayNumber(from)}–${fromDayNumber(to)}.`,
    });
    return { rule: null, slots: [], obligation: null, notes };
  }
  if (!isSorted(slots)) slots.sort(compareSlots);
  const recur = recurOf(p);
  const first = count > 0 ? { day: nDay[0]!, hour: nHour[0]! } : null;
  // No nominal instance (a window holding only a make-up Saturday): DTSTART must be an instance. Lunar days, which no
  // RRULE says, are listed too.
  if (first === null || (p.hours.length > 1 && p.freq !== 'DAILY') || p.freq === 'YEARLY' || p.lunar) {
    if (slots.length === 0) return { rule: null, slots, obligation: null, notes };
    const explicit = {
      taskId: task.taskId,
      channel: task.channel,
      period: p.unit,
      start: { date: slots[0]!.date, time: slots[0]!.time },
      recur: 'FREQ=DAILY;COUNT=1',
      encoding: 'explicit' as const,
      exdates: [],
      rdates: slots.slice(1).map((s) => ({ date: s.date, time: s.time })),
      ...durations,
    };
    return { rule: { ...explicit, rrule: renderRuleText(explicit) }, slots, obligation: null, notes };
  }
  const ruleBase = {
    taskId: task.taskId,
    channel: task.channel,
    period: p.unit,
    start: { date: fromDayNumber(first.day), time: times[first.hour]! },
    recur,
    encoding: 'pattern' as const,
    until: { date: fromDayNumber(to), time: '23:59' },
    exdates: sortDateTimes(exdates),
    rdates: sortDateTimes(rdates),
    ...durations,
  };
  return { rule: { ...ruleBase, rrule: renderRuleText(ruleBase) }, slots, obligation: null, notes };
}

function isSorted(slots: readonly CalendarSlot[]): boolean {
  for (let i = 1; i < slots.length; i++) if (compareSlots(slots[i - 1]!, slots[i]!) > 0) return false;
  return true;
}

function sortDateTimes(list: LocalDateTime[]): LocalDateTime[] {
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
}

export function compareSlots(a: CalendarSlot, b: CalendarSlot): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.time !== b.time) return a.time < b.time ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Expands every (task, channel) of a plan for one year. Duplicate (task, channel) pairs are refused. */
export function expandCalendar(tasks: readonly QuotaTask[], ctx: ExpansionContext): CalendarExpansion {
  const seen = new Set<string>();
  const result: CalendarExpansion = { year: ctx.year, rules: [], slots: [], obligations: [], notes: [] };
  for (const task of tasks) {
    const key = `${task.taskId}:${task.channel}`;
    if (seen.has(key)) {
      throw new DomainError(
        'calendar.duplicate-task-channel',
        `Nhiệm vụ ${task.taskId} có hai chỉ tiêu cho cùng kênh ${task.channel}: mỗi cặp (nhiệm vụ, kênh) chỉ có một quy tắc.`,
        { taskId: task.taskId, channel: task.channel },
      );
    }
    seen.add(key);
    const e = expandTask(task, ctx);
    if (e.rule) result.rules.push(e.rule);
    for (const s of e.slots) result.slots.push(s);
    if (e.obligation) result.obligations.push(e.obligation);
    for (const n of e.notes) result.notes.push(n);
  }
  return result;
}

/** The `--format json` contract: `{year, rules[{taskId, channel, rrule}], slots[…]}`. */
export function toCalendarJson(expansion: CalendarExpansion): CalendarJson {
  return {
    year: expansion.year,
    rules: expansion.rules.map((r) => ({ taskId: r.taskId, channel: r.channel, rrule: r.rrule })),
    slots: [...expansion.slots].sort(compareSlots).map((s) => {
      const out: CalendarJson['slots'][number] = {
        id: s.id,
        taskId: s.taskId,
        channel: s.channel,
        date: s.date,
        time: s.time,
        due: s.due,
      };
      if (s.durationMin !== undefined) out.durationMin = s.durationMin;
      if (s.durationMax !== undefined) out.durationMax = s.durationMax;
      return out;
    }),
  };
}

// The RRULE a quota implies, and re-expansion, live in their own modules; re-exported here
// by name for the callers of the expansion (`loa parse`, the calendar service).
export { impliedRRule } from './recurrence-pattern.js';
export { reconcileSlots, type SlotChange, type SlotReconciliation } from './slot-reconciliation.js';
export type {
  CalendarExpansion,
  CalendarJson,
  CalendarRule,
  CalendarSlot,
  ExpansionContext,
  ExpansionNote,
  LocalDateTime,
  ObligationReason,
  OpenObligation,
  PeriodUnit,
  QuotaTask,
} from './calendar.types.js';
