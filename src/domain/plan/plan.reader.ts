/**
 * Reads the text of a Kế hoạch tuyên truyền CCHC into a reviewable plan: header, parent
 * plans, tasks, reporting duty, every channel named, and the points a person must check
 * (`needsReview`). Pure: the text and the channel vocabulary come in as arguments.
 *
 * A plan read only in part is still returned, with review notes; a document that is not a
 * plan at all is refused with PLAN_NOT_RECOGNIZED.
 */
import { DomainError } from '../errors/domain-error.js';
import type { ChannelVocabulary } from '../../../config/channels/channel-vocabulary.types.js';
import { notAPlan } from './document-kind.js';
import { decisionIssuingPlan, readWrapper } from './document-wrapper.reader.js';
import { readHeader } from './plan-header.reader.js';
import type { PlanReading } from './plan-reading.types.js';
import { readReporting } from './plan-reporting.reader.js';
import { readTasks } from './plan-tasks.reader.js';
import { sourceLines, textBlocks } from './plan-text.js';
import { compileVocabulary, findChannels, findOptionalMarker, orderedChannels } from './vocabulary.matcher.js';

export interface ReadPlanOptions {
  /** The channel vocabulary (config/channels/vocabulary.json, parsed). */
  vocabulary: ChannelVocabulary;
}

const EMPTY_VOCABULARY: ChannelVocabulary = { version: 1, channels: [], products: [], optionalMarkers: [] };
const PLAN_WORD = /kế\s*hoạch/iu;
/**
 * A programme, scheme or plan of action named otherwise in its title: "CHƯƠNG TRÌNH Truyền thông …", "Đề án
 * tuyên truyền …", or a notice that orders the communication ("Thông báo về việc treo khẩu hiệu tuyên truyền …").
 */
const PROGRAMME_TITLE =
  /^(?:chương\s+trình|đề\s+án|phương\s+án|thông\s+báo)(?![\p{L}])[^.]{0,200}?(?:tuyên\s+truyền|truyền\s+thông|phổ\s+biến)/iu;
/** A programme approved and reported as news: "UBND tỉnh vừa phê duyệt đề án Phát triển … đài truyền thanh cơ sở". */
const PROGRAMME_LEAD =
  /(?<![\p{L}])(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Sở|Bộ|Thủ tướng)(?![\p{L}])[^.;]{0,60}?(?:vừa|đã)\s+(?:ký\s+)?(?:phê\s+duyệt|ban\s+hành)\s+(?:đề\s+án|chương\s+trình)(?![\p{L}])/iu;
/** A plan's own header: its heading and its number line ("Số: 383/KH-UBND"), whatever its topic. */
const PLAN_HEADING = /^KẾ\s*HOẠCH(?![\p{L}])/u;
const PLAN_NUMBER_LINE = /(?:^|\s)Số\s*:?\s*\d*\s*\/\s*KH(?![\p{L}])/u;
/** The plan issuing itself, as its opening says before its sections: "… ban hành Kế hoạch … như sau:". */
const OWN_PLAN_ISSUING = /(?<![\p{L}])(?:xây\s+dựng|ban\s+hành)\s+Kế\s+hoạch(?![\p{L}])[^.]{0,400}?\bnhư\s+sau\s*:\s*$/u;
const PLAN_TOPIC = /tuyên\s+truyền|truyền\s+thông|cải\s+cách\s+hành\s+chính|CCHC/iu;
const MAX_CHARS = 2_000_000;

