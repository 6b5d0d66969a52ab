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
 *   ba" → BYDAY=3WE, with a weekday 3FR; "tuần cuối" → -1…), a part of day or a time.
 * When a period needs more slots than it has weekdays, each day gets several publish times
 * (BYHOUR) and BYSETPOS runs over (day, time) pairs.
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
import type { Deadline, PartOfDay, Quota, Timeframe, TimePoint, Weekday } from '../grammar/phrase.types.js';
import { scheduleOf, timeForPartOfDay, type ChannelSchedule, type ChannelScheduleDefaults } from './channel-schedule.js';
import {
  dayNumberOf,
  formatTime,
  fromDayNumber,
  isoWeekday,
  parseTime,
  toDayNumber,
  yearOf,
} from './local-date.js';
import type { WorkingDayCalendar } from './working-days.js';

// ---------------------------------------------------------------------------------------
// Public types

export interface QuotaTask {
  taskId: string;
  channel: string;
  quota?: Quota;
  timeframe?: Timeframe;
  deadline?: Deadline;
}

export interface ExpansionContext {
  year: number;
  calendar: WorkingDayCalendar;
  schedules: ChannelScheduleDefaults;
}

export type PeriodUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'campaign' | 'due';

/** A local date and wall time. */
export interface LocalDateTime {
  date: string;
  time: string;
}

export interface CalendarRule {
  taskId: string;
  channel: string;
  /** The full iCalendar text in floating local time: DTSTART, RRULE, EXDATE, RDATE lines. */
  rrule: string;
  period: PeriodUnit;
  start: LocalDateTime;
  /** The RRULE value without UNTIL. */
  recur: string;
  /** Last local moment of the window (UNTIL), absent for COUNT rules. */
  until?: LocalDateTime;
  exdates: LocalDateTime[];
  rdates: LocalDateTime[];
  /**
   * 'pattern': the RRULE is the quota's pattern, with EXDATE/RDATE for holiday moves.
   * 'explicit': DTSTART is the first slot, RRULE:FREQ=DAILY;COUNT=1 and RDATE lists the
   * others. Used where clients disagree on the pattern, so only the explicit list is read
   * alike everywhere: quarter, year and campaign quotas (FREQ=YEARLY with BYSETPOS, which
   * ical.js ignores), and weekly or monthly rules with several publish times a day (BYHOUR:
   * ical.js applies BYSETPOS to days only and misplaces BYDAY=1MO;BYHOUR=8,9; rrule.js
   * restarts a weekly BYSETPOS set at DTSTART). Daily rules with BYHOUR stay patterns.
   */
  encoding: 'pattern' | 'explicit';
  /** Duration of each instance, from the quota ("10-15 phút"). */
  durationMin?: number;
  durationMax?: number;
}

export interface CalendarSlot {
  /** `<taskId>:<channel>:<period>:<index>` */
  id: string;
  taskId: string;
  channel: string;
  /** 2024-03, 2024-W10, 2024-Q1, 2024, 2024-03-06 (per day), campaign, due. */
  period: string;
  /** 1-based place in the period's nominal pattern. */
  index: number;
  /** Publish date (local). */
  date: string;
  /** Publish time (local, HH:MM). */
  time: string;
  /** Production due date: the channel's lead time in working days before `date`. */
  due: string;
  durationMin?: number;
  durationMax?: number;
  /** The nominal date when the slot was moved off a day off. */
  movedFrom?: string;
}

export type ObligationReason = 'continuous' | 'no-count' | 'not-periodic' | 'unresolved-deadline';

/** A task that makes no slot but stays visible (e.g. "Thường xuyên" with no number). */
export interface OpenObligation {
  taskId: string;
  channel: string;
  reason: ObligationReason;
  message: string;
}

export interface ExpansionNote {
  taskId: string;
  channel: string;
  code: string;
  message: string;
  evidence?: Record<string, unknown>;
}

