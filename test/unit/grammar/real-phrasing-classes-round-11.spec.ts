/**
 * Round 11: for each class of miss found on a fresh set of real phrases (bylines, radio
 * schedules, legal reporting rules, press reports of results), other sentences of the same
 * shape, written with the reading SCHEMA.md asks for. They guard the class, not the phrase that
 * showed it (the round's measuring set is test/fixtures/phrases/measure/round-11-dev.jsonl).
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { parsePhrase } from '../../../src/domain/grammar/parse-phrase.js';
import { type ClassCase, describeClasses } from './phrase-expectations.js';

const CLASSES: Record<string, readonly ClassCase[]> = {
  'a single date-time (a byline) is the day, its time, and from = to = the instant': [
    {
      text: 'Cập nhật: 14/08/2023 09:05',
      kind: 'timeframe',
      expected: { date: '2023-08-14', timeOfDay: '09:05', from: '2023-08-14T09:05', to: '2023-08-14T09:05' },
    },
    {
      text: 'Thứ hai, 07/10/2024 | 16:30 (GMT+7)',
      kind: 'timeframe',
      expected: { date: '2024-10-07', timeOfDay: '16:30', from: '2024-10-07T16:30', to: '2024-10-07T16:30' },
    },
    { text: 'Chủ nhật, 08:15, 12/03/2023', kind: 'timeframe', expected: { from: '2023-03-12T08:15', to: '2023-03-12T08:15' } },
    { text: 'Thứ tư, 3 Tháng 5 2023 07:02', kind: 'timeframe', expected: { from: '2023-05-03T07:02', to: '2023-05-03T07:02' } },
  ],
  'a numeral that is a syllable of an ordinary word ("đầu tư", "tư pháp", "tư vấn") is no number': [
    { text: 'Đăng 3 tin về thu hút đầu tư mỗi tháng', kind: 'quota', expected: { count: 3, unit: 'tin', per: 'month' } },
    { text: 'Phòng Tư pháp tổ chức tư vấn pháp luật hai lần mỗi quý', kind: 'quota', expected: { count: 2, unit: 'lần', per: 'quarter' } },
    { text: 'Mỗi năm 12 báo cáo về đầu tư công', kind: 'quota', expected: { count: 12, unit: 'báo cáo', per: 'year' } },
    // The numeral itself still counts where it stands for one: a weekday, an ordinal week.
    { text: 'họp vào thứ tư tuần thứ tư hằng tháng', kind: 'quota', expected: { per: 'month', weekday: 'wednesday', weekOfMonth: 4 } },
  ],
  'a phrase that opens with a whole date and puts no range after it is that day, whatever holiday or yearly day it then names': [
    {
      text: '- Ngày 30/04/2025 Nghỉ lễ Ngày Chiến thắng năm 2025',
      kind: 'timeframe',
      expected: { date: '2025-04-30' },
      absent: ['from', 'to'],
    },
    {
      text: 'Ngày 26/3/2024, Đoàn xã tổ chức kỷ niệm ngày 26/3 hằng năm tại hội trường',
      kind: 'timeframe',
      expected: { date: '2024-03-26' },
      absent: ['recurring', 'from'],
    },
    // A range after it is still a range.
    { text: 'Ngày 02/01/2025 đến ngày 10/01/2025 tiếp nhận hồ sơ', kind: 'timeframe', expected: { from: '2025-01-02', to: '2025-01-10' } },
  ],
  'weekdays listed without their "thứ" are weekdays, unless a counted noun follows the number': [
    {
      text: 'Chuyên mục phát 2 kỳ/tuần vào thứ Ba và Sáu.',
      kind: 'quota',
      expected: { count: 2, per: 'week', weekdays: ['tuesday', 'friday'] },
    },
    {
      text: 'Phát vào thứ 2 và 4 chương trình mỗi tuần',
      kind: 'quota',
      expected: { count: 4, unit: 'chương trình', per: 'week', weekday: 'monday' },
      absent: ['weekdays'],
    },
    {
      text: 'Tiếp dân vào thứ Năm và hai buổi mỗi tháng',
      kind: 'quota',
      expected: { count: 2, unit: 'buổi', per: 'month', weekday: 'thursday' },
      absent: ['weekdays'],
    },
  ],
  'a unit stops at words that begin what is said of it ("giữa", "chưa", "chiếm")': [
    {
      text: 'Còn 120 thôn, tổ dân phố chưa có loa, chiếm 5%',
      kind: 'quota',
      expected: { count: 120, unit: 'thôn, tổ dân phố', total: true },
    },
    {
      text: 'đã có 3.400 lượt trao đổi giữa người dân và cán bộ',
      kind: 'quota',
      expected: { count: 3400, unit: 'lượt trao đổi', total: true },
    },
  ],
  'what each item holds, named first ("Đề thi gồm 15 câu hỏi"), is per item; a series with a period is a rate': [
    { text: 'Bộ đề gồm 20 câu hỏi trắc nghiệm', kind: 'quota', expected: { count: 20, perItem: 'bộ đề' }, absent: ['total'] },
    { text: 'Mỗi chuyên mục có 2 phóng sự ngắn', kind: 'quota', expected: { count: 2, per: null, perItem: 'chuyên mục' } },
    { text: 'Bản tin gồm 02 số/tháng', kind: 'quota', expected: { count: 2, unit: 'số', per: 'month' }, absent: ['perItem'] },
  ],
  'a date written with blanks around its slashes, a two-digit year when padded': [
    { text: 'Phát lại ( 15 / 08 / 2019 )', kind: 'timeframe', expected: { date: '2019-08-15' } },
    { text: 'Chuyên đề pháp luật ( PL ngày thứ bảy 07 / 04 / 18 )', kind: 'timeframe', expected: { date: '2018-04-07' } },
  ],
  'the legal style "ngày 20 (hai mươi) tháng 12 (mười hai)": a number written twice inside a date': [
    {
      text: 'Chậm nhất ngày 20 (hai mươi) tháng 12 (mười hai) đối với báo cáo định kỳ hằng năm',
      kind: 'reporting',
      expected: { periods: ['year'], deadline: { onOrBefore: '--12-20', recurring: 'yearly' } },
    },
    {
      text: 'Trước ngày 15 (mười lăm) của tháng cuối quý đối với báo cáo định kỳ hằng quý',
      kind: 'reporting',
      expected: { periods: ['quarter'], deadline: { before: { dayOfMonth: 15, month: 'last month of the quarter' } } },
    },
  ],
  'a deadline column: a day of a month named relative to the period, or a delay with no "không quá"': [
    {
      text: 'Ngày 20 tháng đầu quý sau quý báo cáo',
      kind: 'deadline',
      expected: { onOrBefore: { dayOfMonth: 20, month: 'first month of the next quarter' } },
    },
    {
      text: 'Ngày 05 tháng sau tháng báo cáo',
      kind: 'deadline',
      expected: { onOrBefore: { dayOfMonth: 5, month: 'month after the reporting month' } },
    },
    {
      text: 'thời hạn nộp báo cáo năm là 30 ngày kể từ ngày kết thúc năm tài chính',
      kind: 'deadline',
      expected: { within: { days: 30, after: { event: 'ngày kết thúc năm tài chính' } } },
    },
  ],
  '"triệu", "nghìn", "tỷ" multiply the number; "trên N" before a count is "more than N"': [
    {
      text: 'Cổng dịch vụ công đã có hơn 2,5 triệu hồ sơ nộp trực tuyến',
      kind: 'quota',
      expected: { count: 2500000, atLeast: true, per: null },
    },
    { text: 'thu hút 12 nghìn lượt xem', kind: 'quota', expected: { count: 12000, unit: 'lượt xem', per: null, total: true } },
    { text: 'Trung tâm đã giải quyết trên 1.500 thủ tục hành chính', kind: 'quota', expected: { count: 1500, atLeast: true, per: null } },
    { text: 'tin bài được đăng trên 2 trang báo in', kind: 'quota', expected: { count: 2, per: null }, absent: ['atLeast'] },
  ],
  'an event with its date written after "vào ngày": the date is the start': [
    {
      text: 'Kể từ khi Luật Tổ chức chính quyền địa phương có hiệu lực vào ngày 01/3/2025',
      kind: 'timeframe',
      expected: { from: '2025-03-01' },
    },
    { text: 'từ khi đưa hệ thống một cửa điện tử vào vận hành ngày 15/8/2023', kind: 'timeframe', expected: { from: '2023-08-15' } },
    {
      text: 'từ ngày ký Kế hoạch đến hết ngày 31/12/2025',
      kind: 'timeframe',
      refDate: '2025-03-10',
      expected: { from: { event: 'ngày ký Kế hoạch', knownDate: '2025-03-10' }, to: '2025-12-31' },
    },
  ],
  'a start N days after an event ("có hiệu lực sau 45 ngày kể từ ngày ký")': [
    {
      text: 'Nghị định này có hiệu lực thi hành sau 45 ngày kể từ ngày ký ban hành.',
      kind: 'timeframe',
      expected: { from: { event: 'ngày ký ban hành', offsetDays: 45 } },
    },
  ],
  'a term of office names its years when nothing else is said': [
    { text: 'Ban Chấp hành Đoàn xã nhiệm kỳ 2022 - 2027', kind: 'timeframe', expected: { from: '2022-01-01', to: '2027-12-31' } },
    {
      text: 'Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030 diễn ra ngày 12/6/2025',
      kind: 'timeframe',
      expected: { date: '2025-06-12' },
      absent: ['from'],
    },
  ],
  '"đến X mới …" is "not until X": the time of the fact, not the end of a span': [
    {
      text: 'phải đến giữa năm 2019 mới hoàn thành việc lắp đặt',
      kind: 'timeframe',
      expected: { from: '2019-06-01', to: '2019-07-31', fuzzy: 'giữa năm' },
    },
    { text: 'đến tháng 9/2021 mới đưa vào sử dụng', kind: 'timeframe', expected: { from: '2021-09-01', to: '2021-09-30' } },
  ],
  'an ordinal after a two-word noun ("vòng thi thứ hai") is not a weekday': [
    { text: 'ngay sau khi kết thúc đợt thi thứ ba', kind: 'timeframe', expected: { from: { event: 'kết thúc đợt thi thứ ba' } } },
  ],
  'a stray "tháng" before a whole date': [
    {
      text: 'nhận bài dự thi từ tháng 05/6/2023 đến hết ngày 30/6/2023',
      kind: 'timeframe',
      expected: { from: '2023-06-05', to: '2023-06-30' },
    },
  ],
  '"tuần lễ cuối tháng" without "mỗi": a weekday of the last week of every month': [
    {
      text: 'Bí thư Đảng ủy xã tiếp dân vào ngày thứ năm của tuần lễ cuối tháng',
      kind: 'quota',
      expected: { count: 1, per: 'month', weekday: 'thursday', weekOfMonth: 'last' },
    },
    {
      text: 'sinh hoạt chuyên đề vào thứ bảy tuần đầu tháng',
      kind: 'quota',
      expected: { count: 1, per: 'month', weekday: 'saturday', weekOfMonth: 1 },
    },
  ],
  'a share said after a result count ("…, đạt tỷ lệ N%") leaves the count a total': [
    {
      text: 'toàn tỉnh có 512 thôn, tổ dân phố có loa truyền thanh, đạt tỷ lệ 87,5%',
      kind: 'quota',
      expected: { count: 512, per: null, total: true, percent: 87.5 },
    },
  ],
  'a contest split into weeks says its length ("chia thành bốn tuần thi")': [
    {
      text: 'Cuộc thi diễn ra từ ngày 3/3 đến 30/3/2025, chia làm ba tuần thi',
      kind: 'timeframe',
      expected: { from: '2025-03-03', to: '2025-03-30', durationWeeks: 3 },
    },
  ],
  'a year broken by a blank in a PDF text layer ("20 21")': [
    {
      text: 'theo Nghị quyết số 12/NQ-HĐND ngày 10/12/20 22 của Hội đồng nhân dân tỉnh',
      kind: 'timeframe',
      expected: { date: '2022-12-10' },
    },
  ],
  '"Các <units> phải …": a requirement on each unit, per entity': [
    {
      text: 'Các trường học phải tổ chức ít nhất 01 buổi ngoại khóa',
      kind: 'quota',
      expected: { count: 1, atLeast: true, per: null, perEntity: 'trường học' },
    },
    {
      text: 'Các xã, thị trấn đã lắp đặt 36 cụm loa',
      kind: 'quota',
      expected: { count: 36, per: null, total: true },
      absent: ['perEntity'],
    },
  ],
};

describeClasses('grammar: classes of real phrasing (round 11)', CLASSES);

const pad = (n: number): string => String(n).padStart(2, '0');
const WEEKDAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];
/** A real calendar day from 1990 to 2049 with a clock time. */
const instant = fc
  .record({
    y: fc.integer({ min: 1990, max: 2049 }),
    dayOfYear: fc.integer({ min: 0, max: 364 }),
    h: fc.integer({ min: 0, max: 23 }),
    min: fc.integer({ min: 0, max: 59 }),
  })
  .map(({ y, dayOfYear, h, min }) => {
    const d = new Date(Date.UTC(y, 0, 1 + dayOfYear));
    return { y, m: d.getUTCMonth() + 1, d: d.getUTCDate(), wd: d.getUTCDay(), h, min };
  });

