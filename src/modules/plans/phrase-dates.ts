import { DateTime } from 'luxon';
import { DomainError, isDomainError } from '../../domain/errors/domain-error.js';

/** What a person calls each phrase field of a plan. */
export const PHRASE_FIELD_LABEL: Record<string, string> = {
  quotaText: 'Tần suất',
  timeframeText: 'Thời gian thực hiện',
  deadlineText: 'Thời hạn',
  reportingDeadlineText: 'Thời hạn báo cáo',
};

const where = (field: string, taskId: string | null): string =>
  `${taskId ? `Nhiệm vụ ${taskId}, ` : ''}${(PHRASE_FIELD_LABEL[field] ?? field).toLowerCase()}`;

/** The first day a reading names that does not exist ("2024-02-30", "--02-30"), or null. */
export function impossibleDate(value: unknown): string | null {
  if (typeof value === 'string') {
    const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (full) return DateTime.fromISO(value, { zone: 'utc' }).isValid ? null : value;
    const yearly = /^--(\d{2})-(\d{2})$/.exec(value);
    // A day that recurs every year exists if it exists in a leap year (29 February does).
    if (yearly) return DateTime.fromISO(`2024-${yearly[1]}-${yearly[2]}`, { zone: 'utc' }).isValid ? null : value;
    return null;
  }
  if (Array.isArray(value)) {
    for (const v of value) {
      const bad = impossibleDate(v);
      if (bad) return bad;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') return impossibleDate(Object.values(value));
  return null;
}

/**
 * Reads a phrase of a plan edit with `read`, and refuses a reading that names a day that does
 * not exist, or a phrase the grammar refuses, naming the field and the task: the edit is refused
 * at once rather than stored and failing at activation.
 */
export function readPlanPhrase<T>(read: () => T, ctx: { field: string; taskId: string | null; text: string }): T {
  let result: T;
  try {
    result = read();
  } catch (e) {
    if (!isDomainError(e)) throw e;
    throw new DomainError(e.code, `${where(ctx.field, ctx.taskId)}: ${e.message}`, {
      ...e.evidence,
      field: ctx.field,
      taskId: ctx.taskId,
      text: ctx.text,
    });
  }
  const bad = impossibleDate(result);
  if (bad) {
    throw new DomainError('PHRASE_DATE_IMPOSSIBLE', `${where(ctx.field, ctx.taskId)}: "${ctx.text}" nêu một ngày không có thật (${bad}).`, {
      field: ctx.field,
      taskId: ctx.taskId,
      text: ctx.text,
      date: bad,
    });
  }
  return result;
}
