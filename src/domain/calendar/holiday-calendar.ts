/**
 * Public holidays of Vietnam (Labour Code 2019, art. 112) for one year: the statutory
 * default computed from the solar and lunar calendars, then the year's official decisions
 * (days swapped, make-up working Saturdays, extra days off, new holidays) applied as data.
 *
 * The default rule, chosen here and used only where no official decision is configured:
 * - 1/1 (new-year);
 * - Tết (tet), five days: the last day of the lunar year (30 tháng Chạp, or 29 when the
 *   month is short) and lunar 1/1 to 4/1. The law says "05 ngày"; the government sets the
 *   exact days each year, and the configured decision replaces this block;
 * - Giỗ Tổ Hùng Vương, lunar 10/3 (hung-kings); 30/4 (reunification); 1/5 (labour);
 * - 2/9 and one adjacent day (national-day): the day that joins a weekend (3/9 when it is a
 *   Friday, 1/9 when it is a Monday), else 3/9 when 1/9 is a weekend day, else 1/9.
 * - art. 112(3): a holiday that falls on a Saturday or Sunday gives a compensatory day off
 *   on the next working day (kind 'compensatory', attached to the same holiday key).
 */
import { DomainError } from '../errors/domain-error.js';
import { hungKingsDate, lunarToJd, jdToDate } from './lunar-calendar.js';
import { dayNumberOf, fromDayNumber, isoWeekday, toDayNumber, yearOf } from './local-date.js';
import type { HolidayOverrides } from '../../../config/holidays/holiday-overrides.types.js';

export type HolidayKey = 'new-year' | 'tet' | 'hung-kings' | 'reunification' | 'labour' | 'national-day';
export const HOLIDAY_KEYS: readonly HolidayKey[] = ['new-year', 'tet', 'hung-kings', 'reunification', 'labour', 'national-day'];

export interface Holiday {
  date: string;
  /** A statutory key, or any key an override introduces (e.g. 'culture-day'). */
  key: string;
  name: string;
  kind: 'statutory' | 'compensatory' | 'official' | 'extra';
  source?: string;
}

/** One year's official decisions, as loaded from config/holidays/<year>.json (their shape is config's). */
export type { HolidayOverrides };

export interface YearHolidays {
  year: number;
  /** Days off other than ordinary weekends, sorted by date (weekend days inside official periods included). */
  holidays: Holiday[];
  /** Saturdays or Sundays that are working days this year, sorted. */
  workingDays: string[];
  /** True when an official decision was applied. */
  official: boolean;
}

const NAMES: Record<HolidayKey, string> = {
  'new-year': 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  'hung-kings': 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
  reunification: 'Ngày Chiến thắng (30/4)',
  labour: 'Ngày Quốc tế lao động (1/5)',
  'national-day': 'Quốc khánh (2/9)',
};

const isWeekend = (day: number): boolean => isoWeekday(day) >= 6;

/** The statutory default holidays of a year, compensatory days included. */
export function defaultHolidays(year: number): Holiday[] {
  const statutory: Holiday[] = [];
  const add = (day: number, key: HolidayKey, name = NAMES[key]): void => {
    statutory.push({ date: fromDayNumber(day), key, name, kind: 'statutory' });
  };
  add(dayNumberOf(year, 1, 1), 'new-year');

  const tetJd = lunarToJd(1, 1, year) as number;
  for (let offset = -1; offset <= 3; offset++) {
    const d = jdToDate(tetJd + offset);
    const label = offset === -1 ? 'Tết Nguyên đán (ngày cuối năm âm lịch)' : `Tết Nguyên đán (mùng ${offset + 1})`;
    add(dayNumberOf(d.year, d.month, d.day), 'tet', label);
  }
  add(toDayNumber(hungKingsDate(year)), 'hung-kings');
  add(dayNumberOf(year, 4, 30), 'reunification');
  add(dayNumberOf(year, 5, 1), 'labour');

  const sep2 = dayNumberOf(year, 9, 2);
  const wd = isoWeekday(sep2);
  let adjacent: number;
  if (wd === 4)
    adjacent = sep2 + 1; // Thursday: Friday 3/9 joins the weekend
  else if (wd === 2)
    adjacent = sep2 - 1; // Tuesday: Monday 1/9 joins the weekend
  else if (isWeekend(sep2 - 1)) adjacent = sep2 + 1;
  else adjacent = sep2 - 1;
  add(Math.min(sep2, adjacent), 'national-day');
  add(Math.max(sep2, adjacent), 'national-day');

  statutory.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const taken = new Set(statutory.map((h) => h.date));
  const result: Holiday[] = [...statutory];
  for (const h of statutory) {
    const day = toDayNumber(h.date);
    if (!isWeekend(day)) continue;
    let next = day + 1;
    while (isWeekend(next) || taken.has(fromDayNumber(next))) next++;
    taken.add(fromDayNumber(next));
    result.push({
      date: fromDayNumber(next),
      key: h.key,
      name: `Nghỉ bù ${h.name} (${h.date.slice(8, 10)}/${h.date.slice(5, 7)}/${h.date.slice(0, 4)} trùng ngày nghỉ hằng tuần)`,
      kind: 'compensatory',
    });
  }
  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function checkInYear(date: string, year: number, field: string): number {
  const day = toDayNumber(date);
  if (yearOf(day) !== year) {
    throw new DomainError('calendar.override-outside-year', `Ngày ${date} (${field}) không thuộc năm ${year} của tệp ngày nghỉ.`, {
      text: date,
      expected: String(year),
      field,
    });
  }
  return day;
}

/** The holidays of a year: the default, with the year's official decisions applied when given. */
export function holidaysOfYear(year: number, overrides?: HolidayOverrides): YearHolidays {
  let holidays = defaultHolidays(year);
  const working = new Set<string>();
  if (overrides) {
    if (overrides.year !== year) {
      throw new DomainError('calendar.override-year-mismatch', `Tệp ngày nghỉ năm ${overrides.year} được dùng cho năm ${year}.`, {
        expected: String(year),
        got: overrides.year,
      });
    }
    for (const p of overrides.periods ?? []) {
      const from = checkInYear(p.from, year, `periods.${p.holiday}.from`);
      const to = checkInYear(p.to, year, `periods.${p.holiday}.to`);
      if (to < from) {
        throw new DomainError('calendar.override-empty-period', `Khoảng nghỉ ${p.from}–${p.to} rỗng.`, {
          text: `${p.from}..${p.to}`,
        });
      }
      holidays = holidays.filter((h) => h.key !== p.holiday);
      for (let d = from; d <= to; d++) {
        holidays.push({
          date: fromDayNumber(d),
          key: p.holiday,
          name: p.name ?? NAMES[p.holiday as HolidayKey] ?? p.holiday,
          kind: 'official',
          source: p.source ?? overrides.source,
        });
      }
    }
    for (const x of overrides.daysOff ?? []) {
      checkInYear(x.date, year, 'daysOff');
      holidays.push({ date: x.date, key: x.key ?? 'extra', name: x.name, kind: 'extra', source: x.source ?? overrides.source });
    }
    for (const w of overrides.workingDays ?? []) {
      checkInYear(w.date, year, 'workingDays');
      working.add(w.date);
    }
    holidays = holidays.filter((h) => !working.has(h.date));
  }
  const byDate = new Map<string, Holiday>();
  for (const h of holidays) if (!byDate.has(h.date)) byDate.set(h.date, h);
  const sorted = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { year, holidays: sorted, workingDays: [...working].sort(), official: overrides !== undefined };
}
