/**
 * Fulfilment: a unit's plans against what was done, per plan, task and channel, in a window.
 * Pure arithmetic over facts the repositories read:
 * - planned: the slots whose day falls in the window;
 * - filled: those holding an item; approved: holding an item approved or later;
 * - published: items with a proof of publication on the channel whose own date (in Vietnam)
 *   falls in the window, each item once per channel, counted where it first appeared; an item
 *   whose status says "published" without a proof does not count;
 * - late: published after the day of the slot it filled;
 * - missed: slots of past days whose item was never proved published (or that hold none), less
 *   those a proof of the task outside its slots covers: a row never counts more than planned in
 *   published (up to planned) + missed + slots still to come;
 * - open obligations ("thường xuyên", no number): no planned count, their publications and
 *   the plan's words as evidence;
 * - gap: planned − published, never negative.
 */
import { vietnamDayOf } from './vietnam-instant.js';

/** Slots of one (unit, plan, task, channel) grouped by what fulfilment distinguishes. */
export interface SlotTally {
  unitId: string;
  planId: string;
  taskId: string;
  channel: string;
  /** The slot's day is before today. */
  past: boolean;
  /** Status of the item in the slot, or null while open. */
  itemStatus: string | null;
  /** The slot's item has a proof of publication on the slot's channel (at any date). */
  proved: boolean;
  count: number;
}

/** One proof in the window, with the day of the slot its item filled on that channel (if any). */
export interface PublicationFact {
  unitId: string;
  itemId: string;
  planId: string | null;
  taskId: string | null;
  channel: string;
  publishedAt: string;
  url: string | null;
  /** The item already had a proof on this channel before the window: it counted then. */
  earlier: boolean;
  slotDate: string | null;
}

/** Publications counted elsewhere (the roll-up): first proofs in the window per (unit, plan, task, channel). */
export interface PublicationTally {
  unitId: string;
  planId: string | null;
  taskId: string | null;
  channel: string;
  count: number;
}

export interface ObligationFact {
  unitId: string;
  planId: string;
  taskId: string;
  channel: string;
  reason: string;
  message: string;
}

export interface TaskInfo {
  planId: string;
  planNumber: string | null;
  taskId: string;
  title: string;
  /** What the quota counts ("tin, bài", "chương trình"), or null. */
  unitWord: string | null;
  evidence?: { line: number; text: string } | null;
}

export interface FulfilmentRow {
  planId: string | null;
  planNumber: string | null;
  taskId: string | null;
  title: string;
  unitWord: string | null;
  channel: string;
  /** Null for an open obligation, which has no number. */
  planned: number | null;
  filled: number;
  approved: number;
  published: number;
  late: number;
  missed: number;
  gap: number;
  /** Slots due before today: what the pace is measured against. */
  dueSoFar: number;
  open: boolean;
  evidence: {
    obligation?: { reason: string; message: string };
    plan?: { line: number; text: string };
    proofs: { itemId: string; publishedOn: string; url: string | null }[];
  };
}

const approvedOrLater = new Set(['approved', 'scheduled', 'published', 'unconfirmed', 'failed']);
const OUTSIDE_PLAN = 'Ngoài kế hoạch';

/** One collator for every comparison: `localeCompare` with a locale builds a new one per call, which a province's roll-up pays millions of times. */
export const collator = new Intl.Collator('vi', { numeric: true });
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const keyOf = (planId: string | null, taskId: string | null, channel: string) => `${planId ?? ''}\u0000${taskId ?? ''}\u0000${channel}`;

export interface FulfilmentInput {
  window: { from: string; to: string };
  slots: readonly SlotTally[];
  /** Per-proof facts (one unit's report), or … */
  publications?: readonly PublicationFact[];
  /** … tallies already counted by the roll-up query. */
  publicationTallies?: readonly PublicationTally[];
  obligations: readonly ObligationFact[];
  tasks: ReadonlyMap<string, TaskInfo>;
}

export const taskKey = (planId: string, taskId: string) => `${planId}\u0000${taskId}`;

