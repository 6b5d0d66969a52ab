/**
 * The tasks of a plan, found in one of three shapes, in this order of trust:
 *  1. a table whose header names the task, result, lead, cooperators and time columns
 *     (an appendix, e.g. seed 003);
 *  2. numbered forms followed by "- Tần suất:", "- Cơ quan chủ trì:", "- Thời gian thực hiện:"
 *     lines (seed 001);
 *  3. prose under a "Hình thức tuyên truyền" heading: each sentence that names a channel
 *     becomes a task with no quota and a review note (seeds 000, 002, 004).
 */
import type { Deadline, Quota, Timeframe } from '../grammar/phrase.types.js';
import type { ChannelVocabulary } from '../../../config/channels/channel-vocabulary.types.js';
import type { EvidenceLine, NeedsReview, PlanTask, TaskField, TaskSource } from './plan-reading.types.js';
import { bodyOffset, evidenceAt, sentences, type TextBlock } from './plan-text.js';
import { readPhrase } from './phrase.adapter.js';
import {
  compileVocabulary,
  findChannels,
  findOptionalMarker,
  findProducts,
  orderedChannels,
  type CompiledVocabulary,
} from './vocabulary.matcher.js';

export interface TaskContext {
  vocabulary: ChannelVocabulary;
  year: number | null;
  refDate: string | undefined;
}

export interface TasksReading {
  tasks: PlanTask[];
  needsReview: NeedsReview[];
  /** How the tasks were found, for the summary. */
  shape: TaskSource | null;
}

interface Draft {
  id: string;
  title: string;
  titleEvidence: EvidenceLine;
  /** Text (with evidence) in which to look for channels and products. */
  describe: Array<{ text: string; evidence: EvidenceLine; result?: boolean }>;
  quota?: { text: string; evidence: EvidenceLine };
  time?: { text: string; evidence: EvidenceLine };
  leads?: { text: string; evidence: EvidenceLine };
  cooperators?: { text: string; evidence: EvidenceLine };
  source: TaskSource;
}

const FIELD =
  /^(?:(?:cơ quan|đơn vị|bộ phận|người|cán bộ|công chức)\s+)?(chủ trì|thực hiện|phối hợp|chỉ đạo|phụ trách)\s*:\s*|^(thời gian(?:\s+thực hiện|\s+hoàn thành|\s+triển khai)?|thời hạn(?:\s+hoàn thành)?|tiến độ(?:\s+thực hiện)?|tần suất|số lượng|sản phẩm|kết quả(?:\s*\/\s*sản phẩm)?(?:\s+dự kiến)?)\s*:\s*/iu;
const DEADLINE_START = /^(?:trước|chậm nhất|hạn chót|hạn cuối|không quá|hoàn thành trước|xong trước)/iu;
const HEADING_LIKE = /[.;]$/;
const LEAD_RANK: Record<string, number> = { 'chỉ đạo': 1, 'thực hiện': 2, 'phụ trách': 2, 'chủ trì': 3 };

export function readTasks(blocks: TextBlock[], context: TaskContext): TasksReading {
  const compiled = compileVocabulary(context.vocabulary);
  let drafts = tableDrafts(blocks);
  let shape: TaskSource | null = drafts.length > 0 ? 'table' : null;
  if (drafts.length === 0) {
    drafts = formDrafts(blocks);
    if (drafts.length > 0) shape = 'form';
  }
  const needsReview: NeedsReview[] = [];
  let tasks: PlanTask[];
  if (drafts.length > 0) {
    tasks = drafts.map((d) => finishDraft(d, compiled, context, needsReview));
  } else {
    tasks = proseTasks(blocks, compiled, context, needsReview);
    if (tasks.length > 0) shape = 'prose';
  }
  if (tasks.length === 0)
    needsReview.push({
      field: 'tasks',
      reason: 'Không tìm thấy nhiệm vụ nào (bảng phụ lục, danh sách đánh số hay đoạn "Hình thức tuyên truyền"): cần nhập nhiệm vụ.',
    });
  return { tasks, needsReview, shape };
}

// ---------------------------------------------------------------------------------------
// Tables

type Column = 'id' | 'task' | 'result' | 'lead' | 'coop' | 'time' | 'quota' | 'channel';

function columnOf(header: string): Column | null {
  const h = header.toLowerCase();
  if (/^(?:stt|tt|số\s*tt|số thứ tự)$/u.test(h)) return 'id';
  if (/thời gian|thời hạn|tiến độ/u.test(h)) return 'time';
  if (/phối hợp/u.test(h)) return 'coop';
  if (/chủ trì|thực hiện|phụ trách/u.test(h)) return 'lead';
  if (/kết quả|sản phẩm/u.test(h)) return 'result';
  if (/tần suất|số lượng|chỉ tiêu/u.test(h)) return 'quota';
  if (/hình thức|kênh/u.test(h)) return 'channel';
  if (/nhiệm vụ|nội dung|hoạt động|công việc/u.test(h)) return 'task';
  return null;
}

