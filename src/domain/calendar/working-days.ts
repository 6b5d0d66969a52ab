/**
 * Vietnamese working days: Monday to Friday, less public holidays and official days off,
 * plus make-up working Saturdays. Built from the parsed yearly overrides (the domain never
 * reads files); years are computed lazily and cached as flag arrays, so a national-scale
 * expansion asks "is this a working day?" in O(1).
 */
import { DomainError } from '../errors/domain-error.js';
import { holidaysOfYear, type Holiday, type HolidayOverrides, type YearHolidays } from './holiday-calendar.js';
import { dayNumberOf, fromDayNumber, isoWeekday, toDayNumber, yearOf } from './local-date.js';

interface YearTable {
  start: number;
  /** 1 = working day. */
  working: Uint8Array;
  /** 1 = public holiday or official day off (weekends not counted). */
  holiday: Uint8Array;
  info: YearHolidays;
}

export class WorkingDayCalendar {
  private readonly overrides = new Map<number, HolidayOverrides>();
  private readonly years = new Map<number, YearTable>();

  constructor(overrides: readonly HolidayOverrides[] = []) {
    for (const o of overrides) {
      if (this.overrides.has(o.year)) {
        throw new DomainError('calendar.override-duplicate-year', `Có hai bộ ngày nghỉ cho năm ${o.year}.`, {
          year: o.year,
        });
      }
      this.overrides.set(o.year, o);
    }
  }

  /** Years for which an official decision is configured. */
  configuredYears(): number[] {
    return [...this.overrides.keys()].sort((a, b) => a - b);
  }

  holidays(year: number): Holiday[] {
    return this.table(year).info.holidays;
  }

  yearHolidays(year: number): YearHolidays {
    return this.table(year).info;
  }

  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(toDayNumber(date));
  }

  /** A public holiday or official day off (an ordinary weekend is not). */
  isHoliday(date: string): boolean {
    return this.isHolidayNumber(toDayNumber(date));
  }

  isWorkingDayNumber(day: number): boolean {
    const t = this.tableOfDay(day);
    return t.working[day - t.start] === 1;
  }

  isHolidayNumber(day: number): boolean {
    const t = this.tableOfDay(day);
    return t.holiday[day - t.start] === 1;
  }

  /** The day n working days after (n > 0) or before (n < 0) day; n = 0 gives day itself. */
  addWorkingDaysNumber(day: number, n: number): number {
    let d = day;
    const step = n < 0 ? -1 : 1;
    for (let left = Math.abs(n); left > 0;) {
      d += step;
      if (this.isWorkingDayNumber(d)) left--;
    }
    return d;
  }

  addWorkingDays(date: string, n: number): string {
    return fromDayNumber(this.addWorkingDaysNumber(toDayNumber(date), n));
  }

  /** The working days from `from` to `to`, both included. */
  workingDaysBetween(from: string, to: string): string[] {
    const out: string[] = [];
    for (let d = toDayNumber(from), end = toDayNumber(to); d <= end; d++) {
      if (this.isWorkingDayNumber(d)) out.push(fromDayNumber(d));
    }
    return out;
  }

  /** The last working day on or before day (within 60 days), else null. */
  lastWorkingDayOnOrBefore(day: number, notBefore = day - 60): number | null {
    for (let d = day; d >= notBefore; d--) if (this.isWorkingDayNumber(d)) return d;
    return null;
  }

  private tableOfDay(day: number): YearTable {
    // Fast path: most look-ups hit the year asked last.
    const last = this.lastTable;
    if (last && day >= last.start && day < last.start + last.working.length) return last;
    const t = this.table(yearOf(day));
    this.lastTable = t;
    return t;
  }

  private lastTable: YearTable | undefined;

  private table(year: number): YearTable {
    let t = this.years.get(year);
    if (t) return t;
    const start = dayNumberOf(year, 1, 1);
    const length = dayNumberOf(year + 1, 1, 1) - start;
    const working = new Uint8Array(length);
    const holiday = new Uint8Array(length);
    for (let i = 0; i < length; i++) working[i] = isoWeekday(start + i) <= 5 ? 1 : 0;
    const info = holidaysOfYear(year, this.overrides.get(year));
    for (const h of info.holidays) {
      const i = toDayNumber(h.date) - start;
      holiday[i] = 1;
      working[i] = 0;
    }
    for (const w of info.workingDays) working[toDayNumber(w) - start] = 1;
    t = { start, working, holiday, info };
    this.years.set(year, t);
    return t;
  }
}
