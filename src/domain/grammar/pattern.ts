/**
 * The small rule machinery the grammar is written in. Atoms are tokens or the typed chunks
 * built from them (a date, a period, a clock time…). A pattern is a PEG-style matcher over
 * atoms (ordered choice, no backtracking into a finished element), so matching is linear in
 * the input and cannot blow up. A rule is a named pattern plus an action.
 */
import type { Span } from '../errors/domain-error.js';
import type { PartOfDay, Per, Weekday } from './phrase.types.js';

export type Qual = 'atLeast' | 'atMost' | 'approx';

export interface AtomValue {
  n?: number;
  digits?: string;
  /** The multiplier word a number was written with ("20 triệu" → 1 000 000). */
  scale?: number;
  d?: number;
  m?: number;
  y?: number;
  q?: number;
  qs?: number[];
  h?: number;
  min?: number;
  max?: number;
  wd?: Weekday;
  wom?: number | 'last';
  /** A list of weeks of the month ("tuần thứ hai và thứ tư"). */
  woms?: number[];
  pod?: PartOfDay;
  per?: Exclude<Per, null | 'campaign'>;
  how?: 'every' | 'slash' | 'in';
  qual?: Qual;
  noun?: string;
  months?: number;
  /** A list of months ("tháng 10, 11, 12") or weekdays ("thứ 2, 4, 6"). */
  ms?: number[];
  wds?: Weekday[];
  part?: 'first' | 'last';
  /** A solar date that was written as a lunar one ("Rằm tháng Giêng năm 2025"). */
  lunar?: { d: number; m: number; y: number };
  /** A lunar day written with no year ("mùng 5 Tết", "ngày 15/12 âm lịch"): its lunar day and month, until a year is found. */
  lunarNoYear?: { d: number; m: number };
  /** The year came from the page's date (refDate), not from the phrase. */
  yearFromRef?: boolean;
  /** The date of a named occasion (Tết), kept as an event where a deadline names it. */
  event?: boolean;
  /** The last day of a span atom (a lunar month). */
  end?: { y: number; m: number; d: number };
}

export interface Atom {
  /** NUM, W (word), SYM, CLOCK, or a chunk type: DATE, DAY, MONTH, QUARTER, YEAR, … */
  type: string;
  raw: string;
  low: string;
  start: number;
  end: number;
  spaceBefore: boolean;
  v: AtomValue;
  /** The rule that built the atom ('' for a plain token). */
  rule: string;
}

export interface Cap {
  label: string;
  from: number;
  to: number;
}

/** Returns the index after the match, or -1. Captures are pushed to caps (rolled back on failure). */
export type Pattern = (a: readonly Atom[], i: number, caps: Cap[]) => number;

/**
 * What a pattern can start with, for dispatch: keys "TYPE" or "W:word" / "SYM:c"; null when
 * anything may start it (a hand-written pattern). `nullable` when it may match nothing.
 */
interface PatternMeta {
  first: Set<string> | null;
  nullable: boolean;
}
const META = new WeakMap<Pattern, PatternMeta>();
const UNKNOWN: PatternMeta = { first: null, nullable: true };

function withMeta(p: Pattern, first: Set<string> | null, nullable: boolean): Pattern {
  META.set(p, { first, nullable });
  return p;
}
function metaOf(p: Pattern): PatternMeta {
  return META.get(p) ?? UNKNOWN;
}
function union(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (a === null || b === null) return null;
  return new Set([...a, ...b]);
}

/** Keys an atom can be dispatched on. */
export function atomKeys(x: Atom): [string, string] {
  return [x.type, x.type === 'W' ? `W:${x.low}` : x.type === 'SYM' ? `SYM:${x.raw}` : x.type];
}

export const seq = (...ps: Pattern[]): Pattern => {
  let first: Set<string> | null = new Set();
  let nullable = true;
  for (const p of ps) {
    if (!nullable) break;
    const m = metaOf(p);
    first = union(first, m.first);
    nullable = m.nullable;
  }
  return withMeta(seqRaw(ps), first, nullable);
};
const seqRaw =
  (ps: Pattern[]): Pattern =>
  (a, i, c) => {
    const mark = c.length;
    let j = i;
    for (const p of ps) {
      j = p(a, j, c);
      if (j < 0) {
        if (c.length !== mark) c.length = mark;
        return -1;
      }
    }
    return j;
  };

