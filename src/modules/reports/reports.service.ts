import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../domain/errors/domain-error.js';
import {
  collator,
  countFulfilment,
  type FulfilmentRow,
  type FulfilmentTotals,
  type PublicationTally,
  type SlotTally,
  type TaskInfo,
  taskKey,
  totalsOf,
  totalsOfSums,
} from '../../domain/reports/fulfilment.js';
import { parseReportingPeriod, type ReportingWindow, withPlanDeadlines, type WindowScheme } from '../../domain/reports/reporting-period.js';
import { projectScore, type ScoreCriterion, scoreFigures, scoreOf, type ScoreProjection } from '../../domain/reports/score-projection.js';
import { vietnamDayEnd, vietnamDayOf, vietnamDayStart } from '../../domain/reports/vietnam-instant.js';
import { AccessPolicy, notFound } from '../access/access-policy.js';
import type { Actor } from '../access/principal.js';
import { Clock } from '../common/clock.js';
import { ReferenceData } from '../reference/reference-data.js';
import type { UnitEntity } from '../units/unit.entity.js';
import { UnitsRepository } from '../units/units.repository.js';
import { type ActivePlan, FulfilmentRepository, type SubtreeUnit } from './fulfilment.repository.js';
import { FulfilmentTalliesRepository } from './fulfilment-tallies.repository.js';
import { PAR_CRITERION } from './par-criterion.provider.js';

export interface ReportRow extends FulfilmentRow {
  channelName: string;
}

export interface RollupEntry {
  unitId: string;
  code: string | null;
  name: string;
  level: string;
  depth: number;
  parentId: string | null;
  /** Over the unit and everything under it. */
  planned: number;
  published: number;
  dueSoFar: number;
  completion: number | null;
  behind: boolean;
  /** The unit's own score (its own plans), today and projected. */
  points: number | null;
  projectedPoints: number | null;
}

export interface Report {
  period: {
    label: string;
    title: string;
    scheme: WindowScheme;
    from: string;
    to: string;
    dueOn: string;
    dueSource: ReportingWindow['dueSource'];
  };
  unit: { id: string; code: string | null; name: string; level: string; parentName: string | null };
  generatedAt: string;
  today: string;
  plans: { id: string; number: string | null; year: number | null }[];
  rows: ReportRow[];
  totals: FulfilmentTotals;
  score: ScoreProjection;
  /** For a unit with units under it: each unit's completion, the units behind first. */
  rollup: { units: RollupEntry[]; behind: string[] } | null;
  /** The proof links of every publication counted (the report's appendix). */
  proofs: {
    taskId: string | null;
    title: string;
    channel: string;
    channelName: string;
    itemId: string;
    publishedOn: string;
    url: string | null;
  }[];
}