/** The rows of one unit (or of whatever the facts cover), sorted by plan, task and channel. */
export function countFulfilment(input: FulfilmentInput): FulfilmentRow[] {
  const rows = new Map<string, FulfilmentRow>();
  const row = (planId: string | null, taskId: string | null, channel: string): FulfilmentRow => {
    const k = keyOf(planId, taskId, channel);
    let r = rows.get(k);
    if (!r) {
      const task = planId && taskId ? input.tasks.get(taskKey(planId, taskId)) : undefined;
      r = {
        planId,
        planNumber: task?.planNumber ?? null,
        taskId,
        title: task?.title ?? (taskId ? `Nhiệm vụ ${taskId}` : OUTSIDE_PLAN),
        unitWord: task?.unitWord ?? null,
        channel,
        planned: 0,
        filled: 0,
        approved: 0,
        published: 0,
        late: 0,
        missed: 0,
        gap: 0,
        dueSoFar: 0,
        open: false,
        evidence: { proofs: [], ...(task?.evidence ? { plan: task.evidence } : {}) },
      };
      rows.set(k, r);
    }
    return r;
  };
  /** Slots of days still to come with no proof yet: neither published nor missed. */
  const upcoming = new Map<FulfilmentRow, number>();
  for (const s of input.slots) {
    const r = row(s.planId, s.taskId, s.channel);
    r.planned = (r.planned ?? 0) + s.count;
    if (s.past) r.dueSoFar += s.count;
    if (s.itemStatus !== null) {
      r.filled += s.count;
      if (approvedOrLater.has(s.itemStatus)) r.approved += s.count;
    }
    const proved = s.itemStatus !== null && s.proved;
    if (s.past && !proved) r.missed += s.count;
    if (!s.past && !proved) upcoming.set(r, (upcoming.get(r) ?? 0) + s.count);
  }
  for (const o of input.obligations) {
    const r = row(o.planId, o.taskId, o.channel);
    if (r.planned === 0) {
      r.planned = null;
      r.open = true;
      r.evidence.obligation = { reason: o.reason, message: o.message };
    }
  }
  const seen = new Set<string>();
  for (const p of input.publications ?? []) {
    const publishedOn = vietnamDayOf(p.publishedAt);
    if (p.earlier || publishedOn < input.window.from || publishedOn > input.window.to) continue;
    const once = `${p.itemId}\u0000${p.channel}`;
    if (seen.has(once)) continue;
    seen.add(once);
    const r = row(p.planId, p.taskId, p.channel);
    r.published++;
    if (p.slotDate !== null && publishedOn > p.slotDate) r.late++;
    r.evidence.proofs.push({ itemId: p.itemId, publishedOn, url: p.url });
  }
  for (const t of input.publicationTallies ?? []) row(t.planId, t.taskId, t.channel).published += t.count;
  for (const r of rows.values()) {
    if (r.planned === null) continue;
    r.gap = Math.max(0, r.planned - r.published);
    // A proof of the task's item that sits in no slot (recorded by hand, or its slot in another window) fulfils
    // one of the row's promises: it covers an overdue slot first, so published + missed + upcoming ≤ planned.
    r.missed = Math.min(r.missed, Math.max(0, r.planned - Math.min(r.published, r.planned) - (upcoming.get(r) ?? 0)));
  }
  return [...rows.values()].sort(
    (a, b) =>
      collator.compare(a.planNumber ?? '\uffff', b.planNumber ?? '\uffff') ||
      byCode(a.planId ?? '\uffff', b.planId ?? '\uffff') ||
      collator.compare(a.taskId ?? '\uffff', b.taskId ?? '\uffff') ||
      byCode(a.channel, b.channel),
  );
}

export interface FulfilmentTotals {
  planned: number;
  published: number;
  /** Published counted up to each row's plan (extra posts on one task do not cover another). */
  counted: number;
  dueSoFar: number;
  /** counted ÷ planned, or null when nothing is planned. */
  completion: number | null;
  /** Behind the plan's own pace: fewer counted publications than slots already past. */
  behind: boolean;
}

/** What totals and scores read of a row. */
export type FulfilmentFigures = Pick<FulfilmentRow, 'planned' | 'published' | 'dueSoFar' | 'channel'>;

/** The sums a unit's totals are made of (the roll-up's summary query adds them up per unit in the database, by the same rules). */
export interface FulfilmentSums {
  planned: number;
  published: number;
  /** Σ min(published, planned) per row. */
  counted: number;
  dueSoFar: number;
  /** Σ min(published, dueSoFar) per row. */
  countedDue: number;
}

export function totalsOfSums(s: FulfilmentSums): FulfilmentTotals {
  return {
    planned: s.planned,
    published: s.published,
    counted: s.counted,
    dueSoFar: s.dueSoFar,
    completion: s.planned === 0 ? null : s.counted / s.planned,
    behind: s.countedDue < s.dueSoFar,
  };
}

export function totalsOf(rows: readonly FulfilmentFigures[]): FulfilmentTotals {
  let planned = 0;
  let published = 0;
  let counted = 0;
  let dueSoFar = 0;
  let countedDue = 0;
  for (const r of rows) {
    published += r.published;
    if (r.planned === null || r.planned === 0) continue;
    planned += r.planned;
    counted += Math.min(r.published, r.planned);
    dueSoFar += r.dueSoFar;
    countedDue += Math.min(r.published, r.dueSoFar);
  }
  return totalsOfSums({ planned, published, counted, dueSoFar, countedDue });
}