function tableDrafts(blocks: TextBlock[]): Draft[] {
  const drafts: Draft[] = [];
  let columns: Array<Column | null> | null = null;
  let seq = 0;
  let previousRowIndex = -2;
  for (const b of blocks) {
    if (b.kind !== 'row') {
      continue;
    }
    const contiguous: boolean = b.index === previousRowIndex + 1 || (columns !== null && isBlankGap(blocks, previousRowIndex, b.index));
    previousRowIndex = b.index;
    const asHeader = b.cells.map(columnOf);
    if (asHeader.includes('task') && asHeader.filter((c) => c !== null).length >= 3) {
      columns = asHeader;
      continue;
    }
    if (!columns || !contiguous) {
      columns = contiguous ? columns : null;
      if (!columns) continue;
    }
    const cell = (c: Column) => {
      const i = columns!.indexOf(c);
      return i >= 0 ? (b.cells[i] ?? '').trim() : '';
    };
    const title = cell('task');
    if (title === '') continue;
    seq++;
    const idCell = cell('id');
    const ev = (text: string): EvidenceLine => ({ line: b.lines[0]!, text });
    const draft: Draft = {
      id: /^\d+[a-z]?$/iu.test(idCell) ? idCell : String(seq),
      title: title.replace(/[.;,]\s*$/u, ''),
      titleEvidence: ev(title),
      describe: [{ text: title, evidence: ev(title) }],
      source: 'table',
    };
    const result = cell('result');
    if (result) draft.describe.push({ text: result, evidence: ev(result), result: true });
    const channel = cell('channel');
    if (channel) draft.describe.push({ text: channel, evidence: ev(channel) });
    if (cell('quota')) draft.quota = { text: cell('quota'), evidence: ev(cell('quota')) };
    if (cell('time')) draft.time = { text: cell('time'), evidence: ev(cell('time')) };
    if (cell('lead')) draft.leads = { text: cell('lead'), evidence: ev(cell('lead')) };
    if (cell('coop')) draft.cooperators = { text: cell('coop'), evidence: ev(cell('coop')) };
    drafts.push(draft);
  }
  return drafts;
}

/** Rows separated only by removed blank lines are adjacent blocks; anything else breaks the table. */
function isBlankGap(blocks: TextBlock[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (blocks[i]!.kind !== 'row') return false;
  return true;
}

// ---------------------------------------------------------------------------------------
// Numbered forms

function fieldOf(block: TextBlock): { label: string; value: string; offset: number } | null {
  if (block.kind !== 'bullet' && block.kind !== 'paragraph') return null;
  const m = FIELD.exec(block.body);
  if (!m) return null;
  return { label: (m[1] ?? m[2]!).toLowerCase(), value: block.body.slice(m[0].length).trim(), offset: bodyOffset(block) + m[0].length };
}

function formDrafts(blocks: TextBlock[]): Draft[] {
  // Sections are delimited by Roman headings; a section is a form section when one of its
  // numbered items is followed by field lines.
  const sections: TextBlock[][] = [];
  let current: TextBlock[] = [];
  for (const b of blocks) {
    if (b.kind === 'roman') {
      sections.push(current);
      current = [];
      continue;
    }
    current.push(b);
  }
  sections.push(current);
  const drafts: Draft[] = [];
  for (const section of sections) {
    const items: Array<{ item: TextBlock; tail: TextBlock[] }> = [];
    for (const b of section) {
      if (b.kind === 'numbered' && b.depth === 1) items.push({ item: b, tail: [] });
      else if (items.length > 0) items[items.length - 1]!.tail.push(b);
    }
    const withFields = items.filter((i) => i.tail.some((t) => fieldOf(t) !== null));
    if (withFields.length === 0) continue;
    for (const { item, tail } of items) {
      const title = item.body.replace(/[.;:,]\s*$/u, '');
      const draft: Draft = {
        id: item.marker,
        title,
        titleEvidence: evidenceAt(item, 0, item.text),
        describe: [{ text: item.body, evidence: evidenceAt(item, 0, item.text) }],
        source: 'form',
      };
      let leadRank = 0;
      for (const t of tail) {
        const f = fieldOf(t);
        if (!f) {
          draft.describe.push({ text: t.body, evidence: evidenceAt(t, 0, t.text) });
          continue;
        }
        const value = { text: f.value, evidence: evidenceAt(t, 0, t.text) };
        if (f.label === 'phối hợp') draft.cooperators = value;
        else if (LEAD_RANK[f.label] !== undefined) {
          // "chủ trì" over "thực hiện"/"phụ trách" over "chỉ đạo" (who directs is not who does).
          if (leadRank < LEAD_RANK[f.label]!) {
            draft.leads = value;
            leadRank = LEAD_RANK[f.label]!;
          }
        } else if (f.label === 'tần suất' || f.label === 'số lượng') {
          draft.quota = value;
          draft.describe.push(value);
        } else if (f.label.startsWith('sản phẩm') || f.label.startsWith('kết quả')) {
          draft.describe.push({ ...value, result: true });
        } else draft.time = value;
      }
      drafts.push(draft);
    }
  }
  return drafts;
}

// ---------------------------------------------------------------------------------------
// Prose

function proseScopes(blocks: TextBlock[]): TextBlock[][] {
  const scopes: TextBlock[][] = [];
  const isFormsHeading = (b: TextBlock) =>
    b.kind === 'numbered' && /hình thức/iu.test(b.body) && b.body.length < 90 && !HEADING_LIKE.test(b.body);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'roman' || !/hình thức/iu.test(b.body)) continue;
    let end = blocks.findIndex((x, j) => j > i && x.kind === 'roman');
    if (end < 0) end = blocks.length;
    const section = blocks.slice(i + 1, end);
    const subs = section.filter(isFormsHeading);
    if (subs.length === 0) {
      scopes.push(section);
      continue;
    }
    for (const sub of subs) {
      const at = section.indexOf(sub);
      let stop = section.findIndex((x, j) => j > at && x.kind === 'numbered' && x.depth <= sub.depth);
      if (stop < 0) stop = section.length;
      scopes.push(section.slice(at + 1, stop));
    }
  }
  // A "Hình thức tuyên truyền" heading under a Roman section that does not say so.
  const covered = new Set(scopes.flat().map((b) => b.index));
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!isFormsHeading(b) || covered.has(b.index)) continue;
    let stop = blocks.findIndex((x, j) => j > i && (x.kind === 'roman' || (x.kind === 'numbered' && x.depth <= b.depth)));
    if (stop < 0) stop = blocks.length;
    scopes.push(blocks.slice(i + 1, stop));
  }
  return scopes;
}

