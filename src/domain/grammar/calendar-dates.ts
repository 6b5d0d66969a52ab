/** Small pure helpers for the plain calendar dates the grammar writes (no time zone involved). */

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number | undefined, m: number): number {
  if (m === 2) return y === undefined ? 29 : isLeap(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isoDate(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function isoDateTime(y: number, m: number, d: number, h: number, min: number): string {
  return `${isoDate(y, m, d)}T${pad(h)}:${pad(min)}`;
}

export function monthDay(m: number, d: number): string {
  return `--${pad(m)}-${pad(d)}`;
}

export function clock(h: number, min: number): string {
  return `${pad(h)}:${pad(min)}`;
}

export function isValidDate(y: number | undefined, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parses YYYY-MM-DD; returns null when it is not a real date. */
export function parseIsoDate(s: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  return isValidDate(y, m, d) ? { y, m, d } : null;
}

/** The day before a date. */
export function previousDay(y: number, m: number, d: number): { y: number; m: number; d: number } {
  if (d > 1) return { y, m, d: d - 1 };
  if (m > 1) return { y, m: m - 1, d: daysInMonth(y, m - 1) };
  return { y: y - 1, m: 12, d: 31 };
}
