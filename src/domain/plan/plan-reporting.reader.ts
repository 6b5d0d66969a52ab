/**
 * The plan's reporting duty: the periods it reports on (quarter, half-year, nine months,
 * year…) and a deadline when the plan sets one ("trước ngày 30/11/2025"). Each sentence
 * that speaks of "báo cáo" with a period word is read by the phrase grammar; the periods
 * of all such sentences are merged.
 */
import type { Deadline, Reporting, ReportingPeriod } from '../grammar/phrase.types.js';
import type { NeedsReview, PlanReporting } from './plan-reading.types.js';
import { evidenceAt, sentences, type TextBlock } from './plan-text.js';
import { readPhrase } from './phrase.adapter.js';

const ORDER: ReportingPeriod[] = ['week', 'month', 'quarter', 'half-year', 'nine-months', 'year'];
const PERIOD_CUE = /định kỳ|hằng|hàng|quý|\d+\s*tháng|trước ngày|chậm nhất|năm/iu;

export function readReporting(blocks: TextBlock[], refDate: string | undefined): { reporting: PlanReporting; needsReview: NeedsReview[] } {
  const periods = new Set<ReportingPeriod>();
  let deadline: Deadline | null = null;
  const evidence: PlanReporting['evidence'] = [];
  for (const b of blocks) {
    if (b.kind === 'row' || b.kind === 'roman') continue;
    for (const s of sentences(b.text)) {
      let clauseStart = 0;
      for (const clause of s.text.split(';')) {
        const offset = s.offset + clauseStart;
        clauseStart += clause.length + 1;
        const lower = clause.toLowerCase();
        const report = lower.indexOf('báo cáo');
        if (report < 0 || !PERIOD_CUE.test(clause)) continue;
        const periodic = lower.indexOf('định kỳ');
        const start = periodic >= 0 && periodic < report ? periodic : report;
        const fragment = clause.slice(start).trim();
        const r = readPhrase(fragment, 'reporting', refDate);
        if (!r.ok) continue;
        const result = r.result as Reporting;
        const found = Array.isArray(result.periods) ? result.periods.filter((p) => ORDER.includes(p)) : [];
        if (found.length === 0 && !result.deadline) continue;
        for (const p of found) periods.add(p);
        // With a deadline per period ("… trước ngày 10/6 và ngày 25/11") this is the year's.
        if (result.deadline && !deadline) deadline = result.deadline;
        evidence.push(evidenceAt(b, offset + start, fragment));
      }
    }
  }
  const needsReview: NeedsReview[] = [];
  if (periods.size === 0)
    needsReview.push({ field: 'reporting.periods', reason: 'Kế hoạch không ghi rõ kỳ báo cáo (quý, 6 tháng, năm…): cần chọn kỳ báo cáo.' });
  return {
    reporting: { periods: ORDER.filter((p) => periods.has(p)), deadline, evidence },
    needsReview,
  };
}
