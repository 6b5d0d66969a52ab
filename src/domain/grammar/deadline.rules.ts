/**
 * Deadline phrases: "Trước ngày 30/11/2025" (the day itself excluded), "chậm nhất là ngày X"
 * (included), "trước tháng 10/2024" (= before 1 October), "trước ngày 20/11 hằng năm"
 * (a yearly "--11-20"), "trước ngày 15 của tháng" (a day of the month), "không quá 05 ngày
 * kể từ ngày …" (a delay after an event). The same rules read a report's deadline.
 */
import type { Span } from '../errors/domain-error.js';
import { numberValue } from './atoms.js';
import { type Atom, type PhraseRule, alt, cap, opt, seq, t, w } from './pattern.js';
import { EVENT_WORDS, eventText, point } from './phrase-parts.js';
import { ReadingBuilder } from './reading-builder.js';
import type { RefDate } from './timeframe.rules.js';
import { capturedPoint } from './timeframe.rules.js';
import { type TimePointFact, endOf, formatMonthDay, propagate, startOf } from './time-points.js';
import { isoDate, isoDateTime } from './calendar-dates.js';

type Field = 'before' | 'onOrBefore';

export interface DeadlineFacts {
  text: string;
  ref?: RefDate;
  /** Report deadlines recur with their period: a day without a year is yearly. */
  periodic: boolean;
  items: { field: Field; p: TimePointFact; yearly: boolean; span: Span }[];
  dayOfMonth?: { field: Field; d: number; month: string; span: Span };
  within?: { days: number; workingDays: boolean; event: string; span: Span };
  yearly?: Span;
}

export interface HasDeadline {
  dl: DeadlineFacts;
}

export function newDeadlineFacts(text: string, ref: RefDate | undefined, periodic: boolean): DeadlineFacts {
  return { text, ref, periodic, items: [] };
}

const YEARLY = t('PERIOD', (x) => x.v.per === 'year' && x.v.how === 'every');
const BEFORE = w('trước', 'trước ngày', 'hoàn thành trước', 'gửi trước', 'xong trước');
const ON_OR_BEFORE = w(
  'chậm nhất', 'chậm nhất là', 'chậm nhất vào', 'muộn nhất', 'muộn nhất là', 'hạn chót', 'hạn cuối', 'đến hết',
  'tới hết', 'trước hoặc trong', 'trước hoặc vào', 'không muộn hơn', 'không chậm hơn', 'hạn', 'hạn nộp', 'đến', 'trong', 'vào',
);
const MONTH_REF: Record<string, string> = {
  tháng: 'same month',
  'tháng đó': 'same month',
  'tháng báo cáo': 'same month',
  'tháng sau': 'next month',
  'tháng tiếp theo': 'next month',
  'tháng kế tiếp': 'next month',
  'tháng liền kề': 'next month',
  'tháng cuối quý': 'last month of quarter',
  'tháng cuối kỳ': 'last month of period',
  'tháng cuối của quý': 'last month of quarter',
};