export interface CalendarExpansion {
  year: number;
  rules: CalendarRule[];
  slots: CalendarSlot[];
  obligations: OpenObligation[];
  notes: ExpansionNote[];
}

/** The `loa calendar --format json` contract. */
export interface CalendarJson {
  year: number;
  rules: Array<{ taskId: string; channel: string; rrule: string }>;
  slots: Array<{
    id: string;
    taskId: string;
    channel: string;
    date: string;
    time: string;
    due: string;
    durationMin?: number;
    durationMax?: number;
  }>;
}

// ---------------------------------------------------------------------------------------
// Patterns

const WD_TOKENS = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const WEEKDAY_NUMBER: Record<Weekday, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};
const MON_FRI = [1, 2, 3, 4, 5];
/** Average weeks in a month. */
const WEEKS_PER_MONTH = 365.25 / 12 / 7;
const MAX_TIMES_PER_DAY = 24;

type Freq = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

interface Pattern {
  freq: Freq;
  unit: Exclude<PeriodUnit, 'due'>;
  /** ISO weekdays the set is drawn from. */
  days: number[];
  /** Monthly "nth weekday" tokens, e.g. [3, 5] for 3FR; [-1, 6] for -1SA. */
  nth?: Array<[number, number]>;
  /** 1-based positions in the period's (day, time) set; negative counts from the end. Absent: every member. */
  positions?: number[];
  /** Publish hours of a day (sorted), all at `minute`. */
  hours: number[];
  minute: number;
  /** The plan named the weekday(s): weekends it names are kept, only holidays move. */
  explicitDays: boolean;
  /** Slots per period asked by the quota. */
  perPeriod: number;
}

/** Centres of n equal segments of a set of `length` members, 1-based. */
function centres(n: number, length: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(Math.floor(((i + 0.5) * length) / n) + 1);
  return out;
}

/**
 * Monthly positions: symmetric (front half from the start, back half from the end) when no
 * two can meet in the shortest month, else forward over the shortest month.
 */
function monthlyPositions(n: number, avgLength: number, minLength: number): number[] {
  const front: number[] = [];
  const back: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i < n / 2) front.push(Math.floor(((i + 0.5) * avgLength) / n) + 1);
    else back.push(-(Math.floor(((n - 1 - i + 0.5) * avgLength) / n) + 1));
  }
  const maxFront = front.length > 0 ? front[front.length - 1]! : 0;
  const maxBack = back.length > 0 ? -back[0]! : 0;
  if (maxFront + maxBack <= minLength && new Set([...front, ...back]).size === n) return [...front, ...back];
  return centres(n, minLength);
}

function countOf(q: Quota): number | null {
  if (typeof q.count === 'number') return q.count;
  if (typeof q.countMin === 'number') return q.countMin;
  if (typeof q.countMax === 'number' && q.atMost !== true) return q.countMax;
  if (q.countImplicit === true) return 1;
  return null;
}

/** The publish times a quota asks for on a channel, widened to k hours if needed. */
function resolveTimes(q: Quota | undefined, schedule: ChannelSchedule, k: number): { hours: number[]; minute: number } {
  let candidates: string[];
  if (q?.timeOfDay && /^\d{2}:\d{2}$/.test(q.timeOfDay)) candidates = [q.timeOfDay];
  else if (q?.partsOfDay && q.partsOfDay.length > 0)
    candidates = q.partsOfDay.map((p: PartOfDay) => timeForPartOfDay(schedule, p));
  else if (q?.partOfDay) candidates = [timeForPartOfDay(schedule, q.partOfDay)];
  else candidates = [schedule.time, ...(schedule.sessions ?? [])];
  const first = parseTime(candidates[0]!);
  const hours: number[] = [];
  for (const c of candidates) {
    const t = parseTime(c);
    if (t.minute === first.minute && !hours.includes(t.hour)) hours.push(t.hour);
  }
  for (let h = first.hour + 1; hours.length < k && h < first.hour + 24; h++) {
    if (!hours.includes(h % 24)) hours.push(h % 24);
  }
  const chosen = hours.slice(0, Math.max(1, k)).sort((a, b) => a - b);
  return { hours: chosen, minute: first.minute };
}

