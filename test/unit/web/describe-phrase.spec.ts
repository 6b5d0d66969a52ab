/**
 * The reading of a parsed phrase in Vietnamese words (src/domain/grammar/describe-phrase.ts),
 * as the web app shows it while a person types a quota, timeframe or deadline ("Đọc được: …")
 * and in a plan's tasks and version differences. Read against the real grammar: each example is
 * parsed first, then described. Properties: over every phrase of the fixture sets and over
 * phrases built by fast-check from the shapes real plans use, the words never carry a field
 * name of the parse result (SCHEMA.md and the grammar's extras), an English value of one, or an
 * ISO date, and describing never throws whatever JSON it is handed.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describePhrase } from '../../../src/domain/grammar/describe-phrase.js';
import { parsePhrase } from '../../../src/domain/grammar/parse-phrase.js';
import type { PhraseKind } from '../../../src/domain/grammar/phrase.types.js';

const read = (kind: PhraseKind, text: string, refDate?: string): string => {
  const r = parsePhrase(text, { kind, ...(refDate ? { refDate } : {}) });
  return describePhrase(r.kind, r.result);
};

/** Field names of a parse result and the English values of its fields: none may reach the screen. */
const FIELD_WORDS = [
  // quota
  'count',
  'countMin',
  'countMax',
  'countImplicit',
  'atLeast',
  'atMost',
  'approx',
  'unit',
  'object',
  'per',
  'perEntity',
  'perItem',
  'weekday',
  'weekdays',
  'weekOfMonth',
  'weeksOfMonth',
  'partOfDay',
  'partsOfDay',
  'timeOfDay',
  'timesOfDay',
  'durationMin',
  'durationMax',
  'total',
  'percent',
  'outOf',
  'every',
  'window',
  'dayOfMonth',
  'daysOfMonth',
  'daysMin',
  'daysMax',
  'hoursMin',
  'hoursMax',
  'calendar',
  'lunar',
  // timeframe
  'from',
  'to',
  'date',
  'recurring',
  'tentative',
  'fuzzy',
  'horizon',
  'unresolved',
  'yearInferred',
  'yearUnspecified',
  'anchor',
  'equivalent',
  'spans',
  'event',
  'knownDate',
  'month',
  'day',
  'yearOffset',
  'durationDays',
  'durationWeeks',
  'durationMonths',
  'durationYears',
  // deadline
  'before',
  'onOrBefore',
  'within',
  'days',
  'weeks',
  'months',
  'years',
  'after',
  'workingDays',
  'afterKnownDate',
  'daysBefore',
  // reporting
  'periods',
  'quarter',
  'half',
  'deadline',
  'deadlines',
  'adHoc',
  'dataWindow',
  'asOf',
  'abolished',
  'year',
  // values
  'week',
  'campaign',
  'yearly',
  'continuous',
  'monthly',
  'weekly',
  'daily',
  'quarterly',
  'half-year',
  'nine-months',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'morning',
  'noon',
  'afternoon',
  'evening',
  'last',
  'first',
  'second',
  'third',
  'next',
  'previous',
  'same',
  'reporting',
  'period',
  'null',
  'undefined',
  'true',
  'false',
  'NaN',
  'Infinity',
];

/** What must not be in the words for a phrase: an ISO date, a field name or English value (unless the phrase itself has it), JSON. */
function badParts(words: string, phrase: string): string[] {
  const bad: string[] = [];
  const iso = /\d{4}-\d{2}-\d{2}|--\d{2}-\d{2}|\d{2}:\d{2}:\d{2}|T\d{2}:\d{2}/.exec(words);
  if (iso && !phrase.includes(iso[0])) bad.push(`ISO "${iso[0]}"`);
  for (const w of FIELD_WORDS) {
    const at = new RegExp(`(^|[^\\p{L}\\p{N}-])${w}(?![\\p{L}\\p{N}-])`, 'u');
    if (at.test(words) && !at.test(phrase)) bad.push(`field word "${w}"`);
  }
  if (/[{}[\]"]|\[object/.test(words) && !/[{}[\]"]/.test(phrase)) bad.push('JSON');
  if (words.trim() === '') bad.push('empty');
  return bad;
}