export const DEADLINE_RULES: readonly PhraseRule<HasDeadline>[] = [
  {
    name: 'deadline.within-days',
    pattern: seq(
      alt(t('QUAL', (x) => x.v.qual === 'atMost'), w('trong vòng', 'trong thời hạn', 'trong', 'chậm nhất', 'chậm nhất là', 'sau')),
      cap('n', alt(t('NUM'), t('WNUM'))),
      w('ngày'),
      opt(cap('wd', w('làm việc'))),
      w('kể từ', 'kể từ khi', 'từ', 'sau', 'sau khi', 'tính từ', 'kể từ ngày', 'từ ngày'),
      cap('ev', EVENT_WORDS),
    ),
    action: (m, c) => {
      const days = numberValue(m.all('n'));
      const event = eventText(m.all('ev'), c.dl.text);
      if (days === undefined || !event) return false;
      const prefixDay = /^(kể từ ngày|từ ngày)$/u.test(c.dl.text.slice(m.atoms[m.capture('ev')!.from - 2]?.start ?? 0, m.atoms[m.capture('ev')!.from - 1]!.end));
      c.dl.within = { days, workingDays: m.has('wd'), event: prefixDay ? `ngày ${event}` : event, span: m.span() };
    },
  },
  {
    name: 'deadline.day-of-month',
    pattern: seq(
      cap('kw', alt(BEFORE, ON_OR_BEFORE)),
      cap('d', t('DAY')),
      alt(
        cap('every', t('PERIOD', (x) => x.v.per === 'month')),
        seq(opt(w('của', 'trong')), cap('mo', w(...Object.keys(MONTH_REF)))),
      ),
    ),
    action: (m, c) => {
      const kw = m.all('kw').map((x: Atom) => x.low).join(' ');
      const field: Field = /trước/u.test(kw) && !/hoặc/u.test(kw) ? 'before' : 'onOrBefore';
      const mo = m.has('every') ? 'same month' : MONTH_REF[m.all('mo').map((x) => x.low).join(' ')]!;
      c.dl.dayOfMonth = { field, d: m.get('d')!.v.d!, month: mo, span: m.span() };
    },
  },
  {
    name: 'deadline.before',
    pattern: seq(BEFORE, point('a'), opt(cap('yearly', YEARLY))),
    action: (m, c) => {
      const p = capturedPoint(m, 'a');
      if (!p) return false;
      c.dl.items.push({ field: 'before', p, yearly: m.has('yearly'), span: m.span() });
    },
  },
  {
    name: 'deadline.on-or-before',
    pattern: seq(ON_OR_BEFORE, opt(w('là', 'ngày', 'vào', 'vào ngày', 'là ngày')), point('a'), opt(cap('yearly', YEARLY))),
    action: (m, c) => {
      const p = capturedPoint(m, 'a');
      if (!p) return false;
      c.dl.items.push({ field: 'onOrBefore', p, yearly: m.has('yearly'), span: m.span() });
    },
  },
  {
    name: 'deadline.yearly',
    pattern: YEARLY,
    action: (m, c) => {
      c.dl.yearly = m.span();
    },
  },
];

/** A deadline given only as a point ("Quý III năm 2025" in a deadline column): by its end. */
export const DEADLINE_FALLBACK_RULES: readonly PhraseRule<HasDeadline>[] = [
  {
    name: 'deadline.by-point',
    pattern: seq(point('a'), opt(cap('yearly', YEARLY))),
    action: (m, c) => {
      const p = capturedPoint(m, 'a');
      if (!p) return false;
      c.dl.items.push({ field: 'onOrBefore', p, yearly: m.has('yearly'), span: m.span() });
    },
  },
];

/** Writes the deadline fields into b. Returns false when nothing was read. */
export function assembleDeadline(d: DeadlineFacts, b: ReadingBuilder): boolean {
  if (d.within) {
    const within: Record<string, unknown> = { days: d.within.days, after: { event: d.within.event } };
    if (d.within.workingDays) within['workingDays'] = true;
    b.set('within', within, d.within.span);
  }
  if (d.dayOfMonth) {
    b.set(d.dayOfMonth.field, { dayOfMonth: d.dayOfMonth.d, month: d.dayOfMonth.month }, d.dayOfMonth.span);
  }
  const points = d.items.map((x) => x.p);
  propagate(points);
  for (const item of d.items) {
    if (b.has(item.field)) continue;
    const p = item.p;
    if (p.kind === 'day' && p.m === undefined) {
      b.set(item.field, { dayOfMonth: p.d }, item.span);
      continue;
    }
    const day = item.field === 'before' ? startOf(p) : endOf(p);
    if (!day) continue;
    const yearly = item.yearly || d.yearly !== undefined;
    if (p.y === undefined && (yearly || d.periodic || !d.ref)) {
      b.set(item.field, formatMonthDay(day), item.span);
      if (yearly || d.periodic) b.set('recurring', 'yearly', item.span);
      else b.set('yearUnspecified', true, p.span);
      continue;
    }
    let y = p.y;
    if (y === undefined) {
      y = d.ref!.y;
      b.set('yearInferred', true, p.span);
    }
    b.set(item.field, p.h !== undefined ? isoDateTime(y, day.m, day.d, p.h, p.min ?? 0) : isoDate(y, day.m, day.d), item.span);
    if (yearly) b.set('recurring', 'yearly', d.yearly ?? item.span);
  }
  return b.has('before') || b.has('onOrBefore') || b.has('within');
}
