/**
 * The PAR-Index communication criterion, computed from fulfilment and projected to the end of
 * the window. The criterion is configuration (config/par-index/); the shipped example is the
 * Xuân Lộc commune rules (2022): 2 points, plan completion 1 point (100% = full; from 90% to
 * under 100% = done ÷ planned × points; under 90% = 0) and channel variety 1 point (online 0.5:
 * LED or e-board 0.25, website or social media 0.25; traditional 0.5). Pure.
 */
import type { FulfilmentFigures, FulfilmentRow, FulfilmentTotals } from './fulfilment.js';
import { totalsOf } from './fulfilment.js';
import { shortDate } from './reporting-period.js';

export interface ScoreCriterion {
  id: string;
  name: string;
  source: string;
  maxPoints: number;
  completion: { points: number; proportionalFrom: number };
  variety: { groups: readonly { id: string; label: string; points: number; channels: readonly string[] }[] };
}

export interface ScoreNeed {
  kind: 'completion' | 'variety';
  planId?: string | null;
  taskId?: string | null;
  channel?: string;
  group?: string;
  count: number;
  by: string;
  message: string;
}

export interface ScoreProjection {
  criterion: { id: string; name: string; maxPoints: number; source: string };
  /** Today's figures. */
  completion: number | null;
  completionPoints: number;
  variety: { id: string; label: string; points: number; earned: boolean }[];
  varietyPoints: number;
  points: number;
  /** At the window's end, if the pace of the days gone so far holds. */
  projected: { completion: number | null; completionPoints: number; varietyPoints: number; points: number };
  /** What would still earn the full score before the window closes (empty when it is earned or the window is over). */
  needs: ScoreNeed[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function completionPoints(c: ScoreCriterion, completion: number | null): number {
  if (completion === null) return 0;
  if (completion >= 1) return c.completion.points;
  if (completion >= c.completion.proportionalFrom) return round2(completion * c.completion.points);
  return 0;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Days of the window gone by `today` (the pace is measured over them) and days left. */
export function paceDays(window: { from: string; to: string }, today: string): { elapsed: number; remaining: number } {
  const windowDays = daysBetween(window.from, window.to) + 1;
  const elapsed = Math.max(0, Math.min(windowDays, daysBetween(window.from, today)));
  return { elapsed, remaining: windowDays - elapsed };
}

/** A row's count at the window's end if its pace holds, never above its plan (for a row with something planned). */
export function projectedCount(planned: number, published: number, pace: { elapsed: number; remaining: number }): number {
  const perDay = pace.elapsed > 0 ? published / pace.elapsed : 0;
  return Math.min(planned, published + Math.floor(perDay * pace.remaining));
}

/** What a score is computed from: the totals, Σ projectedCount over rows with something planned, and the variety groups with a publication. */
export interface ScoreFigures {
  totals: FulfilmentTotals;
  projectedCounted: number;
  earnedGroups: ReadonlySet<string>;
}

export function scoreFigures(
  c: ScoreCriterion,
  rows: readonly FulfilmentFigures[],
  window: { from: string; to: string },
  today: string,
  totals: FulfilmentTotals = totalsOf(rows),
): ScoreFigures {
  const publishedOn = new Set<string>();
  for (const r of rows) if (r.published > 0) publishedOn.add(r.channel);
  const pace = paceDays(window, today);
  let projectedCounted = 0;
  for (const r of rows) if (r.planned !== null && r.planned !== 0) projectedCounted += projectedCount(r.planned, r.published, pace);
  return {
    totals,
    projectedCounted,
    earnedGroups: new Set(c.variety.groups.filter((g) => g.channels.some((ch) => publishedOn.has(ch))).map((g) => g.id)),
  };
}

/** The score without the list of needs: what the roll-up shows for each of a province's units. */
export function scoreOf(c: ScoreCriterion, f: ScoreFigures): Omit<ScoreProjection, 'needs'> {
  const { totals } = f;
  const variety = c.variety.groups.map((g) => ({ id: g.id, label: g.label, points: g.points, earned: f.earnedGroups.has(g.id) }));
  const varietyPoints = round2(variety.reduce((s, g) => s + (g.earned ? g.points : 0), 0));
  const cPoints = completionPoints(c, totals.completion);
  const projectedCompletion = totals.planned === 0 ? null : f.projectedCounted / totals.planned;
  const projectedCompletionPoints = completionPoints(c, projectedCompletion);
  return {
    criterion: { id: c.id, name: c.name, maxPoints: c.maxPoints, source: c.source },
    completion: totals.completion === null ? null : round2(totals.completion),
    completionPoints: cPoints,
    variety,
    varietyPoints,
    points: round2(cPoints + varietyPoints),
    projected: {
      completion: projectedCompletion === null ? null : round2(projectedCompletion),
      completionPoints: projectedCompletionPoints,
      varietyPoints,
      points: round2(projectedCompletionPoints + varietyPoints),
    },
  };
}

/**
 * `today` is the Vietnamese day the report is made; `channelNames` turns a channel id into the
 * words a person reads; a row's products name what is counted ("tin, bài").
 */
export function projectScore(
  c: ScoreCriterion,
  rows: readonly FulfilmentRow[],
  window: { from: string; to: string },
  today: string,
  channelNames: (channel: string) => string,
  productOf: (row: FulfilmentRow) => string = () => 'lượt đăng',
): ScoreProjection {
  const score = scoreOf(c, scoreFigures(c, rows, window, today));
  const { remaining } = paceDays(window, today);
  const variety = score.variety;
  const needs: ScoreNeed[] = [];
  if (remaining > 0) {
    const by = shortDate(window.to);
    for (const r of rows) {
      if (r.planned === null || r.published >= r.planned) continue;
      const n = r.planned - r.published;
      needs.push({
        kind: 'completion',
        planId: r.planId,
        taskId: r.taskId,
        channel: r.channel,
        count: n,
        by: window.to,
        message: `cần thêm ${n} ${productOf(r)} trên ${channelNames(r.channel)} trước ${by}`,
      });
    }
    for (const g of c.variety.groups) {
      if (variety.find((v) => v.id === g.id)?.earned) continue;
      needs.push({
        kind: 'variety',
        group: g.id,
        count: 1,
        by: window.to,
        message: `cần ít nhất 1 lần đăng trên ${g.label} trước ${by} (thêm ${String(g.points).replace('.', ',')} điểm)`,
      });
    }
  }
  return { ...score, needs };
}
