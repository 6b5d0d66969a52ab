/**
 * Whether a document that speaks of a plan is the plan (or wraps it), or one of the documents
 * that portals publish in the same words and that are not plans:
 *  - a report or news item of results ("Đến nay, đã lắp đặt 11 cụm pano …", "những kết quả đạt
 *    được trong năm 2021"), which names the plan it carried out but gives no duty of its own;
 *  - news of an official letter ("ban hành văn bản số 2539/UBND-SNV về việc …");
 *  - a call for comments on a draft plan ("Tham gia ý kiến vào Dự thảo Kế hoạch …"): not issued yet.
 * A plan's own heading ("KẾ HOẠCH …") or a decision that issues it settles the question; without
 * one, the sentences are weighed: those that tell what was done (past, "đã", "Đến nay") against
 * those that tell what is to be done ("yêu cầu", "giao", "sẽ", "định kỳ" …). Real examples:
 * test/fixtures/plans/real-r11 (02, 03, 04, 18).
 */
import type { DocumentWrapper, EvidenceLine } from './plan-reading.types.js';
import { evidenceAt, sentences, type TextBlock } from './plan-text.js';

export type NotAPlan = { kind: 'results' | 'letter' | 'contest' | 'draft'; reason: string; evidence: EvidenceLine };

/** A word on its own: JavaScript's \b does not know Vietnamese letters. */
const w = (source: string): string => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;

const PLAN_HEADING = /^KẾ\s+HOẠCH(?![\p{L}\p{N}])/u;
const REPORT_HEADING = /^BÁO\s+CÁO(?![\p{L}\p{N}])/u;
const RESULTS_TITLE = new RegExp(w('kết\\s+quả\\s+(?:đạt\\s+được|thực\\s+hiện|công\\s+tác|tuyên\\s+truyền|nổi\\s+bật)'), 'iu');
const ISSUES_PLAN = new RegExp(w('ban\\s+hành\\s+(?:kèm\\s+theo\\s+[^.;]{0,40}?)?Kế\\s+hoạch'), 'iu');
const ISSUES_LETTER = new RegExp(w('ban\\s+hành\\s+(?:văn\\s+bản|Công\\s+văn)\\s+số'), 'iu');
/** What was done: "đã" before a verb (not "đã ban hành", which news of a new plan says), "Đến nay", "Năm qua". */
const DONE = new RegExp(
  ['(?<![\\p{L}\\p{N}])đã\\s+(?!ban\\s+hành)\\p{L}', w('Đến\\s+nay|Đến\\s+thời\\s+điểm\\s+này|Tính\\s+đến|Năm\\s+qua')].join('|'),
  'iu',
);
/** What is to be done. */
const TO_DO = new RegExp(
  w(
    'yêu\\s+cầu|giao|chủ\\s+trì|phối\\s+hợp|định\\s+kỳ|tần\\s+suất|thời\\s+gian\\s+thực\\s+hiện|thời\\s+hạn|sẽ|cần|phải|tiếp\\s+tục|đảm\\s+bảo|bảo\\s+đảm|triển\\s+khai|đẩy\\s+mạnh|tăng\\s+cường|duy\\s+trì|chậm\\s+nhất|trước\\s+ngày|hằng\\s+(?:tháng|quý|năm|tuần)|hàng\\s+(?:tháng|quý|năm|tuần)',
  ),
  'iu',
);
/** How far down a title or a lead sentence may be (a page's breadcrumb, headline, dateline come first). */
const HEAD_BLOCKS = 6;
const TITLE_BLOCKS = 3;

/**
 * Every "kế hoạch" a document may name without being a plan itself:
 *  - a plan it asks others to draw up ("đề nghị UBND các huyện …: 1. Xây dựng kế hoạch, tổ chức thực hiện …");
 *  - another body's plan it carries out or cites ("Thực hiện Kế hoạch số 661/KH-UBND của UBND tỉnh");
 *  - a contest's own plan ("triển khai kế hoạch của cuộc thi", "kế hoạch của Ban Tổ chức");
 *  - the word in another sense ("nhiệm vụ kế hoạch kinh tế - xã hội", "Phòng Tài chính - Kế hoạch").
 */