function proseTasks(blocks: TextBlock[], compiled: CompiledVocabulary, context: TaskContext, needsReview: NeedsReview[]): PlanTask[] {
  const tasks: PlanTask[] = [];
  const seen = new Set<number>();
  for (const scope of proseScopes(blocks)) {
    for (const b of scope) {
      if (seen.has(b.index) || b.kind === 'row') continue;
      seen.add(b.index);
      const base = bodyOffset(b);
      for (const s of sentences(b.body, base)) {
        if (findChannels(compiled, s.text).length === 0) continue;
        const title = s.text.trim().replace(/[.;:,]\s*$/u, '');
        const ev = evidenceAt(b, s.offset, s.text);
        const draft: Draft = {
          id: String(tasks.length + 1),
          title,
          titleEvidence: ev,
          describe: [{ text: s.text, evidence: ev }],
          source: 'prose',
        };
        const quota = /\d/.test(s.text) && /\/\s*(?:ngày|tuần|tháng|quý|năm)|(?:mỗi|hằng|hàng)\s+(?:ngày|tuần|tháng|quý|năm)/iu.test(s.text);
        if (quota) draft.quota = { text: s.text, evidence: ev };
        const always = /thường xuyên(?:\s+trong\s+năm)?/iu.exec(s.text);
        if (always) draft.time = { text: always[0], evidence: ev };
        tasks.push(finishDraft(draft, compiled, context, needsReview));
      }
    }
  }
  return tasks;
}

// ---------------------------------------------------------------------------------------
// Common

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

function finishDraft(d: Draft, compiled: CompiledVocabulary, context: TaskContext, needsReview: NeedsReview[]): PlanTask {
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
    } else if (d.source !== 'prose') {
      needsReview.push({
        taskId: d.id,
        field: 'quota',
        reason: r.ok ? 'Không đọc được số lượng từ tần suất.' : `Không đọc được tần suất: ${r.reason}`,
        evidence: d.quota.evidence,
      });
    }
  }
  const publishes = channels.some((c) => compiled.kinds.get(c) === 'publication');
  if (!quota && publishes && !needsReview.some((n) => n.taskId === d.id && n.field === 'quota' && d.source !== 'prose')) {
    needsReview.push({
      taskId: d.id,
      field: 'quota',
      reason: `Kế hoạch nêu kênh (${channels.filter((c) => compiled.kinds.get(c) === 'publication').join(', ')}) nhưng không ghi số lượng: cần nhập chỉ tiêu.`,
      evidence: evidence.channels ?? d.titleEvidence,
    });
  }
  if (channels.length === 0)
    needsReview.push({ taskId: d.id, field: 'channels', reason: 'Nhiệm vụ không nêu kênh hay hình thức tuyên truyền nào trong từ vựng.', evidence: d.titleEvidence });

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
    needsReview.push({ taskId: d.id, field: 'timeframe', reason: 'Kế hoạch không ghi thời gian thực hiện nhiệm vụ này.', evidence: d.titleEvidence });
  }

  const leads = d.leads ? splitUnits(d.leads.text) : [];
  if (d.leads) evidence.leads = d.leads.evidence;
  else if (d.source !== 'prose')
    needsReview.push({ taskId: d.id, field: 'leads', reason: 'Kế hoạch không ghi cơ quan chủ trì nhiệm vụ này.', evidence: d.titleEvidence });
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
