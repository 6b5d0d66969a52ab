/**
 * Layout 1, an appendix table: a header row naming the task, result, lead, cooperators and
 * time columns, then one row per task (seed 003). Rows arrive as tab-separated cells (.docx
 * tables, text with tabs or "|").
 */
import type { EvidenceLine } from '../plan-reading.types.js';
import type { TextBlock } from '../plan-text.js';
import type { TaskDraft, TaskLayoutReader } from './task-layout.js';

export const appendixTableLayout: TaskLayoutReader = {
  layout: 'table',
  trust: 0.95,
  find: (blocks) => tableDrafts(blocks),
};

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

function tableDrafts(blocks: readonly TextBlock[]): TaskDraft[] {
  const drafts: TaskDraft[] = [];
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
    const draft: TaskDraft = {
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
function isBlankGap(blocks: readonly TextBlock[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (blocks[i]!.kind !== 'row') return false;
  return true;
}
