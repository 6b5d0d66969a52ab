/**
 * The recurrence pattern a quota implies, and its nominal occurrences in a plan year.
 *
 * A pattern is drawn from a period's set of (weekday, publish time) pairs: Monday–Friday,
 * or the weekday the plan names, times the publish hours of a day. Positions (BYSETPOS)
 * pick the members at the centres of n equal segments of the set, so the slots of a period
 * are spread over it and never bunch at its start; an explicit "nth weekday" (3FR, -1SA)
 * picks the matching days. This module knows nothing of holidays: the expansion moves the
 * nominal occurrences that fall on days off.
 */
import type { PartOfDay, Quota, Weekday } from '../grammar/phrase.types.js';
import { timeForPartOfDay, type ChannelSchedule } from './channel-schedule.js';
import { dayNumberOf, fromDayNumber, isoWeekday, parseTime, yearOf } from './local-date.js';
import { solarToLunar } from './lunar-calendar.js';
import type { PeriodUnit } from './calendar.types.js';

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

export interface Pattern {
  freq: Freq;
  unit: Exclude<PeriodUnit, 'due'>;
  /** ISO weekdays the set is drawn from. */
  days: number[];
  /** Monthly "nth weekday" tokens, e.g. [3, 5] for 3FR; [-1, 6] for -1SA. */
  nth?: Array<[number, number]>;
  /** Days of every month the plan names ("vào ngày 10 và ngày 25 hằng tháng" → [10, 25]): BYMONTHDAY. */
  monthDays?: number[];
  /** The month days are the lunar month's ("mùng 1 và ngày rằm hằng tháng"): no RRULE says them, the slots are listed. */
  lunar?: boolean;
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

/** "150 phút mỗi tuần", "40 giờ/tháng": time spent in each period, no number of things to publish. */
export function countsTime(q: Quota): boolean {
  return TIME_UNITS.test(q.unit ?? '');
}

export function countOf(q: Quota): number | null {
  if (countsTime(q)) return null;
  if (typeof q.count === 'number') return q.count;
  if (typeof q.countMin === 'number') return q.countMin;
  if (typeof q.countMax === 'number' && q.atMost !== true) return q.countMax;
  if (q.countImplicit === true) return 1;
  return null;
}

const TIME_UNITS = /^(?:giờ|tiếng|phút|giây)$/iu;

/** The publish times a quota asks for on a channel, widened to k hours if needed. */
export function resolveTimes(q: Quota | undefined, schedule: ChannelSchedule, k: number): { hours: number[]; minute: number } {
  let candidates: string[];
  const times = (q?.timesOfDay ?? []).filter((t) => /^\d{2}:\d{2}$/.test(t));
  // "02 lần/ngày vào 6h00 và 17h00": the plan's own times (those sharing the first one's minute).
  if (times.length > 1) candidates = times;
  else if (q?.timeOfDay && /^\d{2}:\d{2}$/.test(q.timeOfDay)) candidates = [q.timeOfDay];
  else if (q?.partsOfDay && q.partsOfDay.length > 0) candidates = q.partsOfDay.map((p: PartOfDay) => timeForPartOfDay(schedule, p));
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

export interface PatternResult {
  pattern: Pattern | null;
  notes: Array<{ code: string; message: string }>;
}

/**
 * The recurrence pattern a quota implies, or null when it implies none. `lengths` gives,
 * for yearly kinds, the weekday indices (0-based, into the year's set) of each period.
 */
export function patternOf(q: Quota, schedule: ChannelSchedule): PatternResult {
  const notes: Array<{ code: string; message: string }> = [];
  const n = countOf(q);
  if (n === null || n <= 0) return { pattern: null, notes };
  const per = q.per ?? null;
  const explicitWeekday = q.weekday ? WEEKDAY_NUMBER[q.weekday] : undefined;
  // "vào thứ Tư và thứ Bảy", "T2–T7": the days the plan names, in week order.
  const namedDays = [...new Set((q.weekdays ?? []).map((d) => WEEKDAY_NUMBER[d]).filter((d): d is number => d !== undefined))].sort(
    (a, b) => a - b,
  );
  const days = namedDays.length > 0 ? namedDays : explicitWeekday !== undefined ? [explicitWeekday] : MON_FRI;
  const explicitDays = namedDays.length > 0 || explicitWeekday !== undefined;
  const base = { days, explicitDays, perPeriod: n };

  if (per === 'day') {
    if (namedDays.length === 0 && explicitWeekday !== undefined) {
      notes.push({ code: 'calendar.weekday-ignored', message: 'Chỉ tiêu theo ngày: bỏ qua thứ trong tuần.' });
    }
    const k = Math.min(n, MAX_TIMES_PER_DAY);
    const t = resolveTimes(q, schedule, k);
    const daily = namedDays.length > 1 ? { days: namedDays, explicitDays: true } : { days: MON_FRI, explicitDays: false };
    return { pattern: { ...base, ...daily, freq: 'DAILY', unit: 'day', ...t }, notes };
  }
  if (per === 'week') {
    const k = Math.min(Math.ceil(n / days.length), MAX_TIMES_PER_DAY);
    const t = resolveTimes(q, schedule, k);
    const fit = capped(n, days.length * t.hours.length, notes);
    const positions = centres(fit, days.length * t.hours.length);
    return { pattern: { ...base, perPeriod: fit, freq: 'WEEKLY', unit: 'week', positions, ...t }, notes };
  }
  if (per === 'month') {
    // "phát chuyên mục vào ngày 15 hằng tháng", "ngày 10 và ngày 25 hằng tháng": on the days named, one a day; a
    // day that falls on a day off moves like any other slot. Named days that do not match the count are left to
    // the spread below (and said so).
    const named = namedMonthDays(q);
    if (named && named.length === n) {
      const t = resolveTimes(q, schedule, 1);
      const lunar = q.calendar === 'lunar' ? { lunar: true } : {};
      return {
        pattern: { ...base, days: MON_FRI, explicitDays: false, freq: 'MONTHLY', unit: 'month', monthDays: named, ...lunar, ...t },
        notes,
      };
    }
    if (named) {
      notes.push({
        code: 'calendar.month-days-ignored',
        message: `Kế hoạch nêu ${named.length} ngày trong tháng nhưng chỉ tiêu ghi ${n} lần mỗi tháng: rải đều các lần trong tháng.`,
      });
    }
    if (q.weekOfMonth !== undefined) {
      const w = q.weekOfMonth === 'last' ? -1 : q.weekOfMonth;
      const chosen = explicitDays ? days : centres(Math.min(n, 5), 5).map((p) => MON_FRI[p - 1]!);
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

/** The days of every month a quota names, sorted, when they are whole days 1–31 ("ngày 10 và ngày 25 hằng tháng"). */
function namedMonthDays(q: Quota): number[] | undefined {
  const days = q.daysOfMonth ?? (q.dayOfMonth !== undefined ? [q.dayOfMonth] : undefined);
  if (!days || days.length === 0 || !days.every((d) => Number.isInteger(d) && d >= 1 && d <= 31)) return undefined;
  return [...new Set(days)].sort((a, b) => a - b);
}

/** The RRULE value of a pattern (without DTSTART/UNTIL). */
export function recurOf(p: Pattern): string {
  const parts = [`FREQ=${p.freq}`];
  if (p.monthDays) {
    parts.push(`BYMONTHDAY=${p.monthDays.join(',')}`);
    if (p.hours.length > 1) parts.push(`BYHOUR=${p.hours.join(',')}`);
    return parts.join(';');
  }
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

const FALLBACK_SCHEDULE: ChannelSchedule = { time: '08:00', leadWorkingDays: 0 };

/**
 * The RRULE a quota implies, independent of a year ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;
 * BYSETPOS=4,11,-4" for 3 a month), or null when it implies no recurrence. Quarter and year
 * positions are those of an average year (the expansion uses the exact year).
 */
export function impliedRRule(quota: Quota, schedule: ChannelSchedule = FALLBACK_SCHEDULE): string | null {
  const { pattern } = patternOf(quota, schedule);
  // No RRULE of RFC 5545 says a lunar day (RFC 7529's RSCALE=CHINESE is China's calendar, a day off Vietnam's in
  // some months): the expansion lists those slots as RDATEs.
  if (!pattern || pattern.lunar) return null;
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

/** A period of a pattern: its key (2024-03, 2024-W10, 2024-Q1, 2024, campaign, a date) and its days. */
export interface PeriodSpan {
  key: string;
  start: number;
  end: number;
}

/**
 * Nominal occurrences as parallel arrays (a national year has a million of them: no object
 * per occurrence): occurrence i is on day[i] at publish hour index hour[i], the index[i]-th
 * member (1-based) of the pattern of period periods[period[i]]. Sorted by period.
 */
export interface NominalList {
  day: number[];
  hour: number[];
  index: number[];
  period: number[];
  periods: PeriodSpan[];
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

const yearDaysCache = new Map<number, number[]>();

function yearDays(year: number, mask: number): number[] {
  const key = year * 256 + mask;
  let days = yearDaysCache.get(key);
  if (!days) {
    days = [];
    for (let m = 1; m <= 12; m++) for (const d of monthDays(year, m, mask)) days.push(d);
    yearDaysCache.set(key, days);
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

/** Scratch buffers of one period's members (reused: expansion is synchronous). */
const tmpDay: number[] = [];
const tmpHour: number[] = [];

/** Members (day, hour index) of a set selected by 1-based positions (negative from the end). */
function pick(setDays: readonly number[], k: number, positions: number[] | undefined): void {
  const size = setDays.length * k;
  if (!positions) {
    for (const d of setDays) {
      for (let h = 0; h < k; h++) {
        tmpDay.push(d);
        tmpHour.push(h);
      }
    }
    return;
  }
  for (const p of positions) {
    const idx = p > 0 ? p - 1 : size + p;
    if (idx < 0 || idx >= size) {
      tmpDay.push(NaN); // keeps the index of the next members
      tmpHour.push(0);
      continue;
    }
    tmpDay.push(setDays[Math.floor(idx / k)]!);
    tmpHour.push(idx % k);
  }
}

/** Nominal occurrences of a pattern inside [from, to], by period. */
export function nominalOccurrences(p: Pattern, year: number, from: number, to: number): NominalList {
  const out: NominalList = { day: [], hour: [], index: [], period: [], periods: [] };
  const k = p.hours.length;
  const mask = maskOf(p.days);
  tmpDay.length = 0;
  tmpHour.length = 0;
  /** Moves the scratch members inside the window to `out`, under a new period. */
  const flush = (key: string, start: number, end: number): void => {
    let periodIndex = -1;
    for (let i = 0; i < tmpDay.length; i++) {
      const day = tmpDay[i]!;
      if (!(day >= from && day <= to)) continue;
      if (periodIndex < 0) {
        periodIndex = out.periods.length;
        out.periods.push({ key, start, end });
      }
      out.day.push(day);
      out.hour.push(tmpHour[i]!);
      out.index.push(i + 1);
      out.period.push(periodIndex);
    }
    tmpDay.length = 0;
    tmpHour.length = 0;
  };
  if (p.unit === 'day') {
    for (let d = from; d <= to; d++) {
      if (!((mask >> isoWeekday(d)) & 1)) continue;
      for (let h = 0; h < k; h++) {
        tmpDay.push(d);
        tmpHour.push(h);
      }
      flush(fromDayNumber(d), d, d);
    }
  } else if (p.unit === 'week') {
    const firstMonday = from - (isoWeekday(from) - 1);
    const setDays: number[] = [];
    for (let monday = firstMonday; monday <= to; monday += 7) {
      setDays.length = 0;
      for (const wd of p.days) setDays.push(monday + wd - 1);
      pick(setDays, k, p.positions);
      flush(isoWeekKey(monday), monday, monday + 6);
    }
  } else if (p.unit === 'month') {
    const m0 = Number(fromDayNumber(from).slice(5, 7));
    const m1 = Number(fromDayNumber(to).slice(5, 7));
    for (let m = m0; m <= m1; m++) {
      const start = dayNumberOf(year, m, 1);
      const end = dayNumberOf(m === 12 ? year + 1 : year, m === 12 ? 1 : m + 1, 1) - 1;
      if (p.monthDays && p.lunar) {
        // Lunar days fall where the lunar months put them: a solar month may hold one lunar 1st, none or two; a
        // lunar month of 29 days has no 30th, as a solar month has no 31st.
        for (let d = start; d <= end; d++) {
          if (!p.monthDays.includes(solarToLunar(d - start + 1, m, year).day)) continue;
          for (let h = 0; h < k; h++) {
            tmpDay.push(d);
            tmpHour.push(h);
          }
        }
      } else if (p.monthDays) {
        // A day the month does not have ("ngày 30" in February) has no slot that month, as BYMONTHDAY=30 gives none.
        const last = end - start + 1;
        for (const md of p.monthDays) {
          if (md > last) continue;
          for (let h = 0; h < k; h++) {
            tmpDay.push(start + md - 1);
            tmpHour.push(h);
          }
        }
      } else if (p.nth) {
        const found: number[] = [];
        for (const [w, wd] of p.nth) {
          const all = monthDays(year, m, 1 << wd);
          const d = w > 0 ? all[w - 1] : all[all.length + w];
          if (d !== undefined) found.push(d);
        }
        found.sort((a, b) => a - b);
        for (const d of found) {
          for (let h = 0; h < k; h++) {
            tmpDay.push(d);
            tmpHour.push(h);
          }
        }
      } else {
        pick(monthDays(year, m, mask), k, p.positions);
      }
      flush(`${year}-${pad2(m)}`, start, end);
    }
  } else {
    // YEARLY kinds: the positions were computed for this year; map each to its period.
    pick(yearDays(year, mask), k, p.positions);
    const days = tmpDay.slice();
    const hours = tmpHour.slice();
    tmpDay.length = 0;
    tmpHour.length = 0;
    const periodIndex = new Map<string, number>();
    const counters: number[] = [];
    for (let i = 0; i < days.length; i++) {
      const day = days[i]!;
      if (!(day >= from && day <= to)) continue;
      let key: string;
      let ps: number;
      let pe: number;
      if (p.unit === 'quarter') {
        const q = Math.floor((Number(fromDayNumber(day).slice(5, 7)) - 1) / 3);
        key = `${year}-Q${q + 1}`;
        ps = dayNumberOf(year, q * 3 + 1, 1);
        pe = q === 3 ? dayNumberOf(year, 12, 31) : dayNumberOf(year, q * 3 + 4, 1) - 1;
      } else {
        key = p.unit === 'year' ? String(year) : 'campaign';
        ps = from;
        pe = to;
      }
      let pi = periodIndex.get(key);
      if (pi === undefined) {
        pi = out.periods.length;
        periodIndex.set(key, pi);
        out.periods.push({ key, start: ps, end: pe });
        counters.push(0);
      }
      counters[pi] = counters[pi]! + 1;
      out.day.push(day);
      out.hour.push(hours[i]!);
      out.index.push(counters[pi]!);
      out.period.push(pi);
    }
  }
  return out;
}

/** Exact YEARLY positions: the centres of each period's weekdays inside the window. */
const MAX_SETPOS = 366;

export function yearlyPositions(
  p: Pattern,
  year: number,
  from: number,
  to: number,
  notes: Array<{ code: string; message: string }>,
): number[] {
  let dropped = 0;
  const yearSet = yearDays(year, maskOf(p.days));
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
