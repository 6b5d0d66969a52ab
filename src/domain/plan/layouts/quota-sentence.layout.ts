/**
 * Layout 4, a quota inside an ordinary sentence: a numbered item or a paragraph anywhere in
 * the plan (not under a "Hình thức" heading) that names its channel and writes a rate in the
 * same sentence ("2. Đài truyền thanh phường phát 02 chương trình/tháng …"; a news item's
 * "Trang thông tin điện tử xã đăng tải ít nhất 03 tin, bài/tháng"). A sentence naming a
 * channel with no number is not a task here: in an ordinary paragraph that is too often a
 * mention, not a duty.
 */
import { bodyOffset, sentences, type TextBlock } from '../plan-text.js';
import { WRITES_RATE, sentenceDraft } from './prose-forms.layout.js';
import type { LayoutContext, TaskDraft, TaskLayoutReader } from './task-layout.js';

/** Sections whose sentences are about the plan, not its duties. */
const NOT_DUTIES = /mục đích|mục tiêu|yêu cầu|căn cứ|kinh phí/iu;

export const quotaSentenceLayout: TaskLayoutReader = {
  layout: 'sentence',
  trust: 0.6,
  find: (blocks, context) => quotaSentences(blocks, context),
};

function quotaSentences(blocks: readonly TextBlock[], context: LayoutContext): TaskDraft[] {
  const drafts: TaskDraft[] = [];
  let skipping = false;
  for (const b of blocks) {
    if (b.kind === 'roman') {
      skipping = NOT_DUTIES.test(b.body);
      continue;
    }
    if (skipping || b.kind === 'row') continue;
    for (const s of sentences(b.body, bodyOffset(b))) {
      if (!/\d/.test(s.text) || !WRITES_RATE.test(s.text) || !context.namesChannel(s.text)) continue;
      drafts.push(sentenceDraft(String(drafts.length + 1), b, s, 'sentence'));
    }
  }
  return drafts;
}
