/**
 * Classes of phrasing met in round 12's contest terms, results news and reporting regimes (after the
 * round was measured): for each, other sentences of the same shape, written with the reading
 * SCHEMA.md asks for. They guard the class, not the phrase that showed it.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { parsePhrase } from '../../../src/domain/grammar/parse-phrase.js';
import { type ClassCase, describeClasses, expectSameInNfd } from './phrase-expectations.js';

const CLASSES: Record<string, readonly ClassCase[]> = {
  'a contest entry named first, then its size after a description ("Bài thi là một bức thư …, dài không quá 1.000 từ")': [
    {
      text: 'Bài dự thi là một bài viết tay, dài không quá 1.200 chữ',
      kind: 'quota',
      expected: { count: 1200, atMost: true, unit: 'chữ', per: null, perItem: 'bài viết' },
    },
    {
      text: 'Tác phẩm dự thi là 01 video clip, có thời lượng tối đa 5 phút',
      kind: 'quota',
      expected: { durationMax: 5, atMost: true, per: null, perItem: 'video clip' },
      absent: ['count'],
    },
    {
      text: '- Bài viết bằng tiếng Việt, có độ dài từ 800 - 1.200 từ',
      kind: 'quota',
      expected: { countMin: 800, countMax: 1200, unit: 'từ', per: null, perItem: 'bài viết' },
    },
    {
      text: 'Bài dự thi viết bằng tay hoặc đánh máy, dài không quá 10 trang A4.',
      kind: 'quota',
      expected: { count: 10, atMost: true, unit: 'trang A4', per: null, perItem: 'bài dự thi' },
    },
    { text: '+ Bài viết dung lượng 1.000 - 1.500 từ', kind: 'quota', expected: { countMin: 1000, countMax: 1500, perItem: 'bài viết' } },
  ],
  'the time a sitting or an entry takes ("Thời gian hoàn thành bài thi 10 phút") is per item': [
    {
      text: 'Thời gian hoàn thành bài thi 15 phút.',
      kind: 'quota',
      expected: { durationMin: 15, durationMax: 15, per: null, perItem: 'bài thi' },
    },
    { text: 'Thời gian làm bài thi là 30 phút', kind: 'quota', expected: { durationMin: 30, perItem: 'bài thi' } },
    { text: 'Thời lượng phần thi: tối đa 7 phút', kind: 'quota', expected: { durationMax: 7, atMost: true, perItem: 'phần thi' } },
    // A length per go is said by the slash, not by "làm bài".
    { text: 'Thời gian làm bài tối đa 20 phút/lượt', kind: 'quota', expected: { durationMax: 20, perItem: 'lượt' } },
  ],
  'what an item holds, its structure named first and the list after a colon ("Cấu trúc bài thi, gồm: 10 câu hỏi")': [
    {
      text: 'Cấu trúc đề thi, gồm: 20 câu hỏi trắc nghiệm và 1 câu hỏi tự luận',
      kind: 'quota',
      expected: { count: 20, unit: 'câu hỏi trắc nghiệm', per: null, perItem: 'đề thi' },
      absent: ['total'],
    },
    { text: 'Bộ đề gồm: 30 câu hỏi trắc nghiệm', kind: 'quota', expected: { count: 30, unit: 'câu hỏi trắc nghiệm', perItem: 'bộ đề' } },
    { text: '- Mỗi vòng thi có 25 câu hỏi', kind: 'quota', expected: { count: 25, unit: 'câu hỏi', perItem: 'vòng thi' } },
  ],
  'a bare "một" is an article when another count is written ("Một ngày ra mắt, đã có hơn 35.000 người")': [
    {
      text: 'Sau một tuần phát động, đã có hơn 2.000 thí sinh tham gia',
      kind: 'quota',
      expected: { count: 2000, atLeast: true, unit: 'thí sinh', per: null, total: true },
    },
    {
      text: 'Một tháng sau khi ra mắt, trang Zalo đã có 5.200 người quan tâm',
      kind: 'quota',
      expected: { count: 5200, unit: 'người quan tâm', per: null },
    },
    { text: 'Đài xã xây dựng một chuyên mục, phát 3 lần/tuần', kind: 'quota', expected: { count: 3, unit: 'lần', per: 'week' } },
  ],
  'one or more ("một hoặc nhiều lần", "hai hoặc nhiều hơn hai buổi") is a floor; "khoảng thời gian" is a span, not "about"': [
    {
      text: 'được thực hiện một hoặc nhiều lần trong khoảng thời gian nhất định',
      kind: 'quota',
      expected: { count: 1, atLeast: true, unit: 'lần', per: null },
      absent: ['approx'],
    },
    {
      text: 'Mỗi tác giả gửi một hoặc nhiều tác phẩm',
      kind: 'quota',
      expected: { count: 1, atLeast: true, unit: 'tác phẩm', perEntity: 'tác giả' },
    },
    { text: 'được tổ chức hai hoặc nhiều hơn hai buổi', kind: 'quota', expected: { count: 2, atLeast: true, unit: 'buổi' } },
  ],
  '"chỉ" before a verb and its count, and "chỉ có", are a ceiling ("chỉ phát thanh 1 lần đối với mỗi bản tin")': [
    {
      text: 'Mỗi ngày chỉ phát thanh 2 lần',
      kind: 'quota',
      expected: { count: 2, atMost: true, unit: 'lần', per: 'day', object: 'phát thanh' },
    },
    {
      text: 'từ tháng 9, chỉ phát 1 lần đối với mỗi bản tin thông báo',
      kind: 'quota',
      expected: { count: 1, atMost: true, unit: 'lần', per: null, perItem: 'bản tin' },
      absent: ['perEntity', 'object'],
    },
    {
      text: 'mỗi tổ dân phố chỉ có 1 cụm loa',
      kind: 'quota',
      expected: { count: 1, atMost: true, unit: 'cụm loa', perEntity: 'tổ dân phố' },
    },
  ],
  'a former figure, then the present one after "nhưng nay", "hiện nay", "đến nay": the present one is read': [
    {
      text: 'nếu như trước đây mỗi thôn có 3 cụm loa nhưng nay chỉ có 1 cụm loa',
      kind: 'quota',
      expected: { count: 1, atMost: true, unit: 'cụm loa', perEntity: 'thôn' },
    },
    {
      text: 'năm 2020 có 12 đài truyền thanh, đến nay đã có 25 đài truyền thanh',
      kind: 'quota',
      expected: { count: 25, unit: 'đài truyền thanh', per: null, total: true },
    },
    {
      text: 'Trước đây phát 3 buổi/ngày, song hiện nay phát 2 buổi/ngày',
      kind: 'quota',
      expected: { count: 2, unit: 'buổi', per: 'day' },
    },
  ],
  'what each of the places or people named with "các" is to do ("các huyện, thị xã, thành phố lựa chọn 2 xã") is per entity; a result ("đã") is not':
    [
      {
        text: 'Các xã, phường lựa chọn 3 thôn, tổ dân phố làm điểm',
        kind: 'quota',
        expected: { count: 3, per: null, perEntity: 'xã, phường' },
        absent: ['total'],
      },
      {
        text: 'các thí sinh dự thi sẽ nộp 01 bài viết',
        kind: 'quota',
        expected: { count: 1, unit: 'bài viết', perEntity: 'thí sinh dự thi' },
      },
      { text: 'Các quận, huyện cử 02 cán bộ tham dự', kind: 'quota', expected: { count: 2, perEntity: 'quận, huyện' } },
      {
        text: 'Các đơn vị đã tổ chức 20 hội nghị tuyên truyền',
        kind: 'quota',
        expected: { count: 20, unit: 'hội nghị', per: null, total: true },
        absent: ['perEntity'],
      },
      {
        text: 'tài khoản của các đơn vị trên cả nước lên đến 600 OA',
        kind: 'quota',
        expected: { count: 600, unit: 'OA', total: true },
        absent: ['perEntity'],
      },
    ],
  'places counted as the subject are not the quota: what they did is, and what they reached ("đạt") is per each': [
    {
      text: '5 huyện đã thành lập 12 tổ công nghệ số cộng đồng',
      kind: 'quota',
      expected: { count: 12, unit: 'tổ công nghệ số cộng đồng', per: null, total: true },
    },
    { text: 'toàn tỉnh có 45 xã đạt 19 tiêu chí', kind: 'quota', expected: { count: 19, unit: 'tiêu chí', per: null, perEntity: 'xã' } },
    {
      text: 'có 12 xã đạt từ 15 - 18 tiêu chí',
      kind: 'quota',
      expected: { countMin: 15, countMax: 18, unit: 'tiêu chí', perEntity: 'xã' },
    },
    // A list of places keeps the first count; what the places brought, after "…, với", is counted (round 20's gold).
    { text: 'Huyện có 12 xã, thị trấn và 30 thôn', kind: 'quota', expected: { count: 12, unit: 'xã, thị trấn' } },
    { text: 'có 20 xã tham gia, với 3.000 lượt người dự', kind: 'quota', expected: { count: 3000, unit: 'lượt người dự' } },
  ],
  'an airtime floor or length named before it ("thời lượng phát sóng … đạt tối thiểu 17 giờ/ngày"): the unit is the airtime, a floor alone has no ceiling':
    [
      {
        text: 'Thời lượng phát sóng tối thiểu 30 phút/ngày',
        kind: 'quota',
        expected: { durationMin: 30, atLeast: true, per: 'day', unit: 'thời lượng phát sóng' },
        absent: ['durationMax'],
      },
      {
        text: 'tổng thời lượng tiếp sóng đạt 120 phút mỗi ngày',
        kind: 'quota',
        expected: { durationMin: 120, durationMax: 120, per: 'day', unit: 'tổng thời lượng tiếp sóng' },
      },
      {
        text: 'đài huyện có thời lượng phát thanh bằng tiếng dân tộc đạt ít nhất 2 giờ/tuần',
        kind: 'quota',
        expected: { durationMin: 120, atLeast: true, per: 'week', unit: 'thời lượng phát thanh' },
      },
      {
        text: 'thời lượng mỗi chương trình từ 10-15 phút',
        kind: 'quota',
        expected: { durationMin: 10, durationMax: 15, perItem: 'chương trình' },
      },
    ],
  'the tasks of the coming period ("triển khai nhiệm vụ 3 tháng cuối năm", "nhiệm vụ trọng tâm tháng 6") and "N tháng năm YYYY" name no report':
    [
      {
        text: 'Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024',
        kind: 'reporting',
        expected: { periods: ['half-year'], half: 1 },
      },
      {
        text: 'Báo cáo kết quả thực hiện nhiệm vụ quý I, phương hướng nhiệm vụ quý II/2025',
        kind: 'reporting',
        expected: { periods: ['quarter'], quarter: 1 },
      },
      {
        // The months so far name no period of their own, but their year is the month's.
        text: 'Báo cáo tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2023',
        kind: 'reporting',
        expected: { periods: ['month'], month: 10, year: 2023 },
      },
      {
        text: 'Báo cáo tình hình tháng 8 và 8 tháng đầu năm 2022; nhiệm vụ trọng tâm tháng 9',
        kind: 'reporting',
        expected: { periods: ['month'], month: 8 },
      },
      { text: 'Báo cáo tháng 5 và tháng 6 năm 2023', kind: 'reporting', expected: { periods: ['month'] } },
    ],
  'a report period whose data window repeats "hằng năm": no yearly report, and a six-month window names its half': [
    {
      text: 'Kỳ báo cáo 6 tháng cuối năm được tính từ ngày 01 tháng 7 đến hết ngày 31 tháng 12 hằng năm',
      kind: 'reporting',
      expected: { periods: ['half-year'], half: 2 },
    },
    {
      text: 'Kỳ báo cáo thống kê 6 tháng được tính từ ngày 01/01 đến hết ngày 30/6 hàng năm',
      kind: 'reporting',
      expected: { periods: ['half-year'], half: 1 },
    },
  ],
  'a report that is dropped ("Bỏ báo cáo … hàng tháng") has no period': [
    { text: 'Bãi bỏ báo cáo định kỳ hằng quý', kind: 'reporting', expected: { periods: [], abolished: true } },
    { text: '- Bỏ báo cáo công tác tiếp dân hàng tháng', kind: 'reporting', expected: { periods: [], abolished: true } },
    { text: 'Bỏ báo cáo thanh tra định kỳ hàng tháng', kind: 'reporting', expected: { periods: [] }, absent: ['unresolved'] },
  ],
  'months past or left, counted from the document\'s date ("Trong 3 tháng qua", "3 tháng còn lại của năm"): whole months': [
    {
      text: 'Trong 3 tháng qua, công tác cải cách hành chính được coi trọng',
      kind: 'timeframe',
      refDate: '2024-02-10',
      expected: { from: '2023-12-01', to: '2024-02-29', yearInferred: true },
    },
    {
      text: '6 tháng còn lại của năm, huyện tập trung thực hiện mục tiêu kép',
      kind: 'timeframe',
      refDate: '2024-07-03',
      expected: { from: '2024-07-01', to: '2024-12-31', yearInferred: true },
    },
    { text: 'trong 9 tháng qua', kind: 'timeframe', refDate: '2024-10-03', expected: { from: '2024-02-01', to: '2024-10-31' } },
    // With no date of the document, a bare length stays a length.
    { text: 'Trong 3 tháng qua', kind: 'timeframe', expected: { durationMonths: 3 }, absent: ['from', 'to'] },
  ],
  'a list of days with the month on the last one ("từ 13, 14/3", "các ngày 13, 14 và 15/3/2024") runs from the first to the last': [
    {
      text: 'Loạt bài trên Nhật báo từ 13, 14/3',
      kind: 'timeframe',
      refDate: '2014-03-17',
      expected: { from: '2014-03-13', to: '2014-03-14', yearInferred: true },
    },
    { text: 'vào các ngày 13, 14 và 15/3/2024', kind: 'timeframe', expected: { from: '2024-03-13', to: '2024-03-15' } },
    { text: 'Hội thi diễn ra ngày 20, 21/10/2025', kind: 'timeframe', expected: { from: '2025-10-20', to: '2025-10-21' } },
  ],
  'a window that starts "năm trước" with no year written is one of every reporting year, even without "kỳ báo cáo"': [
    {
      text: 'Báo cáo công tác phòng, chống tham nhũng trong kỳ từ ngày 16 tháng 12 năm trước đến ngày 15 tháng 6.',
      kind: 'timeframe',
      refDate: '2024-05-01',
      expected: { from: { month: 12, day: 16, yearOffset: -1 }, to: { month: 6, day: 15, yearOffset: 0 }, anchor: 'reporting year' },
      absent: ['yearUnspecified', 'yearInferred'],
    },
    {
      text: 'từ ngày 01/10 năm trước đến ngày 30/9',
      kind: 'timeframe',
      expected: { from: { month: 10, day: 1, yearOffset: -1 }, to: { month: 9, day: 30, yearOffset: 0 } },
    },
    // Written years keep their dates.
    { text: 'từ ngày 16/12/2023 đến ngày 15/6/2024', kind: 'timeframe', expected: { from: '2023-12-16', to: '2024-06-15' } },
  ],
};

describeClasses('Real phrasing classes: contest terms, results news, reporting regimes', CLASSES);

describe('Real phrasing classes (contest terms, results news): properties', () => {
  it('an entry described before its word limit is per entry and bounded by the limit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Bài dự thi', 'Bài thi', 'Tác phẩm dự thi'),
        fc.constantFrom('một bài viết', 'một bức thư', '01 bài viết'),
        fc.constantFrom('viết tay', 'bằng tiếng Việt', 'viết dưới dạng văn xuôi (chưa đăng báo)'),
        fc.integer({ min: 100, max: 9000 }),
        fc.constantFrom('từ', 'chữ'),
        (item, is, description, n, unit) => {
          const written = n >= 1000 ? `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, '0')}` : String(n);
          const text = `${item} là ${is} ${description}, dài không quá ${written} ${unit}`;
          const r = parsePhrase(text, { kind: 'quota' }).result;
          expect(r, text).to.include({ count: n, atMost: true, unit, per: null, perItem: is.split(' ').slice(1).join(' ') });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('places that reached a count or a range of something are counted each, not as the quota', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('xã', 'huyện', 'trường', 'đơn vị'),
        fc.integer({ min: 2, max: 99 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 9 }),
        fc.boolean(),
        fc.constantFrom('tiêu chí', 'chỉ tiêu', 'điểm'),
        (place, n, a, d, range, unit) => {
          const text = `có ${String(n).padStart(2, '0')} ${place} đạt ${range ? `${a}-${a + d}` : a} ${unit}`;
          const r = parsePhrase(text, { kind: 'quota' }).result;
          expect(r, text).to.include({ unit, per: null, perEntity: place });
          if (range) expect(r, text).to.include({ countMin: a, countMax: a + d });
          else expect(r, text).to.include({ count: a });
        },
      ),
      { numRuns: 200 },
    );
  });

  it("N months past end with the document's month and N months left end with its year, N whole months each", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2001, max: 2049 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        (y, m, n, past) => {
          fc.pre(past || n <= 13 - m);
          const text = past ? `Trong ${n} tháng qua` : `${n} tháng còn lại của năm`;
          const refDate = `${y}-${String(m).padStart(2, '0')}-15`;
          const r = parsePhrase(text, { kind: 'timeframe', refDate }).result;
          const endM = past ? m : 12;
          const last = new Date(Date.UTC(y, endM, 0)).getUTCDate();
          expect(r['to'], text + ' ' + refDate).to.equal(`${y}-${String(endM).padStart(2, '0')}-${last}`);
          const first = y * 12 + endM - n;
          expect(r['from'], text + ' ' + refDate).to.equal(`${Math.floor(first / 12)}-${String((first % 12) + 1).padStart(2, '0')}-01`);
          expect(r['yearInferred'], text).to.equal(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every class example reads the same in NFD as in NFC', () => expectSameInNfd(CLASSES));
});