/** Caps a count at what a period can hold (one slot per day and publish time). */
function capped(n: number, capacity: number, notes: Array<{ code: string; message: string }>): number {
  if (n <= capacity) return n;
  notes.push({
    code: 'calendar.count-capped',
    message: `Chỉ tiêu ${n} lần mỗi kỳ vượt quá số lượt có thể xếp (${capacity}); lịch chỉ có ${capacity}.`,
  });
  return capacity;
}

interface PatternResult {
  pattern: Pattern | null;
  notes: Array<{ code: string; message: string }>;
}

/**
 * The recurrence pattern a quota implies, or null when it implies none. `lengths` gives,
 * for yearly kinds, the weekday indices (0-based, into the year's set) of each period.
 */
function patternOf(q: Quota, schedule: ChannelSchedule): PatternResult {
  const notes: Array<{ code: string; message: string }> = [];
  const n = countOf(q);
  if (n === null || n <= 0) return { pattern: null, notes };
  const per = q.per ?? null;
  const explicitWeekday = q.weekday ? WEEKDAY_NUMBER[q.weekday] : undefined;
  const days = explicitWeekday !== undefined ? [explicitWeekday] : MON_FRI;
  const explicitDays = explicitWeekday !== undefined;
  const base = { days, explicitDays, perPeriod: n };

  if (per === 'day') {
    if (explicitWeekday !== undefined) {
      notes.push({ code: 'calendar.weekday-ignored', message: 'Chỉ tiêu theo ngày: bỏ qua thứ trong tuần.' });
    }
    const k = Math.min(n, MAX_TIMES_PER_DAY);
    const t = resolveTimes(q, schedule, k);
    return { pattern: { ...base, days: MON_FRI, explicitDays: false, freq: 'DAILY', unit: 'day', ...t }, notes };
  }
  if (per === 'week') {
    const k = Math.min(Math.ceil(n / days.length), MAX_TIMES_PER_DAY);
    const t = resolveTimes(q, schedule, k);
    const fit = capped(n, days.length * t.hours.length, notes);
    const positions = centres(fit, days.length * t.hours.length);
    return { pattern: { ...base, perPeriod: fit, freq: 'WEEKLY', unit: 'week', positions, ...t }, notes };
  }
  if (per === 'month') {
    if (q.weekOfMonth !== undefined) {
      const w = q.weekOfMonth === 'last' ? -1 : q.weekOfMonth;
      const chosen = explicitWeekday !== undefined ? [explicitWeekday] : centres(Math.min(n, 5), 5).map((p) => MON_FRI[p - 1]!);
      const k = Math.min(Math.ceil(n / chosen.length), MAX_TIMES_PER_DAY);
      const t = resolveTimes(q, schedule, k);
      const nth = chosen.map((d) => [w, d] as [number, number]);
      if (chosen.length * t.hours.length !== n) {
        notes.push({
          code: 'calendar.count-adjusted',
          message: `Mẫu theo tuần trong tháng cho ${chosen.length * t.hours.length} lần mỗi tháng, chỉ tiêu ghi ${n}.`,
        });
      }
      return { pattern: { ...base, days: chosen, freq: 'MONTHLY', unit: 'month', nth, ...t }, notes };
    }
    const minLength = 4 * days.length;
    const k = Math.min(Math.ceil(n / minLength), MAX_TIMES_PER_DAY);
    const t = resolveTimes(q, schedule, k);
    const kk = t.hours.length;
    const fit = capped(n, minLength * kk, notes);
    const positions = monthlyPositions(fit, days.length * WEEKS_PER_MONTH * kk, minLength * kk);
    return { pattern: { ...base, perPeriod: fit, freq: 'MONTHLY', unit: 'month', positions, ...t }, notes };
  }
  if (per === 'quarter' || per === 'year' || per === 'campaign' || per === null) {
    if (q.total === true || q.perEntity !== undefined || q.perItem !== undefined) return { pattern: null, notes };
    const unit = per === 'quarter' ? 'quarter' : per === 'year' ? 'year' : 'campaign';
    // Positions depend on the year and window: filled in by yearlyPositions().
    const t = resolveTimes(q, schedule, 1);
    return { pattern: { ...base, freq: 'YEARLY', unit, positions: [], ...t }, notes };
  }
  return { pattern: null, notes };
}