const PLAN_MENTION = /(?<![\p{L}])kế\s+hoạch(?![\p{L}])/giu;
const PLAN_TO_MAKE = /(?:xây\s+dựng|lập|ban\s+hành|đề\s+ra)\s+(?:các\s+|một\s+)?$/iu;
const CITED_PLAN =
  /^\s*(?:số\s*:?\s*)?\d+\s*[/-]|^[^.;]{0,120}?(?<![\p{L}])(?:của|do)\s+(?:UBND|Ủy\s+ban|Uỷ\s+ban|Sở|Bộ|Ban|Tỉnh\s+ủy|Huyện\s+ủy|Thành\s+ủy|Chủ\s+tịch)/iu;
const CONTEST_PLAN = /^\s*(?:\S+\s+){0,2}?(?:của|do)\s+(?:cuộc\s+thi|hội\s+thi|liên\s+hoan|BTC|ban\s+tổ\s+chức)/iu;
const OTHER_SENSE =
  /^\s*(?:kinh\s+tế|phát\s+triển\s+kinh\s+tế|đầu\s+tư|vốn|ngân\s+sách|\d+(?:\s*,\s*\d+)*\s+và\s+)|(?:Tài\s+chính\s*[-–,]\s*|nhiệm\s+vụ\s+|chỉ\s+tiêu\s+)$/iu;
/** A request to other bodies: "Sở … đề nghị UBND các huyện, thị xã …", "yêu cầu các cơ quan, đơn vị …". */
const ASKS_OTHERS = /(?<![\p{L}])(?:đề\s+nghị|yêu\s+cầu)\s+(?:(?:UBND|Ủy\s+ban\s+nhân\s+dân|Chủ\s+tịch\s+UBND)\s+)?các(?![\p{L}])/iu;
/** The news item says its source is an official letter: "(Nguồn: Từ Công văn số 169/STTTT-TTBCXB)". */
const LETTER_SOURCE = /Nguồn\s*:\s*(?:Từ\s+|Theo\s+)?(?:Công\s+văn|Văn\s+bản)\s+số/iu;
/** The headline or lead is about a contest or festival: "Triển khai Cuộc thi Cổ động trực quan năm 2018". */
const CONTEST = /(?<![\p{L}])(?:cuộc\s+thi|hội\s+thi|liên\s+hoan)(?![\p{L}])/iu;

/** A plan still in draft: "Dự thảo Kế hoạch …", "dự thảo kế hoạch". */
const DRAFT_PLAN = /(?<![\p{L}])dự\s+thảo\s+$/iu;
/** Comments asked for: "Tham gia ý kiến vào …", "xin ý kiến", "góp ý". */
const ASKS_COMMENTS = /(?<![\p{L}])(?:(?:tham\s+gia|xin|lấy|góp)\s+ý\s+kiến|góp\s+ý)(?![\p{L}])/iu;

type Mention = 'own' | 'to-make' | 'cited' | 'contest' | 'other-sense' | 'draft';

function mentionsOf(blocks: readonly TextBlock[]): Array<{ kind: Mention; block: TextBlock; offset: number }> {
  const out: Array<{ kind: Mention; block: TextBlock; offset: number }> = [];
  for (const b of blocks)
    for (const m of b.text.matchAll(PLAN_MENTION)) {
      const before = b.text.slice(Math.max(0, m.index - 40), m.index);
      const after = b.text.slice(m.index + m[0].length, m.index + m[0].length + 200);
      const kind: Mention = DRAFT_PLAN.test(before)
        ? 'draft'
        : PLAN_TO_MAKE.test(before)
          ? 'to-make'
          : CONTEST_PLAN.test(after)
            ? 'contest'
            : OTHER_SENSE.test(after) || OTHER_SENSE.test(before)
              ? 'other-sense'
              : /Thực\s+hiện\s+(?:các\s+)?$/iu.test(before) || CITED_PLAN.test(after)
                ? 'cited'
                : 'own';
      out.push({ kind, block: b, offset: m.index });
    }
  return out;
}

/**
 * A page that names no plan of its own, only plans others are to make, cite or run a contest by: news of a
 * letter that asks units to draw up plans (a request to others, or a letter given as its source), or news
 * of a contest. A page with no cue either way is left to the other rules.
 */
