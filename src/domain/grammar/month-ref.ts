/**
 * Which month a day of the month belongs to, when a reporting rule names it relative to the
 * period instead of by number: "ngày 15 của tháng cuối quý", "ngày 10 tháng đầu tiên của quý
 * kế tiếp", "ngày 12 tháng sau tháng báo cáo". Read from its parts (a position, a link word,
 * the period, a "next"), not from a list of whole phrases, so that the ways the parts are
 * combined in real rules all read the same.
 */
import { type Atom, type Pattern, cap, startingWith, w } from './pattern.js';

/** Words for "the one after", longest first. */
const NEXT = ['liền kề sau', 'liền sau', 'tiếp sau', 'tiếp theo', 'kế tiếp', 'liền kề', 'sau'];
const PREVIOUS = ['liền trước', 'trước đó', 'trước'];
const POSITION: Record<string, 'first' | 'last'> = { 'đầu tiên': 'first', đầu: 'first', 'cuối cùng': 'last', cuối: 'last' };
const LINK = ['của', 'trong', 'thuộc'];
const EACH = ['mỗi', 'các', 'từng', 'hằng', 'hàng'];

export interface MonthRef {
  /** Atoms read, from the first "tháng". */
  length: number;
  ref: string;
}

/**
 * Reads a month named relative to the period from atoms[i] (which must be the word "tháng").
 * A doubled "tháng" ("tháng sau tháng tháng báo cáo", a slip seen in real rules) is read once.
 */
export function readMonthRef(a: readonly Atom[], i: number): MonthRef | undefined {
  if (!isWord(a[i], 'tháng')) return undefined;
  let k = i + 1;
  const skipMonthWord = (): boolean => {
    if (!isWord(a[k], 'tháng')) return false;
    while (isWord(a[k], 'tháng')) k++;
    return true;
  };
  skipMonthWord();
  const take = (options: readonly string[]): string | undefined => {
    for (const option of options) {
      const parts = option.split(' ');
      if (parts.every((p, j) => isWord(a[k + j], p))) {
        k += parts.length;
        return option;
      }
    }
    return undefined;
  };
  const done = (ref: string): MonthRef => ({ length: k - i, ref });

  // "ngày 12 tháng thứ hai quý sau quý báo cáo": the second (third) month of a quarter.
  const ordinal = ordinalAt(a, k);
  if (ordinal !== undefined) {
    const mark = k;
    k += 2;
    take(LINK);
    take(EACH);
    if (take(['quý']) !== undefined) {
      const next = take(NEXT) !== undefined;
      take(['quý báo cáo', 'báo cáo']);
      return done(`${ordinal} month of the ${next ? 'next ' : ''}quarter`);
    }
    k = mark;
  }

  const position = take(Object.keys(POSITION));
  if (position !== undefined) {
    const mark = k;
    take(LINK);
    let period: 'quarter' | 'period' | undefined;
    const x = a[k];
    if (x?.type === 'PERIOD' && x.v.per === 'quarter') {
      // "của mỗi quý", "hằng quý": a quarter, each of them.
      k++;
      period = 'quarter';
    } else {
      take(EACH);
      const word = take(['quý', 'kỳ']);
      period = word === 'quý' ? 'quarter' : word === 'kỳ' ? 'period' : undefined;
    }
    if (period === undefined) {
      k = mark - position.split(' ').length;
      return done('same month');
    }
    if (period === 'period') take(['báo cáo']);
    const next = take(NEXT) !== undefined;
    // "quý sau quý báo cáo", "quý báo cáo": the period itself named again.
    take(['quý báo cáo', 'kỳ báo cáo', 'báo cáo']);
    const name = period === 'quarter' ? 'quarter' : 'period';
    return done(`${POSITION[position]} month of the ${next ? 'next ' : ''}${name}`);
  }

  if (take(NEXT) !== undefined) {
    const mark = k;
    if (skipMonthWord() && take(['báo cáo']) !== undefined) return done('month after the reporting month');
    k = mark;
    // "tháng sau của quý báo cáo", "tháng kế tiếp 1 quý": the month after the quarter.
    take(LINK);
    if (isNumber(a[k], 1)) k++;
    if (take(['quý']) !== undefined) {
      take(['báo cáo']);
      return done('month after the quarter');
    }
    k = mark;
    take(['kỳ báo cáo']);
    return done('next month');
  }
  if (take(PREVIOUS) !== undefined) {
    const mark = k;
    if (skipMonthWord() && take(['báo cáo']) !== undefined) return done('month before the reporting month');
    k = mark;
    if (take(['kỳ báo cáo']) !== undefined) return done('month before the period');
    return done('previous month');
  }
  take(['thuộc kỳ báo cáo', 'của kỳ báo cáo', 'báo cáo', 'đó', 'này']);
  return done('same month');
}

const ORDINAL_MONTH: Record<number, string> = { 1: 'first', 2: 'second', 3: 'third' };
const ORDINAL_WORD: Record<string, string> = { nhất: 'first', hai: 'second', ba: 'third' };

/** "thứ hai", "thứ 3", "thứ nhất" at k: the position of a month in its quarter. */
function ordinalAt(a: readonly Atom[], k: number): string | undefined {
  if (!isWord(a[k], 'thứ')) return undefined;
  const x = a[k + 1];
  if (x === undefined) return undefined;
  // "thứ ba" after "tháng" is read as words (it is no weekday here).
  if (x.type === 'W' && Object.hasOwn(ORDINAL_WORD, x.low)) return ORDINAL_WORD[x.low];
  if ((x.type === 'WNUM' || x.type === 'NUM') && x.v.n !== undefined) return ORDINAL_MONTH[x.v.n];
  return undefined;
}

function isNumber(x: Atom | undefined, n: number): boolean {
  return x !== undefined && (x.type === 'NUM' || x.type === 'WNUM') && x.v.n === n;
}

function isWord(x: Atom | undefined, word: string): boolean {
  return x !== undefined && x.type === 'W' && x.low === word;
}

/**
 * A pattern over a month named relative to the period, captured as `label`; with
 * `bare: false` the plain "tháng" (the same month) is not enough.
 */
export function monthRef(label: string, bare = true): Pattern {
  return cap(
    label,
    startingWith(w('tháng'), (a, i) => {
      const r = readMonthRef(a, i);
      if (r === undefined || (!bare && r.length === 1)) return -1;
      return i + r.length;
    }),
  );
}

/** The reading of a captured month (see monthRef). */
export function monthRefOf(a: readonly Atom[], from: number): string {
  return readMonthRef(a, from)?.ref ?? 'same month';
}
