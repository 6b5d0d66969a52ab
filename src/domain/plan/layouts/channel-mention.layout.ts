/**
 * Layout 5, the last resort: a document that is a plan (often a news item reposting one, or a
 * short plan with no "Hình thức" heading) but writes no quota anywhere, only which channels it
 * will use ("… sử dụng các phương tiện như: hệ thống truyền thanh cấp xã, Trang Thông tin điện tử
 * của xã, mạng xã hội…", "triển khai thông qua hệ thống loa truyền thanh, hội nghị…"). Each such
 * clause becomes a task with its channels and no quota, so the review asks for the numbers
 * instead of the reader finding no task at all. Used only when no other layout found anything.
 */
import { bodyOffset, clausesOf, dutyBlocks, evidenceAt, sentences, type TextBlock } from '../plan-text.js';
import type { LayoutContext, TaskDraft, TaskLayoutReader } from './task-layout.js';

/** Sections about the plan rather than its duties. */
const NOT_DUTIES = /mục đích|mục tiêu|yêu cầu|căn cứ|kinh phí|tổ chức thực hiện/iu;
/** A clause that reports what was done ("Đến nay, đã lắp đặt 11 cụm pano"), not what the plan asks. */
const REPORTS_RESULT =
  /(?<![\p{L}])(?:đến nay|đã\s+(?:lắp đặt|xây dựng|tổ chức|thực hiện|đăng tải|đăng|phát|treo|in|làm mới|cập nhật))(?![\p{L}])|^[^,]*\d+[^,]*\d{1,2}\/\d{1,2}\/\d{4}\s*$/iu;
/** The clause says the channel is used to communicate, not merely named. */
const COMMUNICATES =
  /tuyên truyền|đăng tải|đăng tin|phát sóng|phát thanh|đưa tin|sử dụng|thông qua|xây dựng|duy trì|cập nhật|treo|in ấn|làm mới|chuyên mục|chuyên trang/iu;

/**
 * A span of days written in the same sentence ("trong thời gian từ 01/4 đến hết 15/4, Đội thông tin sẽ
 * tuyên truyền bằng xe thông tin lưu động …"): the task's time, read by the phrase grammar.
 */
const DAY = String.raw`(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?`;
const SPAN_OF_DAYS = new RegExp(String.raw`(?<![\p{L}])từ\s+${DAY}\s+(?:đến|tới)\s+(?:hết\s+)?${DAY}(?!\d)`, 'iu');

export const channelMentionLayout: TaskLayoutReader = {
  layout: 'mention',
  trust: 0.3,
  find: (blocks, context) => mentionDrafts(blocks, context),
};

function mentionDrafts(blocks: readonly TextBlock[], context: LayoutContext): TaskDraft[] {
  const drafts: TaskDraft[] = [];
  for (const b of dutyBlocks(blocks, NOT_DUTIES)) {
    for (const s of sentences(b.body, bodyOffset(b))) {
      // Once a sentence starts reporting results, its following clauses continue the list of results.
      let reporting = false;
      for (const c of clausesOf(s)) {
        reporting ||= REPORTS_RESULT.test(c.text);
        if (reporting || !COMMUNICATES.test(c.text) || !context.namesPublicationChannel(c.text)) continue;
        const ev = evidenceAt(b, c.offset, c.text);
        const title = c.text.trim().replace(/[.;:,…]+\s*$/u, '');
        const span = SPAN_OF_DAYS.exec(s.text);
        drafts.push({
          id: String(drafts.length + 1),
          title,
          titleEvidence: ev,
          describe: [{ text: c.text, evidence: ev }],
          ...(span ? { time: { text: span[0], evidence: evidenceAt(b, s.offset + span.index, span[0]) } } : {}),
          source: 'mention',
        });
      }
    }
  }
  return drafts;
}
