/**
 * Local calendar dates of Asia/Ho_Chi_Minh as day numbers (days since 1970-01-01), the
 * representation the calendar works in: integer arithmetic, no time zone, no DST (Vietnam
 * has none). Strings are 'YYYY-MM-DD'; a local wall time is 'HH:MM'.
 */
import { DomainError } from '../errors/domain-error.js';

/** Vietnam is UTC+7 all year (no daylight saving since 1975). */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;
export const VIETNAM_TZID = 'Asia/Ho_Chi_Minh';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** Memo of formatted days, indexed by day number + 40,000 (1860–2130). */
const STRING_CACHE_OFFSET = 40_000;
const stringCache: string[] = [];
const dayCache = new Map<string, number>();

/** Day number of a 'YYYY-MM-DD' date (a 'YYYY-MM-DDTHH:MM' date-time keeps its date). */
export function toDayNumber(date: string): number {
  const known = dayCache.get(date);
  if (known !== undefined) return known;
  const day = parseDayNumber(date);
  if (dayCache.size < 100_000) dayCache.set(date, day);
  return day;
}

function parseDayNumber(date: string): number {
  const m = ISO_DATE.exec(date.length > 10 ? date.slice(0, 10) : date);
  if (!m) {
    throw new DomainError('calendar.invalid-date', `Ngày không hợp lệ: "${date}" (cần dạng YYYY-MM-DD).`, {
      text: date,
      expected: 'YYYY-MM-DD',
    });
  }
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new DomainError('calendar.invalid-date', `Ngày không tồn tại: "${date}".`, { text: date });
  }
  return ms / MS_PER_DAY;
}

export function dayNumberOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** 'YYYY-MM-DD' of a day number (memoised: a calendar formats the same few thousand days). */
export function fromDayNumber(day: number): string {
  const i = day + STRING_CACHE_OFFSET;
  let s = stringCache[i];
  if (s === undefined) {
    s = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (i >= 0 && i < 2 * STRING_CACHE_OFFSET + 20_000) stringCache[i] = s;
  }
  return s;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** Month 1–12 of a day number. */
export function monthOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCMonth() + 1;
}

export function parseTime(time: string): { hour: number; minute: number } {
  const m = HH_MM.exec(time);
  if (!m) {
    throw new DomainError('calendar.invalid-time', `Giờ không hợp lệ: "${time}" (cần dạng HH:MM).`, {
      text: time,
      expected: 'HH:MM',
    });
  }
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

export function formatTime(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** iCalendar local (floating) DATE-TIME of a day number and 'HH:MM': 20240306T080000. */
export function icalLocalDateTime(day: number, time: string): string {
  const d = fromDayNumber(day);
  return `${d.slice(0, 4)}${d.slice(5, 7)}${d.slice(8, 10)}T${time.slice(0, 2)}${time.slice(3, 5)}00`;
}

/** The UTC instant of a local Vietnamese date and wall time. */
export function toUtcInstant(date: string, time: string): Date {
  const { hour, minute } = parseTime(time);
  return new Date(toDayNumber(date) * MS_PER_DAY + (hour * 60 + minute - VIETNAM_UTC_OFFSET_MINUTES) * 60_000);
}
