/** Quiet hours (a channel's "no sending between 22:00 and 06:00") as pure time arithmetic in the channel's time zone. */
import { DateTime } from 'luxon';
import type { QuietHours } from './adapter-limits.js';

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/** Whether `at` falls inside the quiet hours (a window may cross midnight). */
export function inQuietHours(q: QuietHours, at: Date): boolean {
  const local = DateTime.fromJSDate(at, { zone: q.timeZone });
  const now = local.hour * 60 + local.minute;
  const from = minutes(q.from);
  const to = minutes(q.to);
  return from <= to ? now >= from && now < to : now >= from || now < to;
}

/** The first instant at or after `at` outside the quiet hours. */
export function quietHoursEnd(q: QuietHours, at: Date): Date {
  if (!inQuietHours(q, at)) return at;
  const local = DateTime.fromJSDate(at, { zone: q.timeZone });
  const to = minutes(q.to);
  let end = local.startOf('day').plus({ minutes: to });
  if (end <= local) end = end.plus({ days: 1 });
  return end.toJSDate();
}

/** The start of the next local day (quotas that reset daily). */
export function nextLocalDay(timeZone: string, at: Date): Date {
  return DateTime.fromJSDate(at, { zone: timeZone }).startOf('day').plus({ days: 1 }).toJSDate();
}
