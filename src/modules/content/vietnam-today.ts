import { VIETNAM_UTC_OFFSET_MINUTES } from '../../domain/calendar/local-date.js';

/** The calendar day in Asia/Ho_Chi_Minh (UTC+7, no daylight saving) of an instant. */
export const vietnamDay = (instant: Date): string =>
  new Date(instant.getTime() + VIETNAM_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
