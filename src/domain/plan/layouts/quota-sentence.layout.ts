/**
 * Layout 4, a quota inside an ordinary sentence: a numbered item or a paragraph anywhere in
 * the plan (not under a "Hình thức" heading) that names its channel and writes a rate in the
 * same sentence ("2. Đài truyền thanh phường phát 02 chương trình/tháng …"; a news item's
 * "Trang thông tin điện tử xã đăng tải ít nhất 03 tin, bài/tháng"). A sentence naming a
 * channel with no number is not a task here: in an ordinary paragraph that is too often a
 * mention, not a duty.
 */
import { bodyOffset, clausesOf, dutyBlocks, sentences, type TextBlock } from '../plan-text.js';
import { WRITES_RATE, sentenceDraft } from './prose-forms.layout.js';
import type { LayoutContext, TaskDraft, TaskLayoutReader } from './task-layout.js';

/** Sections whose sentences are about the plan, not its duties. */
const NOT_DUTIES = /mục đích|mục tiêu|yêu cầu|căn cứ|kinh phí/iu;

export const quotaSentenceLayout: TaskLayoutReader = {
  layout: 'sentence',
  trust: 0.6,
  find: (blocks, context) => quotaSentences(blocks, context),
};

const writesQuota = (text: string): boolean => /\d/.test(text) && WRITES_RATE.test(text);

function quotaSentences(blocks: readonly TextBlock[], context: LayoutContext): TaskDraft[] {
  const drafts: TaskDraft[] = [];
  for (const b of dutyBlocks(blocks, NOT_DUTIES)) {
    for (const s of sentences(b.body, bodyOffset(b))) {
      if (!writesQuota(s.text) || !context.namesChannel(s.text)) continue;
      // "Duy trì ít nhất 02 bản tin/bài viết mỗi tháng trên trang thông tin điện tử của xã; Thực hiện ấn
      // phẩm (03 pano và 18 băng rôn …)": each clause that holds both its rate and its channel is its own
      // task, so the portal's task does not take the pano of the next clause; otherwise the sentence is.
      const clauses = clausesOf(s).filter((c) => writesQuota(c.text) && context.namesChannel(c.text));
      for (const c of clauses.length > 0 ? clauses : [s]) drafts.push(sentenceDraft(String(drafts.length + 1), b, c, 'sentence'));
    }
  }
  return drafts;
}
