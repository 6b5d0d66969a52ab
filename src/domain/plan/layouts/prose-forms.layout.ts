/**
 * Layout 3, prose under a "Hình thức tuyên truyền" heading (seeds 000, 002, 004): each
 * sentence that names a channel becomes a task; a quota is read when the sentence writes one,
 * else the task gets a review note asking for it.
 */
import { bodyOffset, evidenceAt, sentences, type TextBlock } from '../plan-text.js';
import type { LayoutContext, TaskDraft, TaskLayoutReader } from './task-layout.js';

const HEADING_LIKE = /[.;]$/;
/** A rate written in the sentence: "02 tin, bài/tháng", "mỗi tháng 01 chương trình". */
export const WRITES_RATE = /\/\s*(?:ngày|tuần|tháng|quý|năm)|(?:mỗi|hằng|hàng)\s+(?:ngày|tuần|tháng|quý|năm)/iu;
const ALWAYS = /thường xuyên(?:\s+trong\s+năm)?/iu;

export const proseFormsLayout: TaskLayoutReader = {
  layout: 'prose',
  trust: 0.7,
  find: (blocks, context) => proseDrafts(blocks, context),
};

/** A draft from one sentence that names a channel, with its quota and "thường xuyên" when written there. */
export function sentenceDraft(id: string, b: TextBlock, s: { text: string; offset: number }, source: TaskDraft['source']): TaskDraft {
  const title = s.text.trim().replace(/[.;:,]\s*$/u, '');
  const ev = evidenceAt(b, s.offset, s.text);
  const draft: TaskDraft = { id, title, titleEvidence: ev, describe: [{ text: s.text, evidence: ev }], source };
  if (/\d/.test(s.text) && WRITES_RATE.test(s.text)) draft.quota = { text: s.text, evidence: ev };
  const always = ALWAYS.exec(s.text);
  if (always) draft.time = { text: always[0], evidence: ev };
  return draft;
}

function proseScopes(blocks: readonly TextBlock[]): TextBlock[][] {
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

function proseDrafts(blocks: readonly TextBlock[], context: LayoutContext): TaskDraft[] {
  const drafts: TaskDraft[] = [];
  const seen = new Set<number>();
  for (const scope of proseScopes(blocks)) {
    for (const b of scope) {
      if (seen.has(b.index) || b.kind === 'row') continue;
      seen.add(b.index);
      for (const s of sentences(b.body, bodyOffset(b))) {
        if (!context.namesChannel(s.text)) continue;
        drafts.push(sentenceDraft(String(drafts.length + 1), b, s, 'prose'));
      }
    }
  }
  return drafts;
}
