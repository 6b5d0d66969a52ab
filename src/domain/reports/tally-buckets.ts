/**
 * Half-month buckets for the roll-up's summary (`fulfilment_tallies`). Every reporting window
 * starts on a 1st or a 15th and ends on a 14th or a month's last day (the Ministry's windows run
 * 15th to 14th, calendar ones 1st to last), so a window is a run of whole half-months. A
 * "tally year" Y runs from 15/12/(Y−1) to 14/12/Y, bucket 0 being 15–31/12 of Y−1, then 1–14/1
 * (1), 15–31/1 (2), … 1–14/12 (23): every Ministry window is one run inside one tally year, and a
 * calendar window at most two runs (December crosses into the next tally year). Pure.
 */

export const BUCKETS = 24;

export interface BucketRef {
  year: number;
  bucket: number;
}

/** The tally year and bucket of a day 'YYYY-MM-DD'. */
export function bucketOf(day: string): BucketRef {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const second = Number(day.slice(8, 10)) >= 15;
  if (month === 12 && second) return { year: year + 1, bucket: 0 };
  return { year, bucket: (month - 1) * 2 + (second ? 1 : 0) + 1 };
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The first and last day of a bucket. */
export function bucketDays(b: BucketRef): { from: string; to: string } {
  if (b.bucket === 0) return { from: `${b.year - 1}-12-15`, to: `${b.year - 1}-12-31` };
  const month = Math.ceil(b.bucket / 2);
  return b.bucket % 2 === 1
    ? { from: `${b.year}-${pad(month)}-01`, to: `${b.year}-${pad(month)}-14` }
    : { from: `${b.year}-${pad(month)}-15`, to: `${b.year}-${pad(month)}-${pad(lastDay(b.year, month))}` };
}

/** A run of buckets [first, last] of one tally year. */
export interface BucketRun {
  year: number;
  first: number;
  last: number;
}

/** The runs covering the days [from, to], or null when the window does not start and end on half-month edges. */
export function bucketRuns(from: string, to: string): BucketRun[] | null {
  if (from > to) return [];
  const a = bucketOf(from);
  const b = bucketOf(to);
  if (bucketDays(a).from !== from || bucketDays(b).to !== to) return null;
  const runs: BucketRun[] = [];
  for (let y = a.year; y <= b.year; y++)
    runs.push({ year: y, first: y === a.year ? a.bucket : 0, last: y === b.year ? b.bucket : BUCKETS - 1 });
  return runs;
}

/** The day before `day`. */
function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * How a window splits at `today` for "due so far" (slots of days before today): the whole
 * buckets already over (read from the summary) and, when today falls inside the window, the
 * days of today's bucket before today (read from the slots themselves; null when there are none).
 */
export function dueSplit(
  from: string,
  to: string,
  today: string,
): { runs: BucketRun[]; partial: { from: string; to: string } | null } | null {
  if (today <= from) return { runs: [], partial: null };
  if (today > to) {
    const all = bucketRuns(from, to);
    return all && { runs: all, partial: null };
  }
  const start = bucketDays(bucketOf(today)).from;
  const whole = start > from ? bucketRuns(from, dayBefore(start)) : [];
  if (whole === null) return null;
  return { runs: whole, partial: start < today ? { from: start, to: dayBefore(today) } : null };
}
