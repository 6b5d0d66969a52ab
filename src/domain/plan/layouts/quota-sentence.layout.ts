/**
 * Layout 4, a quota inside an ordinary sentence: a numbered item or a paragraph anywhere in
 * the plan (not under a "Hình thức" heading) that names its channel and writes a rate in the
 * same sentence ("2. Đài truyền thanh phường phát 02 chương trình/tháng …"; a news item's
 * "Trang thông tin điện tử xã đăng tải ít nhất 03 tin, bài/tháng"). A sentence naming a
 * channel with no number is not a task here: in an ordinary paragraph that is too often a
 * mention, not a duty.
 */
import { bodyOffset, clausesOf, dutyBlocks, evidenceAt, sentences, type TextBlock } from '../plan-text.js';
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

/** A numbered item that heads a list: "1. Tuyên truyền trên đài truyền thanh và thông tin lưu động:". */
const LIST_HEAD = /:\s*$/u;

function quotaSentences(blocks: readonly TextBlock[], context: LayoutContext): TaskDraft[] {
  const drafts: TaskDraft[] = [];
  // The numbered item a bullet falls under: its channel is the bullet's when the bullet names none
  // ("1. Tuyên truyền trên đài truyền thanh:" / "- Từ 1/5 – 23/5 tuyên truyền mỗi ngày 2 buổi").
  // A schedule of such bullets (one of them with a rate) is one task a bullet, each with its own rate or none.
  const duties = dutyBlocks(blocks, NOT_DUTIES);
  let head: TextBlock | null = null;
  for (const [k, b] of duties.entries()) {
    if (b.kind === 'numbered') head = LIST_HEAD.test(b.text) && context.namesPublicationChannel(b.body) ? b : null;
    else if (b.kind !== 'bullet') head = null;
    if (head && b.kind === 'bullet' && !context.namesChannel(b.body)) {
      const next = duties.slice(k).findIndex((x) => x.kind !== 'bullet');
      const list = duties.slice(duties.indexOf(head) + 1, next < 0 ? duties.length : k + next);
      if (list.some((x) => writesQuota(x.body) && !context.namesChannel(x.body))) {
        const draft = sentenceDraft(String(drafts.length + 1), b, { text: b.body, offset: bodyOffset(b) }, 'sentence');
        drafts.push({ ...draft, describe: [{ text: head.body, evidence: evidenceAt(head, 0, head.text) }, ...draft.describe] });
      }
      continue;
    }
    for (const s of sentences(b.body, bodyOffset(b))) {
      if (!writesQuota(s.text) || !context.namesChannel(s.text)) continue;
      // "Duy trì ít nhất 02 bản tin/bài viết mỗi tháng trên trang thông tin điện tử của xã; Thực hiện ấn
      // phẩm (03 pano và 18 băng rôn …)": each clause that holds both its rate and its channel is its own
      // task, so the portal's task does not take the pano of the next clause; otherwise the sentence is.
      const clauses = clausesOf(s).filter((c) => writesQuota(c.text) && context.namesChannel(c.text));
      for (const c of clauses.length > 0 ? clauses : [s]) drafts.push(sentenceDraft(String(drafts.length + 1), b, c, 'sentence'));
    }
    for (const s of sentences(b.body, bodyOffset(b))) {
      if (writesQuota(s.text)) continue;
      for (const t of totals(s.text, context)) {
        const ev = evidenceAt(b, s.offset + t.offset, t.item);
        drafts.push({
          id: String(drafts.length + 1),
          title: t.item.trim(),
          titleEvidence: ev,
          describe: [{ text: t.quota, evidence: ev }],
          quota: { text: t.quota, evidence: ev },
          source: 'sentence',
        });
      }
    }
  }
  return drafts;
}

/** What was done, not what is to be done: the totals of a results sentence are no tasks. */
const DONE = /(?<![\p{L}])(?:đã|đến nay|năm qua|được)(?![\p{L}])/iu;
/**
 * What a plan asks to be made, put up or handed out, once: "lắp mới 30 pano", "treo 35 băng rôn"; or
 * assigns to a unit ("giao Trung tâm VHTT lên 10 băng rôn"), not "giao thông" nor "bàn giao".
 */
const MAKES =
  /(?<![\p{L}])(?:sẽ|lắp\s+(?:mới|đặt)|thay\s+mới|làm\s+mới|treo|căng(?:\s+treo)?|in|phát\s+hành|xây\s+dựng|thực\s+hiện|dựng|kẻ|vẽ|sản\s+xuất|cấp\s+phát|(?<!bàn\s)giao(?!\s+(?:thông|lưu|dịch|tiếp|ban|nhận)))(?![\p{L}])/iu;
/** Words that count a thing before its name: "30 cụm pano", "20 tấm băng rôn". */
const CLASSIFIER = /^(?:cụm|tấm|chiếc|cái|bức|bộ)$/iu;
const COUNT = /(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d{1,5})(?![\d/.,]\d)\s*/gu;

/**
 * One-off totals in a list of things to make ("Giai đoạn 2 sẽ lắp mới 30 pano 2mx3m, treo 500 cờ, 35 băng
 * rôn …"): each number whose following words name a publication channel is a task with that count and no
 * period. A number followed by something else ("500 cờ phướn", "3 số tranh") is left to a person.
 */
function totals(text: string, context: LayoutContext): Array<{ item: string; quota: string; offset: number }> {
  const out: Array<{ item: string; quota: string; offset: number }> = [];
  for (const m of text.matchAll(COUNT)) {
    const before = text.slice(0, m.index);
    if (DONE.test(before) || !MAKES.test(before)) continue;
    const after = text.slice(m.index + m[0].length);
    const words = (/^[^,;:()]*/u.exec(after)?.[0] ?? '').split(/\s+/u).filter((w) => w !== '');
    const named = words[0] && CLASSIFIER.test(words[0]) ? words.slice(1) : words;
    let term: string | null = null;
    for (let k = 1; k <= Math.min(3, named.length) && term === null; k++) {
      const prefix = named.slice(0, k).join(' ');
      if (context.namesPublicationChannel(prefix) && !context.namesPublicationChannel(named.slice(1, k).join(' '))) term = prefix;
    }
    if (term === null) continue;
    const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
    const end = m.index + m[0].length + words.join(' ').length;
    out.push({ item: text.slice(start, end), quota: `${m[1]} ${term}`, offset: start });
  }
  return out;
}