export const alt = (...ps: Pattern[]): Pattern => {
  let first: Set<string> | null = new Set();
  let nullable = false;
  for (const p of ps) {
    const m = metaOf(p);
    first = union(first, m.first);
    nullable ||= m.nullable;
  }
  return withMeta(altRaw(ps), first, nullable);
};
const altRaw =
  (ps: Pattern[]): Pattern =>
  (a, i, c) => {
    for (const p of ps) {
      const mark = c.length;
      const j = p(a, i, c);
      if (j >= 0) return j;
      if (c.length !== mark) c.length = mark;
    }
    return -1;
  };

export const opt = (p: Pattern): Pattern => withMeta(optRaw(p), metaOf(p).first, true);
const optRaw =
  (p: Pattern): Pattern =>
  (a, i, c) => {
    const mark = c.length;
    const j = p(a, i, c);
    if (j < 0) {
      if (c.length !== mark) c.length = mark;
      return i;
    }
    return j;
  };

export const many = (p: Pattern, min = 0, max = 64): Pattern =>
  withMeta(manyRaw(p, min, max), metaOf(p).first, min === 0 || metaOf(p).nullable);
const manyRaw =
  (p: Pattern, min: number, max: number): Pattern =>
  (a, i, c) => {
    let j = i;
    let n = 0;
    while (n < max) {
      const mark = c.length;
      const k = p(a, j, c);
      if (k < 0 || k === j) {
        if (c.length !== mark) c.length = mark;
        break;
      }
      j = k;
      n++;
    }
    return n >= min ? j : -1;
  };

export const cap = (label: string, p: Pattern): Pattern => withMeta(capRaw(label, p), metaOf(p).first, metaOf(p).nullable);
const capRaw =
  (label: string, p: Pattern): Pattern =>
  (a, i, c) => {
    const j = p(a, i, c);
    if (j < 0) return -1;
    c.push({ label, from: i, to: j });
    return j;
  };

/**
 * A hand-written pattern that can only start where `starts` matches: the rule is then tried
 * only at such atoms instead of at every one.
 */
export const startingWith = (starts: Pattern, p: Pattern): Pattern =>
  withMeta((a, i, c) => (starts(a, i, []) < 0 ? -1 : p(a, i, c)), metaOf(starts).first, false);

/** Negative look-ahead. */
export const not = (p: Pattern): Pattern => withMeta(notRaw(p), new Set(), true);
const notRaw =
  (p: Pattern): Pattern =>
  (a, i, c) => {
    const mark = c.length;
    const j = p(a, i, c);
    if (c.length !== mark) c.length = mark;
    return j < 0 ? i : -1;
  };

/** Positive look-ahead. */
export const ahead = (p: Pattern): Pattern => withMeta(aheadRaw(p), new Set(), true);
const aheadRaw =
  (p: Pattern): Pattern =>
  (a, i, c) => {
    const mark = c.length;
    const j = p(a, i, c);
    if (c.length !== mark) c.length = mark;
    return j < 0 ? -1 : i;
  };

/** Look-behind on the previous atom. */
export const after = (pred: (prev: Atom | undefined) => boolean): Pattern =>
  withMeta((a, i) => (pred(i > 0 ? a[i - 1] : undefined) ? i : -1), new Set(), true);

/** The start of the phrase. */
export const start: Pattern = withMeta((_a, i) => (i === 0 ? i : -1), new Set(), true);

export const end: Pattern = withMeta((a, i) => (i >= a.length ? i : -1), new Set(), true);

/** An atom of a type, optionally with a predicate. */
export const t = (type: string, pred?: (x: Atom) => boolean): Pattern =>
  withMeta(
    (a, i) => {
      const x = a[i];
      return x !== undefined && x.type === type && (!pred || pred(x)) ? i + 1 : -1;
    },
    new Set([type]),
    false,
  );

/** Any atom satisfying a predicate. */
export const any =
  (pred: (x: Atom) => boolean): Pattern =>
  (a, i) => {
    const x = a[i];
    return x !== undefined && pred(x) ? i + 1 : -1;
  };

