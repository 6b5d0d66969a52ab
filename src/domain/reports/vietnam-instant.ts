/**
 * Instants and Vietnamese calendar days. A publication counts in the reporting window of its
 * own date in Asia/Ho_Chi_Minh (UTC+7, no daylight saving): 23:30 on 14/3 in Vietnam is 16:30
 * UTC and still 14/3. Pure.
 */
import { DomainError } from '../errors/domain-error.js';
import { VIETNAM_UTC_OFFSET_MINUTES } from '../calendar/local-date.js';

const OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * 60_000;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The Vietnamese calendar day ('YYYY-MM-DD') of an instant. */
export function vietnamDayOf(instant: Date | string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Vietnamese calendar day starts (00:00 in Vietnam). */
export function vietnamDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - OFFSET_MS);
}

/** The instant the day after `day` starts in Vietnam: the exclusive end of a window ending on `day`. */
export function vietnamDayEnd(day: string): Date {
  return new Date(vietnamDayStart(day).getTime() + 86_400_000);
}

/**
 * Reads when something was published: a day ('2024-03-14', taken as 00:00 in Vietnam), a local
 * time with no zone ('2024-03-14T23:30', Vietnamese time) or an instant with a zone
 * ('2024-03-14T16:30:00Z'). A date that does not exist (30/02) is refused, naming the field.
 */
export function parsePublicationInstant(text: string, field = 'publishedAt'): Date {
  const m = INSTANT.exec(text.trim());
  const bad = () =>
    new DomainError(
      'PUBLISHED_AT_INVALID',
      `Thời điểm đăng (${field}) không hợp lệ: "${text}". Dùng ngày YYYY-MM-DD, giờ Việt Nam YYYY-MM-DDTHH:MM hoặc thời điểm có múi giờ.`,
      {
        field,
        text,
        expected: 'YYYY-MM-DD | YYYY-MM-DDTHH:MM[:SS] | ISO-8601 with Z or ±HH:MM',
      },
    );
  if (!m) throw bad();
  const [, y, mo, d, hh = '00', mi = '00', ss = '00', frac = '0', zone] = m;
  const [year, month, day, hour, minute, second] = [y, mo, d, hh, mi, ss].map(Number);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    throw bad();
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, Number(frac.padEnd(3, '0')));
  if (!zone) return new Date(wall - OFFSET_MS);
  if (zone === 'Z') return new Date(wall);
  const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  const offset = (Number(z[2]) * 60 + Number(z[3])) * 60_000 * (z[1] === '+' ? 1 : -1);
  if (Number(z[2]) > 14 || Number(z[3]) > 59) throw bad();
  return new Date(wall - offset);
}