export function readPlan(text: string, options?: ReadPlanOptions): PlanReading {
  if (typeof text !== 'string' || text.trim() === '')
    throw new DomainError('PLAN_EMPTY', 'Văn bản trống: không có nội dung kế hoạch để đọc.', { expected: 'nội dung một kế hoạch' });
  if (text.length > MAX_CHARS)
    throw new DomainError('PLAN_TOO_LONG', `Văn bản quá dài (${text.length} ký tự, tối đa ${MAX_CHARS}): đây không giống một kế hoạch.`, {
      expected: `tối đa ${MAX_CHARS} ký tự`,
    });
  const vocabulary = options?.vocabulary ?? EMPTY_VOCABULARY;
  const compiled = compileVocabulary(vocabulary);
  const lines = sourceLines(text);
  const blocks = textBlocks(lines);
  const whole = blocks.map((b) => b.text).join('\n');

  const mentionsChannel = findChannels(compiled, whole).length > 0;
  // A programme with no "Kế hoạch" in it is read as a plan only when it turns out to set tasks.
  const programme = !PLAN_WORD.test(whole)
    ? blocks.slice(0, 8).find((b, i) => PROGRAMME_TITLE.test(`${b.text} ${blocks[i + 1]?.text ?? ''}`) || PROGRAMME_LEAD.test(b.text))
    : undefined;
  // A plan with its own heading and number is read whatever its topic (an excerpt may stop before any word
  // of communication); a note asks a person to check it is one Loa should track.
  // A header copied as "|" cells may lose the heading: the sentence that issues the plan itself ("Ủy ban
  // nhân dân tỉnh ban hành Kế hoạch … như sau:") stands for it beside the number line.
  // A decision whose Điều 1 issues a plan is that plan's document too (its number is the decision's).
  const formal =
    (blocks.some((b) => PLAN_HEADING.test(b.text) || OWN_PLAN_ISSUING.test(b.text)) && lines.some((l) => PLAN_NUMBER_LINE.test(l.text))) ||
    decisionIssuingPlan(blocks);
  const onTopic = PLAN_TOPIC.test(whole) || mentionsChannel;
  if (!(PLAN_WORD.test(whole) || programme) || !(onTopic || formal)) {
    const first = lines[0];
    throw new DomainError(
      'PLAN_NOT_RECOGNIZED',
      'Văn bản không phải là một kế hoạch tuyên truyền: không thấy tiêu đề "Kế hoạch" và nội dung tuyên truyền, cải cách hành chính.',
      {
        line: first?.line ?? 1,
        text: (first?.raw ?? '').slice(0, 200),
        expected: 'một "KẾ HOẠCH" tuyên truyền có nhiệm vụ, hình thức tuyên truyền',
      },
    );
  }

  const header = readHeader(lines, blocks);
  const wrapper = readWrapper(header, blocks);
  const other = notAPlan(blocks, wrapper);
  if (other)
    throw new DomainError('PLAN_NOT_RECOGNIZED', other.reason, {
      line: other.evidence.line,
      text: other.evidence.text.slice(0, 200),
      expected: 'một "KẾ HOẠCH" nêu việc phải làm, không phải kết quả đã đạt hay một công văn',
      found: other.kind,
    });
  const refDate = header.issuedOn ?? (header.year !== null ? `${header.year}-01-01` : undefined);
  const tasks = readTasks(blocks, { vocabulary, year: header.year, refDate });
  const reporting = readReporting(blocks, refDate);
  if (programme && tasks.tasks.length === 0)
    throw new DomainError(
      'PLAN_NOT_RECOGNIZED',
      'Văn bản là một chương trình, đề án hay thông báo không nêu nhiệm vụ tuyên truyền nào (kênh, số lượng): không đọc được như một kế hoạch.',
      {
        line: programme.lines[0] ?? 1,
        text: programme.text.slice(0, 200),
        expected: 'một kế hoạch, chương trình nêu việc phải làm trên kênh tuyên truyền',
        found: 'programme',
      },
    );

  // Every channel named anywhere; a channel is optional when each mention of it says "nếu có".
  const all: string[] = [];
  const required = new Set<string>();
  const optional = new Set<string>();
  for (const b of blocks) {
    const found = findChannels(compiled, b.text);
    if (found.length === 0) continue;
    const clauses = b.text.split(/;|(?<=[.!?])\s+(?=\p{Lu})/u);
    for (const clause of clauses) {
      const inClause = findChannels(compiled, clause);
      const isOptional = findOptionalMarker(compiled, clause) >= 0;
      for (const f of inClause) {
        all.push(f.id);
        (isOptional ? optional : required).add(f.id);
      }
    }
  }
  for (const t of tasks.tasks) for (const c of t.channels) all.push(c);
  const channels = orderedChannels(compiled, all);
  const needsReview = [...header.needsReview, ...tasks.needsReview, ...reporting.needsReview];
  if (!onTopic)
    needsReview.push({
      field: 'topic',
      reason:
        'Kế hoạch không nhắc đến tuyên truyền, truyền thông hay kênh nào: cần kiểm tra đây có phải kế hoạch tuyên truyền cần theo dõi.',
    });
  const withoutQuota = tasks.tasks.filter((t) => t.quota === null).map((t) => t.id);
  if (tasks.tasks.length > 0 && withoutQuota.length === tasks.tasks.length)
    needsReview.push({
      field: 'quota',
      reason: `Kế hoạch không ghi số lượng cho nhiệm vụ nào: cần nhập chỉ tiêu cho nhiệm vụ ${withoutQuota.join(', ')}.`,
    });
  if (vocabulary.channels.length === 0)
    needsReview.push({ field: 'channels', reason: 'Không có từ vựng kênh: không nhận ra kênh tuyên truyền nào.' });

  return {
    issuer: header.issuer,
    level: header.level,
    number: header.number,
    issuedOn: header.issuedOn,
    place: header.place,
    title: header.title,
    year: header.year,
    implements: header.implements,
    channels,
    optionalChannels: channels.filter((c) => optional.has(c) && !required.has(c)),
    tasks: tasks.tasks,
    reporting: reporting.reporting,
    needsReview,
    source: { layout: tasks.shape, wrapper, layouts: tasks.layouts },
    evidence: header.evidence,
  };
}
