/**
 * Time points read from a phrase (a date, a day, a month, a quarter list, a year, a half
 * year) and how they become calendar days: a year or month written only on the end of a
 * range is carried back to its start ("từ ngày 14 đến ngày 20/4/2025"), a missing year comes
 * from the document date (refDate) and is flagged as inferred.
 */
import { lunarToSolar } from '../calendar/lunar-calendar.js';
import type { Span } from '../errors/domain-error.js';
import { daysInMonth, isoDate, isoDateTime, monthDay } from './calendar-dates.js';
import type { Atom } from './pattern.js';

export type PointKind = 'date' | 'day' | 'month' | 'quarter' | 'year' | 'half' | 'span';
export type Fuzzy = 'đầu' | 'giữa' | 'cuối' | 'thượng tuần' | 'trung tuần' | 'hạ tuần' | 'nửa đầu' | 'nửa cuối';

export interface TimePointFact {
  kind: PointKind;
  d?: number;
  m?: number;
  /** Last month of a list of months ("tháng 10, 11"). */
  mEnd?: number;
  /** Every month of such a list. */
  ms?: number[];
  y?: number;
  qs?: number[];
  months?: number;
  part?: 'first' | 'last';
  h?: number;
  min?: number;
  fuzzy?: Fuzzy;
  yearOffset?: number;
  yearFromRef?: boolean;
  /** For a bare day: which month, relative to a period ("last month of the quarter"). */
  monthRef?: string;
  /** For a span (a lunar month): its last day. */
  end?: { y: number; m: number; d: number };
  /** The day as written in the lunar calendar. */
  lunar?: { d: number; m: number; y: number };
  /** A lunar day no year was found for: its day and month are the lunar ones. */
  lunarNoYear?: { d: number; m: number };
  /** "hoán đổi ngày làm việc từ thứ Sáu 2/5 sang thứ Bảy 26/4": a day swapped, no time of what the phrase says when another is written. */
  swapped?: boolean;
  /** A named occasion's date (Tết). */
  event?: string;
  /** "24 giờ ngày X": the end of day X, read as the whole day (no clock time). */
  endOfDay?: boolean;
  /**
   * A day not itself included: "từ tháng 9 … trước ngày 15/10", an end (the span ends the day before); "Sau ngày
   * 31/12/2030", a start (the span starts the day after).
   */
  exclusive?: boolean;
  /** SCHEMA.md's `fuzzy` as written when the span is a guess of another shape ("tuần đầu tiên", "các tháng cuối năm"). */
  fuzzyLabel?: string;
  span: Span;
}

export function pointFromAtom(atom: Atom, span: Span): TimePointFact | null {
  const v = atom.v;
  switch (atom.type) {
    case 'DATE':
      return {
        kind: 'date',
        d: v.d,
        m: v.m,
        y: v.y,
        span,
        ...(v.lunar ? { lunar: v.lunar } : {}),
        ...(v.lunarNoYear ? { lunarNoYear: v.lunarNoYear } : {}),
        ...(v.yearFromRef ? { yearFromRef: true } : {}),
        ...(v.event ? { event: atom.raw } : {}),
      };
    case 'SPAN':
      return { kind: 'span', d: v.d, m: v.m, y: v.y, end: v.end, span };
    case 'DAY':
      return { kind: 'day', d: v.d, span };
    case 'MONTH':
      return { kind: 'month', m: v.m, mEnd: v.ms ? v.ms[v.ms.length - 1] : undefined, ms: v.ms, y: v.y, span };
    case 'QUARTER':
      return { kind: 'quarter', qs: v.qs, y: v.y, span };
    case 'YEAR':
      return { kind: 'year', y: v.y, span };
    case 'HALF':
      return { kind: 'half', months: v.months, part: v.part, y: v.y, span };
    default:
      return null;
  }
}

/** First month a point covers. */
function firstMonth(p: TimePointFact): number | undefined {
  if (p.kind === 'date' || p.kind === 'day' || p.kind === 'month') return p.m;
  if (p.kind === 'quarter') return (p.qs![0]! - 1) * 3 + 1;
  if (p.kind === 'half') return p.part === 'last' ? 13 - p.months! : 1;
  return 1;
}

/**
 * "từ mùng 2 đến mùng 6 Tết Bính Ngọ": a bare day before a lunar date is a day of its lunar month; "từ 15/7 đến
 * 30/7 âm lịch": a day-month with no year before one is a lunar day of the same year.
 */
export function lunarStart(a: TimePointFact, b: TimePointFact): void {
  if (!b.lunar) return;
  const bareDay = a.kind === 'day' && a.m === undefined;
  const dayMonth = a.kind === 'date' && a.m !== undefined && a.y === undefined && !a.lunar && !a.lunarNoYear;
  if (!bareDay && !dayMonth) return;
  const lm = bareDay ? b.lunar.m : a.m!;
  const s = lunarToSolar(a.d!, lm, b.lunar.y);
  if (!s) return;
  Object.assign(a, {
    kind: 'date',
    d: s.day,
    m: s.month,
    y: s.year,
    lunar: { d: a.d!, m: lm, y: b.lunar.y },
    ...(b.yearFromRef ? { yearFromRef: true } : {}),
  });
}

