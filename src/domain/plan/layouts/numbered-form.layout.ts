/**
 * Layout 2, numbered forms: each numbered item followed by field lines ("- Tần suất:",
 * "- Cơ quan chủ trì:", "- Thời gian thực hiện:"), as seed 001 writes them.
 */
import { bodyOffset, evidenceAt, type TextBlock } from '../plan-text.js';
import type { TaskDraft, TaskLayoutReader } from './task-layout.js';

/** A field line: "- Cơ quan chủ trì: …", "- Thời gian thực hiện: …", "- Tần suất: …". */
const FIELD = new RegExp(
  [
    '^(?:(?:cơ quan|đơn vị|bộ phận|người|cán bộ|công chức)\\s+)?(chủ trì|thực hiện|phối hợp|chỉ đạo|phụ trách)\\s*:\\s*',
    '|^(thời gian(?:\\s+thực hiện|\\s+hoàn thành|\\s+triển khai)?|thời hạn(?:\\s+hoàn thành)?|tiến độ(?:\\s+thực hiện)?',
    '|tần suất|số lượng|sản phẩm|kết quả(?:\\s*\\/\\s*sản phẩm)?(?:\\s+dự kiến)?)\\s*:\\s*',
  ].join(''),
  'iu',
);
const LEAD_RANK: Record<string, number> = { 'chỉ đạo': 1, 'thực hiện': 2, 'phụ trách': 2, 'chủ trì': 3 };

export const numberedFormLayout: TaskLayoutReader = {
  layout: 'form',
  trust: 0.9,
  find: (blocks) => formDrafts(blocks),
};

function fieldOf(block: TextBlock): { label: string; value: string; offset: number } | null {
  if (block.kind !== 'bullet' && block.kind !== 'paragraph') return null;
  const m = FIELD.exec(block.body);
  if (!m) return null;
  return { label: (m[1] ?? m[2]!).toLowerCase(), value: block.body.slice(m[0].length).trim(), offset: bodyOffset(block) + m[0].length };
}

function formDrafts(blocks: readonly TextBlock[]): TaskDraft[] {
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
  const drafts: TaskDraft[] = [];
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
      const draft: TaskDraft = {
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