/** The fields that hold words copied from the phrase (a unit, an event): they are said as they are. */
const COPIED = new Set(['unit', 'object', 'perEntity', 'perItem', 'event', 'fuzzy']);
function copiedWords(v: unknown, key = ''): string {
  if (typeof v === 'string') return COPIED.has(key) ? v : '';
  if (Array.isArray(v)) return v.map((x) => copiedWords(x, key)).join(' ');
  if (v && typeof v === 'object')
    return Object.entries(v)
      .map(([k, x]) => copiedWords(x, k))
      .join(' ');
  return '';
}

describe('web: a parsed phrase in Vietnamese words (describePhrase)', () => {
  it('reads intervals, counts with no number and the seeds’ quotas as people say them', () => {
    expect(read('quota', 'định kỳ 2 tháng/lần')).to.equal('1 lần mỗi 2 tháng');
    expect(read('quota', 'Tần suất: 1 tuần/lần')).to.equal('1 lần mỗi tuần');
    // A period with no number: no number is made up.
    expect(read('quota', 'Thường xuyên')).to.equal('thường xuyên (không nêu số lượng)');
    expect(read('quota', 'Hằng tuần đưa tin')).to.equal('tin mỗi tuần (không nêu số lượng)');
    expect(read('quota', 'Tần suất: 03 tin, bài/tháng.')).to.equal('3 tin, bài mỗi tháng');
    expect(read('quota', 'Mỗi tháng 01 chương trình (10-15 phút)')).to.equal('1 chương trình mỗi tháng, thời lượng 10–15 phút');
    expect(read('quota', 'tối thiểu 01 tin, bài/tháng, tối đa 04 tin, bài/tháng')).to.equal('ít nhất 1, tối đa 4 tin, bài mỗi tháng');
    expect(read('quota', 'Khoảng 10 - 15 tin, bài/quý')).to.equal('khoảng 10 đến 15 tin, bài mỗi quý');
    expect(read('quota', 'Hàng tuần, phát 02 lần vào sáng thứ 2 và chiều thứ 6')).to.equal(
      '2 lần mỗi tuần vào buổi sáng và buổi chiều thứ Hai và thứ Sáu',
    );
    expect(read('quota', 'Livestream trên Fanpage lúc 20:00 ngày thứ Năm tuần cuối cùng của tháng')).to.equal(
      '1 lần mỗi tháng vào thứ Năm tuần cuối của tháng lúc 20:00',
    );
    expect(read('quota', 'Thời lượng mỗi buổi phát thanh không quá 15 phút')).to.equal('thời lượng tối đa 15 phút mỗi buổi phát thanh');
    expect(read('quota', 'Trong đợt cao điểm tuyên truyền Ngày Pháp luật Việt Nam, treo tối thiểu 10 băng rôn')).to.equal(
      'ít nhất 10 băng rôn mỗi đợt trong đợt cao điểm tuyên truyền Ngày Pháp luật Việt Nam',
    );
    expect(read('quota', '100% xã, thị trấn có cụm loa')).to.equal('100% xã, thị trấn');
    expect(read('quota', 'Chùa tụng kinh vào mùng 1 và ngày rằm hằng tháng')).to.equal('2 lần mỗi tháng vào các ngày 1 và 15 âm lịch');
  });

  it('reads deadlines: yearly, each month, relative to the period, included or not, within days of an event', () => {
    expect(read('deadline', 'trước 15/12 hàng năm')).to.equal('trước ngày 15/12 hằng năm');
    expect(read('deadline', 'Chậm nhất là ngày 05/12 hàng năm')).to.equal('chậm nhất ngày 05/12 hằng năm');
    expect(read('deadline', 'hằng tháng trước ngày 25')).to.equal('trước ngày 25 hằng tháng');
    expect(read('deadline', 'trước ngày 15 hàng tháng')).to.equal('trước ngày 15 hằng tháng');
    expect(read('deadline', 'Hồ sơ được giải quyết trong vòng 5-7 ngày làm việc')).to.equal('trong 5–7 ngày làm việc');
    expect(read('deadline', 'chậm nhất vào ngày cuối cùng của tháng cuối quý')).to.equal('chậm nhất ngày cuối cùng của tháng cuối quý');
    expect(read('deadline', 'trước ngày 20 tháng cuối quý')).to.equal('trước ngày 20 của tháng cuối quý');
    expect(read('deadline', 'trước ngày làm việc thứ năm (05) của tháng tiếp theo')).to.equal('trước ngày làm việc thứ 5 của tháng sau');
    expect(read('deadline', 'chậm nhất ngày 20/6/2024')).to.equal('chậm nhất ngày 20/06/2024');
    expect(read('deadline', 'Trước ngày 30/11/2025')).to.equal('trước ngày 30/11/2025');
    expect(read('deadline', 'trước ngày 10/01 năm sau')).to.equal('trước ngày 10/01 năm sau');
    expect(read('deadline', 'không quá 05 ngày làm việc kể từ ngày nhận được hồ sơ')).to.equal(
      'trong 5 ngày làm việc kể từ ngày nhận được hồ sơ',
    );
    expect(read('deadline', 'không quá 30 ngày kể từ ngày ban hành Kế hoạch này', '2024-03-11')).to.equal(
      'trong 30 ngày kể từ ngày ban hành Kế hoạch (11/03/2024)',
    );
    expect(read('deadline', 'chậm nhất 07 ngày trước ngày tổ chức Hội nghị')).to.equal('chậm nhất 7 ngày trước ngày tổ chức Hội nghị');
    expect(read('deadline', 'giải quyết tối đa 10 ngày làm việc kể từ ngày nhận hồ sơ')).to.equal(
      'tối đa 10 ngày làm việc kể từ ngày nhận hồ sơ',
    );
    expect(read('deadline', 'Trong thời hạn 15 ngày trước ngày kết thúc thời hạn tạm trú')).to.equal(
      'trong 15 ngày trước ngày kết thúc thời hạn tạm trú',
    );
    expect(read('deadline', 'kê khai trong thời hạn 20 ngày kể từ ngày 01/7/2024')).to.equal('trong 20 ngày kể từ ngày 01/07/2024');
    // About so long, and a limit counted from the same day each year.
    expect(read('deadline', 'Gạo nếp cất giữ được trong vòng khoảng 2-3 tháng')).to.equal('trong khoảng 2–3 tháng');
    expect(read('deadline', 'Trong vòng 30 ngày, kể từ ngày 15 tháng 8 hàng năm, nhà trường lập danh sách')).to.equal(
      'trong 30 ngày kể từ ngày 15/08 hằng năm',
    );
    // A limit in minutes.
    expect(read('deadline', 'Tổ phản ứng nhanh có mặt chậm nhất 30 phút kể từ khi nhận tin báo')).to.equal(
      'trong 30 phút kể từ khi nhận tin báo',
    );
  });

  it('reads office hours: the weekdays and the hours from one clock to another, each week', () => {
    expect(read('timeframe', 'Thứ Hai – Thứ Sáu: tiếp nhận hồ sơ từ 7h30 đến 11h30 và từ 13h00 đến 16h00')).to.equal(
      'thứ Hai đến thứ Sáu từ 07:30 đến 11:30 và từ 13:00 đến 16:00 hằng tuần',
    );
    expect(read('timeframe', 'tiếp công dân vào sáng thứ Bảy, từ 7h30 đến 11h30')).to.equal(
      'thứ Bảy vào buổi sáng từ 07:30 đến 11:30 hằng tuần',
    );
  });

  it('reads timeframes: spans, events, yearly windows, fuzzy ends, horizons and schedules defined elsewhere', () => {
    expect(read('timeframe', 'Quý I/2024')).to.equal('01/01/2024 – 31/03/2024');
    expect(read('timeframe', 'Trong quý II, III năm 2024')).to.equal('01/04/2024 – 30/09/2024');
    expect(read('timeframe', 'Thường xuyên trong năm.', '2024-01-24')).to.equal(
      'thường xuyên, 01/01/2024 – 31/12/2024 (năm lấy theo ngày ban hành văn bản)',
    );
    expect(read('timeframe', 'từ ngày ban hành Kế hoạch này đến hết năm 2024', '2024-03-11')).to.equal(
      'từ ngày ban hành Kế hoạch (11/03/2024) đến ngày 31/12/2024',
    );
    expect(read('timeframe', 'Quý I hằng năm')).to.equal('từ ngày 01/01 đến ngày 31/03 hằng năm');
    expect(read('timeframe', 'Ngày 01/10 hằng năm')).to.equal('ngày 01/10 hằng năm');
    expect(read('timeframe', 'giai đoạn 2021-2025, định hướng đến năm 2030')).to.equal('01/01/2021 – 31/12/2025 (tầm nhìn đến năm 2030)');
    expect(read('timeframe', 'thời gian từ tháng 3 năm 2011 đến cuối năm.')).to.equal('01/03/2011 – 31/12/2011 (ước theo “cuối năm”)');
    expect(read('timeframe', 'thời gian tuyên truyền thực hiện trước, trong và sau ngày diễn ra Đại hội')).to.equal(
      'theo lịch quy định ở văn bản khác',
    );
    // A day with its clock time, said once (the grammar gives it as a date, a span and a time).
    expect(read('timeframe', 'vào lúc 14h00 ngày 12/8/2025')).to.equal('14:00 ngày 12/08/2025');
    expect(read('timeframe', 'từ ngày 01/4/2025 cho đến khi kết thúc Cuộc thi')).to.equal('từ ngày 01/04/2025 đến khi kết thúc Cuộc thi');
  });

  it('reads reporting periods with their quarter, half and deadlines', () => {
    expect(read('reporting', 'Báo cáo quý I, quý II, quý III và báo cáo năm')).to.equal('báo cáo quý và năm (quý I, quý II và quý III)');
    expect(read('reporting', 'Báo cáo tuần gửi trước 16h00 thứ Sáu hàng tuần')).to.equal('báo cáo tuần, hạn trước 16:00 thứ Sáu hằng tuần');
    expect(read('reporting', 'Báo cáo kết quả 6 tháng gửi về Sở Nội vụ trước ngày 15/6 và báo cáo năm trước ngày 15/12')).to.equal(
      'báo cáo 6 tháng và năm, hạn: báo cáo 6 tháng trước ngày 15/06 hằng năm; báo cáo năm trước ngày 15/12 hằng năm',
    );
    expect(read('reporting', 'trình bày báo cáo công tác CCHC 6 tháng đầu năm 2023')).to.equal('báo cáo 6 tháng (6 tháng đầu năm 2023)');
    expect(read('reporting', 'Báo cáo kết quả công tác tuyên truyền CCHC quý I, 6 tháng đầu năm, quý III')).to.equal(
      'báo cáo quý và 6 tháng (quý I và quý III, 6 tháng đầu năm)',
    );
    expect(read('reporting', 'Báo cáo quý gửi trước ngày 05 tháng cuối cùng của mỗi quý')).to.equal(
      'báo cáo quý, hạn trước ngày 5 của tháng cuối quý',
    );
    // No period named: the deadline opens the reading, and the year taken from the page is said.
    expect(read('reporting', 'Ngày 15/8 gửi báo cáo kết quả phổ cập bơi về phòng giáo dục.', '2025-07-01')).to.equal(
      'hạn chậm nhất ngày 15/08/2025 (năm lấy theo ngày ban hành văn bản)',
    );
    // A report named with neither period nor due day says so.
    expect(read('reporting', 'Sở Y tế đề nghị các huyện báo cáo tình hình phòng chống dịch sởi')).to.equal('báo cáo không nêu kỳ báo cáo');
  });

  it('never shows a field name, an English value or an ISO date for any phrase of the fixture sets', function () {
    // Thousands of parses: on a busy shared machine this takes seconds, not milliseconds.
    this.timeout(60_000);
    const dir = join(process.cwd(), 'test', 'fixtures', 'phrases');
    const lines = [
      ...readdirSync(dir)
        .filter((f) => f.endsWith('.jsonl'))
        .map((f) => join(dir, f)),
      join(process.cwd(), '..', 'shared', 'phrases', 'dev.jsonl'),
    ].flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as { text: string; kind: PhraseKind; refDate?: string }),
    );
    expect(lines.length).to.be.greaterThan(2000);
    const problems: string[] = [];
    let described = 0;
    for (const l of lines)
      for (const kind of ['quota', 'timeframe', 'deadline', 'reporting'] as const) {
        let r;
        try {
          r = parsePhrase(l.text, { kind, ...(l.refDate ? { refDate: l.refDate } : {}) });
        } catch {
          continue; // a phrase the grammar refuses as this kind says so itself (PHRASE_UNREADABLE)
        }
        described++;
        const words = describePhrase(r.kind, r.result);
        const bad = badParts(words, l.text);
        if (bad.length) problems.push(`${kind} ${JSON.stringify(l.text.slice(0, 80))} → ${JSON.stringify(words)}: ${bad.join(', ')}`);
      }
    expect(described).to.be.greaterThan(4000);
    expect(problems.slice(0, 10), `${problems.length} problems`).to.deep.equal([]);
  });

  it('never shows a field name or an ISO date for phrases built in the shapes plans use (fast-check)', function () {
    // Thousands of parses: on a busy shared machine this takes seconds, not milliseconds.
    this.timeout(60_000);
    const d = fc.integer({ min: 1, max: 28 });
    const m = fc.integer({ min: 1, max: 12 });
    const y = fc.integer({ min: 2020, max: 2030 });
    const n = fc.integer({ min: 1, max: 30 });
    const dateText = fc.tuple(d, m, y).map(([a, b, c]) => `${a}/${b}/${c}`);
    const dayMonth = fc.tuple(d, m).map(([a, b]) => `${String(a).padStart(2, '0')}/${String(b).padStart(2, '0')}`);
    const unit = fc.constantFrom('tin, bài', 'tin', 'bài', 'chương trình', 'video', 'bản tin', 'lần', 'buổi', 'pano', 'tờ rơi');
    const periodWord = fc.constantFrom('ngày', 'tuần', 'tháng', 'quý', 'năm');
    const each = fc.constantFrom('hằng', 'hàng', 'mỗi');
    const qual = fc.constantFrom('', 'ít nhất ', 'tối thiểu ', 'tối đa ', 'không quá ', 'khoảng ');
    const weekday = fc.constantFrom('thứ 2', 'thứ Ba', 'thứ 4', 'thứ Năm', 'thứ 6', 'thứ Bảy', 'Chủ nhật');
    const part = fc.constantFrom('', 'sáng ', 'chiều ', 'tối ');
    const event = fc.constantFrom('ngày ban hành Kế hoạch này', 'ngày nhận được hồ sơ', 'ngày kết thúc Cuộc thi', 'khi có Quyết định');
    const roman = fc.constantFrom('I', 'II', 'III', 'IV');
    const quota = fc.oneof(
      fc.tuple(qual, n, unit, periodWord).map(([q, a, u, p]) => `${q}${String(a).padStart(2, '0')} ${u}/${p}`),
      fc.tuple(each, periodWord, n, unit).map(([e, p, a, u]) => `${e} ${p} ${a} ${u}`),
      fc.tuple(n, periodWord).map(([a, p]) => `định kỳ ${a} ${p}/lần`),
      fc.tuple(each, periodWord, unit).map(([e, p, u]) => `${e} ${p} đưa ${u}`),
      fc.tuple(n, unit, part, weekday).map(([a, u, pt, w]) => `${a} ${u}/tuần vào ${pt}${w}`),
      fc.tuple(n, unit, n, n).map(([a, u, x, z]) => `Mỗi tháng ${a} ${u} (${Math.min(x, z)}-${Math.max(x, z) + 1} phút)`),
      fc.tuple(n, unit, n).map(([a, u, b]) => `từ ${a} đến ${a + b} ${u}/quý`),
      fc.constantFrom('Thường xuyên', 'Hằng tuần đưa tin', 'Thường xuyên trong năm'),
    );
    const timeframe = fc.oneof(
      fc.tuple(roman, y).map(([q, a]) => `Quý ${q}/${a}`),
      fc.tuple(m, y).map(([a, b]) => `Tháng ${a}/${b}`),
      fc.tuple(dateText, dateText).map(([a, b]) => `từ ngày ${a} đến ngày ${b}`),
      fc.tuple(event, y).map(([e, a]) => `từ ${e} đến hết năm ${a}`),
      fc.tuple(roman).map(([q]) => `Quý ${q} hằng năm`),
      fc.tuple(dayMonth).map(([a]) => `Ngày ${a} hằng năm`),
      fc.tuple(y, y).map(([a, b]) => `giai đoạn ${Math.min(a, b)}-${Math.max(a, b) + 1}, tầm nhìn đến năm ${Math.max(a, b) + 5}`),
      fc.constantFrom('cuối năm', 'đầu tháng 3', 'Thường xuyên trong năm', 'Theo Kế hoạch của UBND huyện', 'dự kiến tháng 11/2024'),
    );
    const deadline = fc.oneof(
      fc.tuple(dateText).map(([a]) => `trước ngày ${a}`),
      fc.tuple(dateText).map(([a]) => `chậm nhất là ngày ${a}`),
      fc.tuple(dayMonth, fc.constantFrom('hằng năm', 'hàng năm')).map(([a, e]) => `trước ngày ${a} ${e}`),
      fc.tuple(dayMonth).map(([a]) => `chậm nhất ngày ${a} hằng năm`),
      fc.tuple(d).map(([a]) => `hằng tháng trước ngày ${a}`),
      fc
        .tuple(d, fc.constantFrom('tháng cuối quý', 'tháng cuối kỳ báo cáo', 'tháng đầu quý sau', 'tháng sau'))
        .map(([a, w]) => `trước ngày ${a} ${w}`),
      fc.tuple(n, fc.constantFrom('', ' làm việc'), event).map(([a, w, e]) => `không quá ${a} ngày${w} kể từ ${e}`),
      fc.tuple(n, event).map(([a, e]) => `chậm nhất ${a} ngày trước ${e}`),
    );
    const reporting = fc.oneof(
      fc.tuple(roman, y).map(([q, a]) => `Báo cáo quý ${q} năm ${a}`),
      fc.constantFrom('Định kỳ 6 tháng, hằng năm', 'định kỳ hàng quý, 6 tháng, 9 tháng, năm', 'Báo cáo tuần gửi vào thứ 6 hàng tuần'),
      fc.tuple(dayMonth, dayMonth).map(([a, b]) => `Báo cáo 6 tháng gửi trước ngày ${a} và báo cáo năm trước ngày ${b}`),
      fc.tuple(d).map(([a]) => `Báo cáo quý gửi trước ngày ${a} tháng cuối quý`),
      fc.tuple(y, dateText).map(([a, b]) => `Báo cáo 6 tháng đầu năm ${a} chậm nhất ngày ${b}`),
    );
    const phrase = fc.oneof(
      quota.map((text) => ({ kind: 'quota' as const, text })),
      timeframe.map((text) => ({ kind: 'timeframe' as const, text })),
      deadline.map((text) => ({ kind: 'deadline' as const, text })),
      reporting.map((text) => ({ kind: 'reporting' as const, text })),
    );
    let read = 0;
    fc.assert(
      fc.property(phrase, fc.constantFrom(undefined, '2024-03-11', '2025-01-24'), ({ kind, text }, refDate) => {
        let r;
        try {
          r = parsePhrase(text, { kind, ...(refDate ? { refDate } : {}) });
        } catch {
          return; // refused with a Vietnamese error of its own (a day that does not exist, a reversed span)
        }
        read++;
        const words = describePhrase(r.kind, r.result);
        expect(
          badParts(words, text),
          `${kind} ${JSON.stringify(text)} → ${JSON.stringify(words)} (${JSON.stringify(r.result)})`,
        ).to.deep.equal([]);
      }),
      { numRuns: 1500 },
    );
    expect(read).to.be.greaterThan(1000);
  });

  it('says something, and never a key, JSON or an ISO date, whatever JSON it is handed', function () {
    // Thousands of parses: on a busy shared machine this takes seconds, not milliseconds.
    this.timeout(60_000);
    const key = fc.constantFrom(...FIELD_WORDS.filter((w) => /^[a-z][A-Za-z]*$/.test(w)));
    const leaf = fc.oneof(
      fc.integer({ min: -3, max: 60 }),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom(
        '2024-03-11',
        '--12-15',
        '2024-08-31T17:00',
        'last month of the quarter',
        'same month',
        'monday',
        'week',
        'yearly',
        'H1',
      ),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(
        fc.constantFrom('quota', 'timeframe', 'deadline', 'reporting', 'other'),
        fc.dictionary(key, value, { maxKeys: 8 }),
        (kind, result) => {
          const words = describePhrase(kind, result);
          expect(badParts(words, copiedWords(result)), `${kind} ${JSON.stringify(result)} → ${JSON.stringify(words)}`).to.deep.equal([]);
        },
      ),
      { numRuns: 2000 },
    );
    expect(describePhrase('quota', null)).to.equal('chưa nêu cụ thể');
  });
});
