/**
 * A plan's calendar: each task, for each of its channels, becomes one quota task for the
 * expansion. The year is the plan's; a plan without a year cannot have a calendar.
 */
import { DomainError } from '../errors/domain-error.js';
import type { PlanReading } from '../plan/plan-reading.types.js';
import { type CalendarExpansion, type ExpansionContext, expandCalendar, type QuotaTask } from './quota-expansion.js';

export function quotaTasksOf(plan: Pick<PlanReading, 'tasks'>): QuotaTask[] {
  return plan.tasks.flatMap((t) =>
    t.channels.map((channel) => ({
      taskId: t.id,
      channel,
      ...(t.quota ? { quota: t.quota } : {}),
      ...(t.timeframe ? { timeframe: t.timeframe } : {}),
      ...(t.deadline ? { deadline: t.deadline } : {}),
    })),
  );
}

export function expandPlan(
  plan: Pick<PlanReading, 'tasks' | 'year'>,
  ctx: Omit<ExpansionContext, 'year'>,
  year = plan.year,
): CalendarExpansion {
  if (year === null || year === undefined) {
    throw new DomainError('PLAN_YEAR_MISSING', 'Kế hoạch chưa có năm thực hiện: hãy nhập năm trước khi lập lịch.', { field: 'year' });
  }
  return expandCalendar(quotaTasksOf(plan), { ...ctx, year });
}