describe('grammar: round 11 classes over generated dates', () => {
  it('a byline in any of its written forms is from = to = the instant', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 3 }), (t, form) => {
        const date = `${pad(t.d)}/${pad(t.m)}/${t.y}`;
        const time = `${pad(t.h)}:${pad(t.min)}`;
        const text = [
          `${date} ${time}`,
          `${WEEKDAYS[t.wd]}, ${t.d}/${t.m}/${t.y} ${time} (GMT+7)`,
          `${date} | ${time} GMT+7`,
          `${WEEKDAYS[t.wd]}, ${time}, ${date}`,
        ][form]!;
        const iso = `${t.y}-${pad(t.m)}-${pad(t.d)}T${time}`;
        const r = parsePhrase(text, { kind: 'timeframe' }).result;
        expect(r, text).to.include({ date: iso.slice(0, 10), timeOfDay: time, from: iso, to: iso });
      }),
      { numRuns: 300 },
    );
  });

  it('a date with spaced slashes reads as the same date written tight', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const text = `( PL ${t.d} / ${pad(t.m)} / ${t.y} )`;
        expect(parsePhrase(text, { kind: 'timeframe' }).result, text).to.include({ date: `${t.y}-${pad(t.m)}-${pad(t.d)}` });
      }),
      { numRuns: 300 },
    );
  });

  it('a count times "nghìn", "triệu" or "tỷ" is the product', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom(['nghìn', 1e3], ['triệu', 1e6], ['tỷ', 1e9]), (n, [word, factor]) => {
        const text = `đã có ${n} ${word} lượt truy cập`;
        expect(parsePhrase(text, { kind: 'quota' }).result, text).to.include({ count: n * (factor as number), per: null, total: true });
      }),
      { numRuns: 200 },
    );
  });
});