// ---------------------------------------------------------------------------------------
// Rule text

function bydayList(days: number[]): string {
  return days.map((d) => WD_TOKENS[d]).join(',');
}

/** The RRULE value of a pattern (without DTSTART/UNTIL). */
function recurOf(p: Pattern): string {
  const parts = [`FREQ=${p.freq}`];
  if (p.nth) {
    parts.push(`BYDAY=${p.nth.map(([w, d]) => `${w}${WD_TOKENS[d]}`).join(',')}`);
  } else if (p.freq === 'WEEKLY' && p.hours.length === 1 && p.positions) {
    const chosen = [...new Set(p.positions.map((pos) => p.days[pos - 1]!))];
    parts.push(`BYDAY=${bydayList(chosen)}`);
  } else {
    parts.push(`BYDAY=${bydayList(p.days)}`);
  }
  if (p.hours.length > 1) parts.push(`BYHOUR=${p.hours.join(',')}`);
  if (p.positions && !(p.freq === 'WEEKLY' && p.hours.length === 1) && !p.nth) {
    parts.push(`BYSETPOS=${p.positions.join(',')}`);
  }
  return parts.join(';');
}

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

const FALLBACK_SCHEDULE: ChannelSchedule = { time: '08:00', leadWorkingDays: 0 };

/**
 * The RRULE a quota implies, independent of a year ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;
 * BYSETPOS=4,11,-4" for 3 a month), or null when it implies no recurrence. Quarter and year
 * positions are those of an average year (the expansion uses the exact year).
 */