/** Fills in months and years written only once ("từ 14 đến 20/4/2025"); later points win. */
export function propagate(points: TimePointFact[]): void {
  for (let k = points.length - 2; k >= 0; k--) {
    const p = points[k]!;
    const next = points[k + 1]!;
    // "vào ngày 7 và 8 tháng 3 âm lịch": a bare day before a lunar day is of its lunar month.
    if (p.kind === 'day' && p.m === undefined && next.lunar) lunarStart(p, next);
    if (p.kind === 'day' && p.m === undefined && (next.kind === 'date' || next.kind === 'day') && next.m !== undefined) {
      p.m = next.m;
      p.kind = 'date';
    }
    if (p.y === undefined && next.y !== undefined && p.kind !== 'year') {
      // "từ tháng 6 đến hết năm 2025": a whole year after a month holds that month, so the month
      // is of the same year; only a later month or day after it ("từ tháng 11 đến tháng 2/2026")
      // makes the first one of the year before.
      const pm = firstMonth(p);
      const nm = next.kind === 'year' ? undefined : firstMonth(next);
      p.y = pm !== undefined && nm !== undefined && pm > nm ? next.y - 1 : next.y;
    }
  }
  for (let k = 1; k < points.length; k++) {
    const p = points[k]!;
    const prev = points[k - 1]!;
    if (p.kind === 'day' && p.m === undefined && prev.m !== undefined) {
      p.m = prev.m;
      p.kind = 'date';
    }
    if (p.y === undefined && prev.y !== undefined && p.kind !== 'year') {
      const pm = firstMonth(p);
      const qm = firstMonth(prev);
      p.y = pm !== undefined && qm !== undefined && pm < qm ? prev.y + 1 : prev.y;
    }
  }
}

export interface Day {
  y?: number;
  m: number;
  d: number;
}

function fuzzyMonthDays(p: TimePointFact, y: number | undefined, m: number): [number, number] {
  const last = daysInMonth(y, m);
  switch (p.fuzzy) {
    case 'đầu':
    case 'thượng tuần':
      return [1, 10];
    case 'giữa':
    case 'trung tuần':
      return [11, 20];
    case 'cuối':
    case 'hạ tuần':
      return [21, last];
    // "nửa cuối tháng 2/2020": the month's second half, from the 16th.
    case 'nửa đầu':
      return [1, 15];
    case 'nửa cuối':
      return [16, last];
    default:
      return [1, last];
  }
}

export function startOf(p: TimePointFact): Day | null {
  const y = p.y;
  switch (p.kind) {
    case 'date':
      return { y, m: p.m!, d: p.d! };
    case 'day':
      return p.m === undefined ? null : { y, m: p.m, d: p.d! };
    case 'month':
      return { y, m: p.m!, d: fuzzyMonthDays(p, y, p.m!)[0] };
    case 'quarter': {
      const m = (p.qs![0]! - 1) * 3 + 1;
      return { y, m: p.fuzzy === 'cuối' ? m + 2 : m, d: 1 };
    }
    case 'year':
      // "cuối năm" is its last month and "đầu năm" its first, as "cuối quý" is the quarter's last.
      if (p.fuzzy === 'cuối') return { y, m: 12, d: 1 };
      if (p.fuzzy === 'giữa') return { y, m: 6, d: 1 };
      return { y, m: 1, d: 1 };
    case 'half':
      return { y, m: p.part === 'last' ? 13 - p.months! : 1, d: 1 };
    case 'span':
      return { y, m: p.m!, d: p.d! };
  }
}

export function endOf(p: TimePointFact): Day | null {
  const y = p.y;
  switch (p.kind) {
    case 'date':
      return { y, m: p.m!, d: p.d! };
    case 'day':
      return p.m === undefined ? null : { y, m: p.m, d: p.d! };
    case 'month': {
      const m = p.mEnd ?? p.m!;
      return { y, m, d: fuzzyMonthDays(p, y, m)[1] };
    }
    case 'quarter': {
      const m = p.qs![p.qs!.length - 1]! * 3;
      const mm = p.fuzzy === 'đầu' ? m - 2 : m;
      return { y, m: mm, d: daysInMonth(y, mm) };
    }
    case 'year':
      if (p.fuzzy === 'đầu') return { y, m: 1, d: 31 };
      if (p.fuzzy === 'giữa') return { y, m: 7, d: 31 };
      return { y, m: 12, d: 31 };
    case 'half': {
      const m = p.part === 'last' ? 12 : p.months!;
      return { y, m, d: daysInMonth(y, m) };
    }
    case 'span':
      return { y: p.end!.y, m: p.end!.m, d: p.end!.d };
  }
}

export type Boundary = string | { month: number; day: number; yearOffset?: number };

/** A day as the reading writes it: ISO when the year is known, else {month, day}. */
export function formatDay(day: Day, p: TimePointFact, style: 'iso' | 'window' | 'yearly', withClock: boolean): Boundary {
  if (style !== 'iso' || day.y === undefined) {
    const out: { month: number; day: number; yearOffset?: number } = { month: day.m, day: day.d };
    if (style === 'window') out.yearOffset = p.yearOffset ?? 0;
    return out;
  }
  if (withClock && p.h !== undefined) return isoDateTime(day.y, day.m, day.d, p.h, p.min ?? 0);
  return isoDate(day.y, day.m, day.d);
}

export function formatMonthDay(day: Day): string {
  return monthDay(day.m, day.d);
}

/** How a guessed span is named ("cuối tháng", "trung tuần tháng", "đầu năm"): its fuzzy word and what it is part of. */
export function fuzzyLabelOf(p: TimePointFact): string | undefined {
  if (!p.fuzzy && !p.fuzzyLabel) return undefined;
  return p.fuzzyLabel ?? `${p.fuzzy} ${p.kind === 'month' ? 'tháng' : p.kind === 'quarter' ? 'quý' : 'năm'}`;
}