/** Literal words (each alternative may be several words: "ít nhất"), lower-case. */
export const w = (...alts: string[]): Pattern => {
  // Alternatives indexed by their first word, longest first: one map lookup per position.
  const byFirst = new Map<string, string[][]>();
  for (const words of alts.map((s) => s.split(' ')).sort((x, y) => y.length - x.length)) {
    const list = byFirst.get(words[0]!) ?? [];
    list.push(words);
    byFirst.set(words[0]!, list);
  }
  const keys = new Set([...byFirst.keys()].map((k) => `W:${k}`));
  return withMeta(wRaw(byFirst), keys, false);
};
const wRaw = (byFirst: Map<string, string[][]>): Pattern => {
  return (a, i) => {
    const first = a[i];
    if (first === undefined || first.type !== 'W') return -1;
    const candidates = byFirst.get(first.low);
    if (candidates === undefined) return -1;
    outer: for (const words of candidates) {
      for (let k = 1; k < words.length; k++) {
        const x = a[i + k];
        if (x === undefined || x.type !== 'W' || x.low !== words[k]) continue outer;
      }
      return i + words.length;
    }
    return -1;
  };
};

/** A symbol. `tight` requires no blank before it nor before the next atom. */
export const sym = (chars: string, tight = false): Pattern =>
  withMeta(symRaw(chars, tight), new Set([...chars].map((c) => `SYM:${c}`)), false);
const symRaw =
  (chars: string, tight: boolean): Pattern =>
  (a, i) => {
    const x = a[i];
    if (x === undefined || x.type !== 'SYM' || !chars.includes(x.raw)) return -1;
    if (tight && (x.spaceBefore || (a[i + 1] !== undefined && a[i + 1]!.spaceBefore))) return -1;
    return i + 1;
  };

/** A number token within bounds; `maxDigits` rejects long digit strings. */
export const num = (min: number, max: number, maxDigits = 4): Pattern =>
  t('NUM', (x) => x.v.n !== undefined && x.v.n >= min && x.v.n <= max && (x.v.digits ?? '').length <= maxDigits);

/** A result of a match, with helpers to read captures. */
export class Match {
  constructor(
    readonly atoms: readonly Atom[],
    readonly from: number,
    readonly to: number,
    readonly caps: readonly Cap[],
  ) {}

  has(label: string): boolean {
    return this.caps.some((c) => c.label === label);
  }

  /** The first atom of the (last) capture with this label. */
  get(label: string): Atom | undefined {
    const c = this.capture(label);
    return c ? this.atoms[c.from] : undefined;
  }

  all(label: string): Atom[] {
    const out: Atom[] = [];
    for (const c of this.caps) if (c.label === label) out.push(...this.atoms.slice(c.from, c.to));
    return out;
  }

  capture(label: string): Cap | undefined {
    for (let k = this.caps.length - 1; k >= 0; k--) if (this.caps[k]!.label === label) return this.caps[k];
    return undefined;
  }

  span(label?: string): Span {
    if (label === undefined) return spanOf(this.atoms, this.from, this.to);
    const c = this.capture(label);
    return c ? spanOf(this.atoms, c.from, c.to) : spanOf(this.atoms, this.from, this.to);
  }

  first(): Atom {
    return this.atoms[this.from]!;
  }

  last(): Atom {
    return this.atoms[this.to - 1]!;
  }
}

export function spanOf(atoms: readonly Atom[], from: number, to: number): Span {
  if (to <= from) return { start: atoms[from]?.start ?? 0, end: atoms[from]?.start ?? 0 };
  return { start: atoms[from]!.start, end: atoms[to - 1]!.end };
}

/** A rule that builds one atom from several (a date from "30", "/", "11", "/", "2025"). */
export interface AtomRule {
  name: string;
  pattern: Pattern;
  /**
   * The context the match must stand in (the atoms already built before it, those after it),
   * written next to the pattern it protects; a match out of context builds nothing.
   */
  when?: (m: Match, out: readonly Atom[]) => boolean;
  /** The new atom's type and value, or null when the matched values make no atom (a lunar day that does not exist). */
  build: (m: Match, out: readonly Atom[]) => { type: string; v: AtomValue } | null;
}