/**
 * Fulfilment per unit, plan, task and channel for a reporting period, the roll-up over the
 * unit tree and the PAR-Index score projection. Rules live in src/domain/reports; this service
 * reads the facts, checks access and assembles the answer.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly facts: FulfilmentRepository,
    private readonly tallies: FulfilmentTalliesRepository,
    private readonly units: UnitsRepository,
    private readonly reference: ReferenceData,
    private readonly clock: Clock,
    @Inject(PAR_CRITERION) private readonly criterion: ScoreCriterion,
  ) {}

  channelName = (channel: string): string => this.reference.vocabulary.channels.find((c) => c.id === channel)?.label ?? channel;

  /** `GET /api/units/:id/fulfilment`: calendar periods (month, quarter, half, 9 months, year), the unit's own rows. */
  async fulfilment(
    actor: Actor,
    unitId: string,
    label: string,
  ): Promise<{ period: { label: string; from: string; to: string }; rows: ReportRow[] }> {
    const unit = await this.visibleUnit(actor, unitId);
    const w = parseReportingPeriod(label, 'calendar');
    const plans = await this.facts.activePlans(unit.id);
    const rows = await this.unitRows(unit.id, w, vietnamDayOf(this.clock.now()), plans);
    return { period: { label: w.label, from: w.from, to: w.to }, rows };
  }

  async report(actor: Actor, unitId: string, label: string): Promise<Report> {
    const unit = await this.visibleUnit(actor, unitId);
    const now = this.clock.now();
    const today = vietnamDayOf(now);
    const scheme: WindowScheme = unit.settings?.reportingWindows === 'calendar' ? 'calendar' : 'ministry';
    let w = parseReportingPeriod(label, scheme);
    const firstYear = await this.facts.firstPlanYear(unit.path);
    if (firstYear !== null && w.year < firstYear) {
      throw new DomainError('PERIOD_BEFORE_PLAN', `Kỳ báo cáo ${w.title} trước năm của kế hoạch đầu tiên (${firstYear}).`, {
        text: label,
        firstPlanYear: firstYear,
      });
    }
    const plans = (await this.facts.activePlans(unit.id)).filter(
      (p) => p.year === null || p.year === w.year || (p.year >= Number(w.from.slice(0, 4)) && p.year <= w.year),
    );
    w = withPlanDeadlines(
      w,
      plans.map((p) => p.document.reporting?.deadline ?? null),
      this.reference.workingDays,
    );
    const rows = await this.unitRows(unit.id, w, today, plans);
    const score = projectScore(this.criterion, rows, w, today, this.channelName, (r) => r.unitWord ?? 'lượt đăng');
    const subtree = await this.facts.subtree(unit.path);
    const rollup = subtree.length > 1 ? await this.rollup(unit, subtree, w, today) : null;
    return {
      period: { label: w.label, title: w.title, scheme: w.scheme, from: w.from, to: w.to, dueOn: w.dueOn, dueSource: w.dueSource },
      unit: {
        id: unit.id,
        code: unit.code,
        name: unit.name,
        level: unit.level,
        parentName: unit.parentId ? ((await this.units.findById(unit.parentId))?.name ?? null) : null,
      },
      generatedAt: now.toISOString(),
      today,
      plans: plans.map((p) => ({ id: p.id, number: p.number, year: p.year })),
      rows,
      totals: totalsOf(rows),
      score,
      rollup,
      proofs: rows.flatMap((r) =>
        r.evidence.proofs.map((p) => ({ taskId: r.taskId, title: r.title, channel: r.channel, channelName: r.channelName, ...p })),
      ),
    };
  }

  /**
   * The roll-up's facts counted from the slots and proofs themselves (one statement each): the
   * summary's fallback for a window that is not whole half-months, and what its specs compare with.
   */
  async rollupFactsFromRows(
    pathPrefix: string,
    w: Pick<ReportingWindow, 'from' | 'to'>,
    today: string,
  ): Promise<{ slots: SlotTally[]; publications: PublicationTally[] }> {
    const scope = { pathPrefix };
    const [allSlots, publications, active] = await Promise.all([
      this.facts.slotCounts(scope, w.from, w.to, today),
      this.facts.publicationTallies(scope, vietnamDayStart(w.from), vietnamDayEnd(w.to)),
      this.facts.activePlanIds(pathPrefix),
    ]);
    // Only active plans promise anything; the roll-up shows completion and pace, not filled or missed.
    return { slots: allSlots.filter((s) => active.has(s.planId)), publications };
  }

  /** The roll-up of a quarter (or any window) over a subtree, from the summary table (fulfilment_tallies). */
  async rollup(
    root: Pick<UnitEntity, 'id' | 'path'>,
    subtree: readonly SubtreeUnit[],
    w: Pick<ReportingWindow, 'from' | 'to'>,
    today: string,
  ): Promise<{ units: RollupEntry[]; behind: string[] }> {
    const own = new Map<string, { totals: FulfilmentTotals; score: { points: number; projected: { points: number } } | null }>();
    const tallied = await this.tallies.readUnits(root.path, w, today, this.criterion);
    if (tallied) {
      for (const u of tallied) {
        const totals = totalsOfSums(u.sums);
        own.set(u.unitId, {
          totals,
          score:
            totals.planned > 0
              ? scoreOf(this.criterion, { totals, projectedCounted: u.projectedCounted, earnedGroups: u.earnedGroups })
              : null,
        });
      }
    } else {
      const { slots, publications } = await this.rollupFactsFromRows(root.path, w, today);
      const facts = new Map<string, { slots: SlotTally[]; pubs: PublicationTally[] }>();
      const bucket = (id: string) => {
        let b = facts.get(id);
        if (!b) facts.set(id, (b = { slots: [], pubs: [] }));
        return b;
      };
      for (const s of slots) bucket(s.unitId).slots.push(s);
      for (const p of publications) bucket(p.unitId).pubs.push(p);
      const noTasks = new Map<string, TaskInfo>();
      for (const [unitId, b] of facts) {
        const rows = countFulfilment({ window: w, slots: b.slots, publicationTallies: b.pubs, obligations: [], tasks: noTasks });
        const totals = totalsOf(rows);
        own.set(unitId, {
          totals,
          score: totals.planned > 0 ? scoreOf(this.criterion, scoreFigures(this.criterion, rows, w, today, totals)) : null,
        });
      }
    }
    // Sums over each unit's subtree, deepest first, so a district shows its communes' work.
    const sums = new Map<string, { planned: number; counted: number; published: number; dueSoFar: number; behindUnits: number }>();
    for (const u of [...subtree].sort((a, b) => b.depth - a.depth)) {
      const mine = own.get(u.id)?.totals;
      const s = sums.get(u.id) ?? { planned: 0, counted: 0, published: 0, dueSoFar: 0, behindUnits: 0 };
      if (mine) {
        s.planned += mine.planned;
        s.counted += mine.counted;
        s.published += mine.published;
        s.dueSoFar += mine.dueSoFar;
        if (mine.behind) s.behindUnits++;
      }
      sums.set(u.id, s);
      if (u.parentId && u.id !== root.id) {
        const p = sums.get(u.parentId) ?? { planned: 0, counted: 0, published: 0, dueSoFar: 0, behindUnits: 0 };
        p.planned += s.planned;
        p.counted += s.counted;
        p.published += s.published;
        p.dueSoFar += s.dueSoFar;
        p.behindUnits += s.behindUnits;
        sums.set(u.parentId, p);
      }
    }
    const units: RollupEntry[] = subtree
      .filter((u) => u.id !== root.id)
      .map((u) => {
        const s = sums.get(u.id)!;
        const o = own.get(u.id);
        return {
          unitId: u.id,
          code: u.code,
          name: u.name,
          level: u.level,
          depth: u.depth,
          parentId: u.parentId,
          planned: s.planned,
          published: s.published,
          dueSoFar: s.dueSoFar,
          completion: s.planned === 0 ? null : Math.round((s.counted / s.planned) * 10_000) / 10_000,
          behind: s.behindUnits > 0,
          points: o?.score?.points ?? null,
          projectedPoints: o?.score?.projected.points ?? null,
        };
      })
      .sort((a, b) => Number(b.behind) - Number(a.behind) || (a.completion ?? 2) - (b.completion ?? 2) || collator.compare(a.name, b.name));
    return { units, behind: units.filter((u) => u.behind).map((u) => u.unitId) };
  }

  private async unitRows(
    unitId: string,
    w: Pick<ReportingWindow, 'from' | 'to'>,
    today: string,
    plans: readonly ActivePlan[],
  ): Promise<ReportRow[]> {
    const scope = { unitId };
    const [slots, publications, obligations] = await Promise.all([
      this.facts.slotTallies(scope, w.from, w.to, today),
      this.facts.publications(scope, vietnamDayStart(w.from), vietnamDayEnd(w.to)),
      this.facts.obligations(scope),
    ]);
    const planIds = new Set(plans.map((p) => p.id));
    const tasks = new Map<string, TaskInfo>();
    for (const p of plans) {
      for (const t of p.document.tasks) {
        tasks.set(taskKey(p.id, t.id), {
          planId: p.id,
          planNumber: p.number,
          taskId: t.id,
          title: t.title,
          unitWord: t.quota?.unit ?? null,
          evidence: t.evidence.title ?? null,
        });
      }
    }
    const rows = countFulfilment({ window: w, slots, publications, obligations: obligations.filter((o) => planIds.has(o.planId)), tasks });
    return rows.map((r) => ({ ...r, channelName: this.channelName(r.channel) }));
  }

  private async visibleUnit(actor: Actor, unitId: string): Promise<UnitEntity> {
    const unit = await this.units.findById(unitId);
    if (!unit) throw notFound('unit', unitId);
    AccessPolicy.assert(actor.principal, unit.path, 'viewer', { entity: 'unit', id: unitId });
    return unit;
  }
}