function foreignPlansOnly(blocks: readonly TextBlock[]): NotAPlan | null {
  const mentions = mentionsOf(blocks);
  if (mentions.length === 0 || mentions.some((m) => m.kind === 'own')) return null;
  const head = blocks.slice(0, HEAD_BLOCKS);
  const source = blocks.find((b) => LETTER_SOURCE.test(b.text));
  const asks = blocks.find((b) => ASKS_OTHERS.test(b.text));
  if (source || (asks && mentions.some((m) => m.kind === 'to-make'))) {
    const at = (source ?? asks)!;
    return {
      kind: 'letter',
      reason:
        'Văn bản là tin về một công văn đề nghị các đơn vị xây dựng, thực hiện kế hoạch, không phải một kế hoạch: không thấy kế hoạch nào được ban hành.',
      evidence: evidenceAt(at, 0, at.text),
    };
  }
  const contest = head.find((b) => CONTEST.test(b.text));
  if (contest && mentions.every((m) => m.kind === 'contest' || m.kind === 'other-sense' || m.kind === 'cited'))
    return {
      kind: 'contest',
      reason: 'Văn bản là tin về một cuộc thi, hội thi, không phải một kế hoạch tuyên truyền: kế hoạch được nhắc đến là của cuộc thi.',
      evidence: evidenceAt(contest, 0, contest.text),
    };
  return null;
}

/** Says why the document is not a plan, or null when it is (or may be) one. */
export function notAPlan(blocks: readonly TextBlock[], wrapper: DocumentWrapper): NotAPlan | null {
  if (wrapper === 'decision') return null;
  const head = blocks.slice(0, HEAD_BLOCKS);
  if (blocks.some((b) => PLAN_HEADING.test(b.text))) return null;

  // A letter's lead comes before any sentence that issues a plan (a letter may ask units to issue theirs).
  const letterAt = head.findIndex((b) => ISSUES_LETTER.test(b.text));
  const letter = head[letterAt];
  if (letter && !head.slice(0, letterAt + 1).some((b) => ISSUES_PLAN.test(b.text)))
    return {
      kind: 'letter',
      reason: 'Văn bản là tin về một công văn, không phải một kế hoạch: không thấy kế hoạch nào được ban hành.',
      evidence: evidenceAt(letter, 0, letter.text),
    };

  // The title: one of the first three blocks (breadcrumb, headline, dateline), short.
  const title = head
    .slice(0, TITLE_BLOCKS)
    .find((b) => (REPORT_HEADING.test(b.text) || RESULTS_TITLE.test(b.text)) && b.text.length <= 250);
  if (title)
    return {
      kind: 'results',
      reason: 'Văn bản là báo cáo kết quả, không phải một kế hoạch: tiêu đề nói về kết quả đã đạt được.',
      evidence: evidenceAt(title, 0, title.text),
    };

  // Comments asked for on a draft the headline names ("Tham gia ý kiến vào Dự thảo Kế hoạch …"): not issued yet.
  const titleBlocks = head.slice(0, TITLE_BLOCKS);
  const draftTitle = titleBlocks.find((b) => mentionsOf([b]).some((m) => m.kind === 'draft'));
  const comments = head.find((b) => ASKS_COMMENTS.test(b.text));
  if (draftTitle && comments)
    return {
      kind: 'draft',
      reason: 'Văn bản xin ý kiến về một dự thảo kế hoạch, không phải kế hoạch đã ban hành: hãy nhập kế hoạch khi đã được ký ban hành.',
      evidence: evidenceAt(comments, 0, comments.text),
    };

  let done = 0;
  let toDo = 0;
  let firstDone: EvidenceLine | null = null;
  for (const b of blocks) {
    for (const s of sentences(b.text)) {
      if (DONE.test(s.text)) {
        done++;
        firstDone ??= evidenceAt(b, s.offset, s.text);
      } else if (TO_DO.test(s.text)) toDo++;
    }
  }
  if (done >= 2 && done > toDo && firstDone)
    return {
      kind: 'results',
      reason: `Văn bản là tin, báo cáo kết quả thực hiện, không phải một kế hoạch: ${done} câu kể việc đã làm, ${toDo} câu nêu việc phải làm.`,
      evidence: firstDone,
    };
  return head.some((b) => ISSUES_PLAN.test(b.text)) ? null : foreignPlansOnly(blocks);
}