export function impliedRRule(quota: Quota, schedule: ChannelSchedule = FALLBACK_SCHEDULE): string | null {
  const { pattern } = patternOf(quota, schedule);
  if (!pattern) return null;
  if (pattern.freq === 'YEARLY') {
    const n = pattern.perPeriod;
    const perWeek = pattern.days.length;
    const yearLength = Math.round((365.25 / 7) * perWeek);
    if (pattern.unit === 'campaign') return null;
    const periods = pattern.unit === 'quarter' ? 4 : 1;
    const len = yearLength / periods;
    const positions: number[] = [];
    for (let q = 0; q < periods; q++) {
      for (let i = 0; i < n; i++) positions.push(Math.floor(q * len + ((i + 0.5) * len) / n) + 1);
    }
    pattern.positions = positions;
  }
  return recurOf(pattern);
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

interface Nominal {
  day: number;
  hour: number;
  period: string;
  periodStart: number;
  periodEnd: number;
  index: number;
}

const monthDaysCache = new Map<number, number[]>();

/** Days of (year, month) whose ISO weekday is in `mask` (bit d set for weekday d). */
function monthDays(year: number, month: number, mask: number): number[] {
  const key = (year * 13 + month) * 256 + mask;
  let days = monthDaysCache.get(key);
  if (!days) {
    days = [];
    const start = dayNumberOf(year, month, 1);
    const end = dayNumberOf(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1);
    for (let d = start; d < end; d++) if ((mask >> isoWeekday(d)) & 1) days.push(d);
    monthDaysCache.set(key, days);
  }
  return days;
}

function maskOf(days: number[]): number {
  let m = 0;
  for (const d of days) m |= 1 << d;
  return m;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isoWeekKey(monday: number): string {
  const thursday = monday + 3;
  const y = yearOf(thursday);
  const week = Math.floor((thursday - dayNumberOf(y, 1, 1)) / 7) + 1;
  return `${y}-W${pad2(week)}`;
}

/** Members (day, hour index) of a set selected by 1-based positions (negative from the end). */
function pick(setDays: number[], k: number, positions: number[] | undefined, out: Array<[number, number]>): void {
  const size = setDays.length * k;
  if (!positions) {
    for (const d of setDays) for (let h = 0; h < k; h++) out.push([d, h]);
    return;
  }
  for (const p of positions) {
    const idx = p > 0 ? p - 1 : size + p;
    if (idx < 0 || idx >= size) {
      out.push([NaN, 0]);
      continue;
    }
    out.push([setDays[Math.floor(idx / k)]!, idx % k]);
  }
}

/** Nominal occurrences of a pattern inside [from, to], by period. */
function nominalOccurrences(p: Pattern, year: number, from: number, to: number): Nominal[] {
  const out: Nominal[] = [];
  const k = p.hours.length;
  const mask = maskOf(p.days);
  const tmp: Array<[number, number]> = [];
  const push = (period: string, ps: number, pe: number): void => {
    for (let i = 0; i < tmp.length; i++) {
      const [day, hour] = tmp[i]!;
      if (day >= from && day <= to) out.push({ day, hour, period, periodStart: ps, periodEnd: pe, index: i + 1 });
    }
    tmp.length = 0;
  };
  if (p.unit === 'day') {
    for (let d = from; d <= to; d++) {
      if (!((mask >> isoWeekday(d)) & 1)) continue;
      for (let h = 0; h < k; h++) tmp.push([d, h]);
      push(fromDayNumber(d), d, d);
    }
  } else if (p.unit === 'week') {
    const firstMonday = from - (isoWeekday(from) - 1);
    for (let monday = firstMonday; monday <= to; monday += 7) {
      const setDays: number[] = [];
      for (const wd of p.days) setDays.push(monday + wd - 1);
      pick(setDays, k, p.positions, tmp);
      push(isoWeekKey(monday), monday, monday + 6);
    }
  } else if (p.unit === 'month') {
    const m0 = Number(fromDayNumber(from).slice(5, 7));
    const m1 = Number(fromDayNumber(to).slice(5, 7));
    for (let m = m0; m <= m1; m++) {
      const start = dayNumberOf(year, m, 1);
      const end = dayNumberOf(m === 12 ? year + 1 : year, m === 12 ? 1 : m + 1, 1) - 1;
      if (p.nth) {
        const found: Array<[number, number]> = [];
        for (const [w, wd] of p.nth) {
          const all = monthDays(year, m, 1 << wd);
          const d = w > 0 ? all[w - 1] : all[all.length + w];
          if (d !== undefined) for (let h = 0; h < k; h++) found.push([d, h]);
        }
        found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        tmp.push(...found);
      } else {
        pick(monthDays(year, m, mask), k, p.positions, tmp);
      }
      push(`${year}-${pad2(m)}`, start, end);
    }
  } else {
    // YEARLY kinds: the positions were computed for this year; map each to its period.
    const yearSet: number[] = [];
    for (let m = 1; m <= 12; m++) yearSet.push(...monthDays(year, m, mask));
    pick(yearSet, k, p.positions, tmp);
    const counters = new Map<string, number>();
    for (const [day, hour] of tmp) {
      if (!(day >= from && day <= to)) continue;
      let period: string;
      let ps: number;
      let pe: number;
      if (p.unit === 'quarter') {
        const q = Math.floor((Number(fromDayNumber(day).slice(5, 7)) - 1) / 3);
        period = `${year}-Q${q + 1}`;
        ps = dayNumberOf(year, q * 3 + 1, 1);
        pe = q === 3 ? dayNumberOf(year, 12, 31) : dayNumberOf(year, q * 3 + 4, 1) - 1;
      } else {
        period = p.unit === 'year' ? String(year) : 'campaign';
        ps = from;
        pe = to;
      }
      const index = (counters.get(period) ?? 0) + 1;
      counters.set(period, index);
      out.push({ day, hour, period, periodStart: ps, periodEnd: pe, index });
    }
    tmp.length = 0;
  }
  return out;
}

/** Exact YEARLY positions: the centres of each period's weekdays inside the window. */
const MAX_SETPOS = 366;

function yearlyPositions(
  p: Pattern,
  year: number,
  from: number,
  to: number,
  notes: Array<{ code: string; message: string }>,
): number[] {
  let dropped = 0;
  const yearSet: number[] = [];
  const mask = maskOf(p.days);
  for (let m = 1; m <= 12; m++) yearSet.push(...monthDays(year, m, mask));
  const ranges: Array<[number, number]> = [];
  if (p.unit === 'quarter') {
    for (let q = 0; q < 4; q++) {
      const ps = Math.max(from, dayNumberOf(year, q * 3 + 1, 1));
      const pe = Math.min(to, q === 3 ? dayNumberOf(year, 12, 31) : dayNumberOf(year, q * 3 + 4, 1) - 1);
      if (ps <= pe) ranges.push([ps, pe]);
    }
  } else {
    ranges.push([from, to]);
  }
  const positions: number[] = [];
  let k = 1;
  const spans: Array<[number, number]> = [];
  for (const [ps, pe] of ranges) {
    let a = 0;
    while (a < yearSet.length && yearSet[a]! < ps) a++;
    let b = a;
    while (b < yearSet.length && yearSet[b]! <= pe) b++;
    if (b > a) {
      spans.push([a, b]);
      k = Math.max(k, Math.ceil(p.perPeriod / (b - a)));
    }
  }
  k = Math.min(k, MAX_TIMES_PER_DAY);
  const size = yearSet.length * k;
  for (const [a, b] of spans) {
    const len = (b - a) * k;
    const n = Math.min(p.perPeriod, len);
    if (n < p.perPeriod) {
      notes.push({
        code: 'calendar.count-capped',
        message: `Chỉ tiêu ${p.perPeriod} lần mỗi kỳ vượt quá số lượt có thể xếp (${len}); lịch chỉ có ${len}.`,
      });
    }
    for (let i = 0; i < n; i++) {
      const pos = a * k + Math.floor(((i + 0.5) * len) / n) + 1;
      // RFC 5545 limits BYSETPOS to ±366: count from the end of the year when needed.
      if (pos <= MAX_SETPOS) positions.push(pos);
      else if (size - pos + 1 <= MAX_SETPOS) positions.push(pos - size - 1);
      else dropped++;
    }
  }
  if (dropped > 0) {
    notes.push({
      code: 'calendar.count-capped',
      message: `${dropped} lượt không biểu diễn được bằng BYSETPOS (giới hạn ±366) và bị bỏ.`,
    });
  }
  if (k > p.hours.length) {
    const filled = [...p.hours];
    for (let h = p.hours[0]! + 1; filled.length < k && h < p.hours[0]! + 24; h++) if (!filled.includes(h % 24)) filled.push(h % 24);
    p.hours = filled.sort((x, y) => x - y);
  }
  return positions;
}

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
  return countOf(q) !== null || q.count === null;
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
  const isOff = p.explicitDays
    ? (d: number) => calendar.isHolidayNumber(d)
    : (d: number) => !calendar.isWorkingDayNumber(d);

  const makeSlot = (n: Nominal, day: number, movedFrom?: number): CalendarSlot => {
    const slot: CalendarSlot = {
      id: idPrefix + n.period + ':' + n.index,
      taskId: task.taskId,
      channel: task.channel,
      period: n.period,
      index: n.index,
      date: fromDayNumber(day),
      time: times[n.hour]!,
      due: fromDayNumber(calendar.addWorkingDaysNumber(day, -lead)),
      ...durations,
    };
    if (movedFrom !== undefined) slot.movedFrom = fromDayNumber(movedFrom);
    return slot;
  };

  for (let i = 0; i < nominal.length; ) {
    // One period at a time.
    let j = i;
    const period = nominal[i]!.period;
    while (j < nominal.length && nominal[j]!.period === period) j++;
    let anyOff = false;
    for (let x = i; x < j; x++) if (isOff(nominal[x]!.day)) anyOff = true;
    if (!anyOff) {
      for (let x = i; x < j; x++) slots.push(makeSlot(nominal[x]!, nominal[x]!.day));
    } else {
      const occupied = new Set<number>();
      for (let x = i; x < j; x++) if (!isOff(nominal[x]!.day)) occupied.add(nominal[x]!.day * K + nominal[x]!.hour);
      const lo = Math.max(nominal[i]!.periodStart, from);
      const hi = Math.min(nominal[i]!.periodEnd, to);
      for (let x = i; x < j; x++) {
        const n = nominal[x]!;
        if (!isOff(n.day)) {
          slots.push(makeSlot(n, n.day));
          continue;
        }
        exdates.push({ date: fromDayNumber(n.day), time: times[n.hour]! });
        let target: number | null = null;
        if (p.unit !== 'day') {
          for (let d = n.day + 1; d <= hi && target === null; d++) {
            if (calendar.isWorkingDayNumber(d) && !occupied.has(d * K + n.hour)) target = d;
          }
          for (let d = n.day - 1; d >= lo && target === null; d--) {
            if (calendar.isWorkingDayNumber(d) && !occupied.has(d * K + n.hour)) target = d;
          }
        }
        if (target === null) {
          if (p.unit !== 'day') {
            notes.push({
              taskId: task.taskId,
              channel: task.channel,
              code: 'calendar.slot-dropped',
              message: `Kỳ ${n.period}: không còn ngày làm việc trống để dời slot ${n.index} khỏi ngày nghỉ ${fromDayNumber(n.day)}.`,
              evidence: { period: n.period, index: n.index, date: fromDayNumber(n.day) },
            });
          }
          continue;
        }
        occupied.add(target * K + n.hour);
        rdates.push({ date: fromDayNumber(target), time: times[n.hour]! });
        slots.push(makeSlot(n, target, n.day));
      }
    }
    i = j;
  }

  // Per-day quotas: a make-up working Saturday is a working day too.
  if (p.unit === 'day') {
    for (let d = from; d <= to; d++) {
      if (isoWeekday(d) >= 6 && calendar.isWorkingDayNumber(d)) {
        const period = fromDayNumber(d);
        for (let h = 0; h < p.hours.length; h++) {
          rdates.push({ date: period, time: times[h]! });
          slots.push(
            makeSlot({ day: d, hour: h, period, periodStart: d, periodEnd: d, index: h + 1 }, d),
          );
        }
      }
    }
  }

  if (nominal.length === 0 && rdates.length === 0) {
    notes.push({
      taskId: task.taskId,
      channel: task.channel,
      code: 'calendar.no-occurrence',
      message: `Mẫu lặp không có lần nào trong khoảng ${fromDayNumber(from)}–${fromDayNumber(to)}.`,
    });
    return { rule: null, slots: [], obligation: null, notes };
  }
  slots.sort(compareSlots);
  const recur = recurOf(p);
  const first = nominal.length > 0 ? nominal[0]! : null;
  // No nominal instance (a window holding only a make-up Saturday): DTSTART must be an instance.
  if (first === null || (p.hours.length > 1 && p.freq !== 'DAILY') || p.freq === 'YEARLY') {
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

// ---------------------------------------------------------------------------------------
// Re-expansion

export interface SlotChange {
  id: string;
  before: CalendarSlot;
  after: CalendarSlot;
}

export interface SlotReconciliation {
  /** Same id, same date and time. */
  kept: CalendarSlot[];
  /** Same id, new date/time/due: a filled slot keeps its item and moves. */
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
    else if (old.date === s.date && old.time === s.time && old.due === s.due) result.kept.push(s);
    else result.moved.push({ id: s.id, before: old, after: s });
  }
  for (const s of previous) if (!seen.has(s.id)) result.removed.push(s);
  return result;
}