/**
 * One left-to-right pass: at each position the first atom rule that matches (in table
 * order) replaces the atoms it covers by one atom; otherwise the atom is kept.
 */
export function chunk(atoms: readonly Atom[], rules: readonly AtomRule[], text: string): Atom[] {
  const out: Atom[] = [];
  const caps: Cap[] = [];
  const dispatch = dispatcherFor(rules);
  let i = 0;
  next: while (i < atoms.length) {
    for (const rule of dispatch(atoms[i]!)) {
      if (caps.length !== 0) caps.length = 0;
      const j = rule.pattern(atoms, i, caps);
      if (j > i) {
        const match = new Match(atoms, i, j, caps.slice());
        const built = rule.when && !rule.when(match, out) ? null : rule.build(match, out);
        if (built) {
          const start = atoms[i]!.start;
          const endOff = atoms[j - 1]!.end;
          const raw = text.slice(start, endOff);
          out.push({
            type: built.type,
            raw,
            low: raw.toLowerCase(),
            start,
            end: endOff,
            spaceBefore: atoms[i]!.spaceBefore,
            v: built.v,
            rule: rule.name,
          });
          i = j;
          continue next;
        }
      }
    }
    out.push(atoms[i]!);
    i++;
  }
  return out;
}

/** A rule of a phrase kind: a named pattern and what it contributes to the reading. */
export interface PhraseRule<C> {
  name: string;
  pattern: Pattern;
  /** Returns false to reject the match (a guard); anything else accepts it. */
  action: (m: Match, ctx: C) => boolean | void;
}

/**
 * One left-to-right pass over the atoms: at each position the first rule that matches (in
 * table order) runs its action and consumes what it matched. Returns the names of the
 * rules that fired, in order.
 */
export function scan<C>(atoms: readonly Atom[], rules: readonly PhraseRule<C>[], ctx: C): string[] {
  const fired: string[] = [];
  const caps: Cap[] = [];
  const dispatch = dispatcherFor(rules);
  let i = 0;
  next: while (i < atoms.length) {
    for (const rule of dispatch(atoms[i]!)) {
      if (caps.length !== 0) caps.length = 0;
      const j = rule.pattern(atoms, i, caps);
      if (j > i) {
        if (rule.action(new Match(atoms, i, j, caps.slice()), ctx) === false) continue;
        fired.push(rule.name);
        i = j;
        continue next;
      }
    }
    i++;
  }
  return fired;
}

/**
 * For a rule table, the rules that can start at an atom, in table order: those whose pattern
 * can begin with the atom's type or word, plus those that can begin with anything. Built
 * once per table and cached per key, so a position tries a handful of rules, not all.
 */
const DISPATCHERS = new WeakMap<readonly { pattern: Pattern }[], (x: Atom) => readonly { pattern: Pattern }[]>();

function dispatcherFor<R extends { pattern: Pattern }>(rules: readonly R[]): (x: Atom) => readonly R[] {
  const cached = DISPATCHERS.get(rules);
  if (cached) return cached as (x: Atom) => readonly R[];
  const firsts = rules.map((r) => {
    const m = metaOf(r.pattern);
    return m.nullable ? null : m.first;
  });
  const byKey = new Map<string, R[]>();
  const lookup = (key: string): R[] => {
    let list = byKey.get(key);
    if (!list) {
      list = rules.filter((_, k) => firsts[k] === null || firsts[k]!.has(key));
      byKey.set(key, list);
    }
    return list;
  };
  const dispatch = (x: Atom): readonly R[] => {
    const typeKey = x.type;
    if (typeKey !== 'W' && typeKey !== 'SYM') return lookup(typeKey);
    const fineKey = typeKey === 'W' ? `W:${x.low}` : `SYM:${x.raw}`;
    const key = fineKey;
    let list = byKey.get(key);
    if (!list) {
      list = rules.filter((_, k) => firsts[k] === null || firsts[k]!.has(typeKey) || firsts[k]!.has(fineKey));
      if (byKey.size < 5000) byKey.set(key, list);
    }
    return list;
  };
  DISPATCHERS.set(rules, dispatch as (x: Atom) => readonly { pattern: Pattern }[]);
  return dispatch;
}
