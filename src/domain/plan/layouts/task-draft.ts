/**
 * Turns a layout's draft into a task: channels and products matched in its text, its quota,
 * timeframe or deadline read by the phrase grammar, leads and cooperators split into units,
 * and a review note for everything missing or unread.
 */
import type { Deadline, Quota, Timeframe } from '../../grammar/phrase.types.js';
import type { EvidenceLine, NeedsReview, PlanTask, TaskField } from '../plan-reading.types.js';
import { readPhrase } from '../phrase.adapter.js';
import { findChannels, findOptionalMarker, findProducts, orderedChannels, type CompiledVocabulary } from '../vocabulary.matcher.js';
import type { TaskDraft } from './task-layout.js';

export interface DraftContext {
  year: number | null;
  refDate: string | undefined;
}

const DEADLINE_START = /^(?:trước|chậm nhất|hạn chót|hạn cuối|không quá|hoàn thành trước|xong trước)/iu;

/** "Công chức Văn hoá xã hội; Công chức văn phòng thống kê, các ban ngành liên quan." → units. */
export function splitUnits(text: string): string[] {
  const heads = /^(?:công chức|cán bộ|phòng|văn phòng|trung tâm|ubnd|ủy ban|uỷ ban|đài|sở|ban|các ban|bộ phận|tổ)(?![\p{L}])/iu;
  const out: string[] = [];
  for (const part of text.split(/\s*;\s*/u)) {
    const pieces = part.split(/\s*,\s*/u);
    let acc = '';
    for (const p of pieces) {
      if (acc !== '' && heads.test(p)) {
        out.push(acc);
        acc = p;
      } else acc = acc === '' ? p : `${acc}, ${p}`;
    }
    if (acc !== '') out.push(acc);
  }
  return out.map((u) => u.replace(/[.;,]+\s*$/u, '').trim()).filter((u) => u !== '');
}

function continuousSpansYear(timeframe: Timeframe, year: number | null): Timeframe {
  if (timeframe.recurring !== 'continuous' || year === null) return timeframe;
  return { ...timeframe, from: timeframe.from ?? `${year}-01-01`, to: timeframe.to ?? `${year}-12-31` };
}

function isEmptyResult(result: object): boolean {
  return Object.keys(result).length === 0;
}

export function finishDraft(d: TaskDraft, compiled: CompiledVocabulary, context: DraftContext, needsReview: NeedsReview[]): PlanTask {
  const evidence: Partial<Record<TaskField, EvidenceLine>> = { title: d.titleEvidence };
  const channelIds: string[] = [];
  const products: string[] = [];
  let optionalMentions = 0;
  let mentions = 0;
  for (const part of d.describe) {
    const found = findChannels(compiled, part.text);
    if (found.length > 0) evidence.channels ??= part.evidence;
    const marker = findOptionalMarker(compiled, part.text);
    for (const f of found) {
      channelIds.push(f.id);
      mentions++;
      if (marker >= 0 && clauseOf(part.text, f.index) === clauseOf(part.text, marker)) optionalMentions++;
    }
    const prods = findProducts(compiled, part.text, part.result === true);
    if (prods.length > 0) evidence.products ??= part.evidence;
    for (const p of prods) products.push(p.id);
  }
  const channels = orderedChannels(compiled, channelIds);
  const optional = mentions > 0 && optionalMentions === mentions;
  if (optional) evidence.optional = evidence.channels!;

  let quota: Quota | null = null;
  if (d.quota) {
    const r = readPhrase(d.quota.text, 'quota', context.refDate);
    if (r.ok && !isEmptyResult(r.result) && ('count' in r.result || 'countMin' in r.result || 'countMax' in r.result)) {
      quota = r.result as Quota;
      evidence.quota = d.quota.evidence;
      if (typeof quota.unit === 'string') for (const p of findProducts(compiled, quota.unit)) products.push(p.id);
    } else if (!LOOSE_LAYOUTS.has(d.source)) {
      needsReview.push({
        taskId: d.id,
        field: 'quota',
        reason: r.ok ? 'Không đọc được số lượng từ tần suất.' : `Không đọc được tần suất: ${r.reason}`,
        evidence: d.quota.evidence,
      });
    }
  }
  const publishes = channels.some((c) => compiled.kinds.get(c) === 'publication');
  if (!quota && publishes && !needsReview.some((n) => n.taskId === d.id && n.field === 'quota' && !LOOSE_LAYOUTS.has(d.source))) {
    needsReview.push({
      taskId: d.id,
      field: 'quota',
      reason: `Kế hoạch nêu kênh ${channels
        .filter((c) => compiled.kinds.get(c) === 'publication')
        .map((c) => compiled.labels.get(c) ?? c)
        .join('; ')} nhưng không ghi số lượng: cần nhập chỉ tiêu.`,
      evidence: evidence.channels ?? d.titleEvidence,
    });
  }
  if (channels.length === 0)
    needsReview.push({
      taskId: d.id,
      field: 'channels',
      reason: 'Nhiệm vụ không nêu kênh hay hình thức tuyên truyền nào trong từ vựng.',
      evidence: d.titleEvidence,
    });

  let timeframe: Timeframe | null = null;
  let deadline: Deadline | null = null;
  if (d.time) {
    const kind = DEADLINE_START.test(d.time.text.trim()) ? 'deadline' : 'timeframe';
    const r = readPhrase(d.time.text, kind, context.refDate);
    if (r.ok && !isEmptyResult(r.result)) {
      if (kind === 'deadline') {
        deadline = r.result as Deadline;
        evidence.deadline = d.time.evidence;
      } else {
        timeframe = continuousSpansYear(r.result as Timeframe, context.year);
        evidence.timeframe = d.time.evidence;
      }
    } else {
      needsReview.push({
        taskId: d.id,
        field: kind,
        reason: r.ok ? 'Không đọc được thời gian thực hiện.' : `Không đọc được thời gian thực hiện: ${r.reason}`,
        evidence: d.time.evidence,
      });
    }
  } else {
    needsReview.push({
      taskId: d.id,
      field: 'timeframe',
      reason: 'Kế hoạch không ghi thời gian thực hiện nhiệm vụ này.',
      evidence: d.titleEvidence,
    });
  }

  const leads = d.leads ? splitUnits(d.leads.text) : [];
  if (d.leads) evidence.leads = d.leads.evidence;
  else if (!LOOSE_LAYOUTS.has(d.source))
    needsReview.push({
      taskId: d.id,
      field: 'leads',
      reason: 'Kế hoạch không ghi cơ quan chủ trì nhiệm vụ này.',
      evidence: d.titleEvidence,
    });
  const cooperators = d.cooperators ? splitUnits(d.cooperators.text) : [];
  if (d.cooperators) evidence.cooperators = d.cooperators.evidence;

  return {
    id: d.id,
    title: d.title,
    channels,
    products: [...new Set(products)],
    quota,
    timeframe,
    deadline,
    leads,
    cooperators,
    optional,
    evidence,
    source: d.source,
  };
}

/** Index of the clause (split at ";" and at sentence ends) an offset falls in. */
function clauseOf(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === ';') n++;
  return n;
}

/** Layouts read from sentences: a missing quota or lead there is noted once, not as an unread field. */
const LOOSE_LAYOUTS = new Set<string>(['prose', 'sentence', 'mention']);
