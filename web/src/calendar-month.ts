import { todayInVietnam } from './format-date';

const pad = (n: number) => String(n).padStart(2, '0');

/** The month the calendar page opens on: `?thang=YYYY-MM`, or the current month in Vietnam. */
export function initialMonth(search: string, today: string = todayInVietnam()): { year: number; month: number } {
  const q = new URLSearchParams(search).get('thang');
  const m = q && /^(\d{4})-(\d{2})$/.exec(q);
  if (m) return { year: Number(m[1]), month: Number(m[2]) };
  const t = today;
  return { year: Number(t.slice(0, 4)), month: Number(t.slice(5, 7)) };
}

/** The first and last day of a month, YYYY-MM-DD. */
export function monthRange(ym: { year: number; month: number }): { from: string; to: string } {
  const last = new Date(Date.UTC(ym.year, ym.month, 0)).getUTCDate();
  return { from: `${ym.year}-${pad(ym.month)}-01`, to: `${ym.year}-${pad(ym.month)}-${pad(last)}` };
}

/** The reads the calendar page starts with (boot.ts starts them before React loads). */
export const calendarReads = (unitId: string, search: string): string[] => {
  const { from, to } = monthRange(initialMonth(search));
  return [`/api/units/${unitId}/calendar?from=${from}&to=${to}`, `/api/items?unitId=${unitId}&status=approved`];
};
