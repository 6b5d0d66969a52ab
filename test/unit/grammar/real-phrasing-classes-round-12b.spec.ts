/**
 * Round 12 (second reader): for each class of miss found on round 12's dev set of real
 * phrases (reporting regimes, contest terms, loudspeaker rules, result reports), other
 * sentences of the same shape, written with the reading SCHEMA.md asks for. They guard the
 * class, not the phrase that showed it (test/fixtures/phrases/measure/round-12-dev.jsonl).
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { parsePhrase } from '../../../src/domain/grammar/parse-phrase.js';
import { type ClassCase, describeClasses } from './phrase-expectations.js';

const CLASSES: Record<string, readonly ClassCase[]> = {
  'Latin look-alike letters (small capitals, Cyrillic у/с/о) inside Vietnamese words read as the Latin letters': [
    {
      text: 'Thời gian gửi báo ᴄáo là trướᴄ ngàу 15 tháng ᴄuối quý đối ᴠới Báo ᴄáo quý',
      kind: 'reporting',
      expected: { periods: ['quarter'], deadline: { before: { dayOfMonth: 15, month: 'last month of the quarter' } } },
    },
    {
      text: 'Báo ᴄáo 6 tháng gửi trướᴄ ngàу 10/6/2025',
      kind: 'reporting',
      expected: { periods: ['half-year'], deadline: { before: '2025-06-10' } },
    },
    { text: 'Mỗi tháng 04 tin, bài đăng trên trang Zalo ᴄủa xã', kind: 'quota', expected: { count: 4, unit: 'tin, bài', per: 'month' } },
    // Cyrillic letters (у, с, о) inside a Latin word.
    { text: 'Hоàn thành trước ngàу 30/9/2024', kind: 'deadline', expected: { before: '2024-09-30' } },
    { text: 'Thời gian thựс hiện: Quý III/2025', kind: 'timeframe', expected: { from: '2025-07-01', to: '2025-09-30' } },
  ],
  'a report\'s data window with no year names its period by its length, and the "gửi … chậm nhất" day after it is the deadline': [
    {
      text: 'Báo cáo công tác dân vận trong kỳ từ ngày 16 tháng 12 năm trước đến ngày 15 tháng 6. Gửi báo cáo chậm nhất vào ngày 20 tháng 6.',
      kind: 'reporting',
      expected: {
        periods: ['half-year'],
        deadline: { onOrBefore: '--06-20', recurring: 'yearly' },
        dataWindow: { from: { month: 12, day: 16, yearOffset: -1 }, to: { month: 6, day: 15, yearOffset: 0 } },
      },
    },
    {
      text: 'Báo cáo trong kỳ từ ngày 16/3 đến 15/6. Gửi báo cáo chậm nhất vào ngày 20/6.',
      kind: 'reporting',
      expected: { periods: ['quarter'], quarter: 2, deadline: { onOrBefore: '--06-20', recurring: 'yearly' } },
    },
    {
      text: 'Báo cáo kỳ từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 12, gửi trước ngày 20 tháng 12',
      kind: 'reporting',
      expected: { periods: ['year'], deadline: { before: '--12-20', recurring: 'yearly' } },
    },
    // A period named in the phrase is kept; the window does not add another.
    {
      text: 'Báo cáo 6 tháng: số liệu từ ngày 16 tháng 12 năm trước đến ngày 15 tháng 6; gửi trước ngày 18 tháng 6',
      kind: 'reporting',
      expected: { periods: ['half-year'], deadline: { before: '--06-18', recurring: 'yearly' } },
      absent: ['quarter'],
    },
  ],
  'a whole date whose Vietnamese letters were lost ("ngay 12 thang 01 nm 2017") is still that date': [
    { text: 'S: 15 /KH-UBND Th Ha, ngay 03 thang 11 nm 2021', kind: 'timeframe', expected: { date: '2021-11-03' } },
    { text: 'Ha Noi, ngay 5 thang 9 nam 2023', kind: 'timeframe', expected: { date: '2023-09-05' } },
    { text: 'Cn c Quyt nh s 12/Q-UBND ngy 20 thng 4 nm 2019', kind: 'timeframe', expected: { date: '2019-04-20' } },
  ],
  'a day and month written with a dot after the name of a day ("ngày Chuyển đổi số quốc gia 10.10") is that day': [
    {
      text: 'Hưởng ứng ngày Chuyển đổi số quốc gia 10.10',
      kind: 'timeframe',
      refDate: '2024-06-05',
      expected: { date: '2024-10-10', yearInferred: true },
    },
    {
      text: 'Kỷ niệm Ngày Quốc khánh 2.9, các xã treo cờ',
      kind: 'timeframe',
      refDate: '2025-08-20',
      expected: { date: '2025-09-02', yearInferred: true },
    },
    { text: 'Ngày Pháp luật Việt Nam (9.11) hằng năm', kind: 'timeframe', expected: { date: '--11-09', recurring: 'yearly' } },
    // A dotted pair that closes no day's name is left alone: a share or a decimal is no date.
    { text: 'Điểm trung bình 8.5 trong năm 2024', kind: 'timeframe', expected: { from: '2024-01-01', to: '2024-12-31' }, absent: ['date'] },
  ],
  'a bound on an item\'s length ("Bài viết (không quá 2.000 từ)"), bracketed or not, is an upper bound per that item': [
    {
      text: 'Bài viết (không quá 2.000 từ).',
      kind: 'quota',
      expected: { count: 2000, atMost: true, unit: 'từ', per: null, perItem: 'bài viết' },
    },
    {
      text: 'Bài dự thi (tối đa 1.500 chữ)',
      kind: 'quota',
      expected: { count: 1500, atMost: true, unit: 'chữ', per: null, perItem: 'bài dự thi' },
    },
    {
      text: 'Tác phẩm dự thi không quá 10 trang',
      kind: 'quota',
      expected: { count: 10, atMost: true, unit: 'trang', per: null, perItem: 'tác phẩm dự thi' },
    },
    // A count before the bracket stays the quota; the bracket is then an aside.
    { text: 'Hằng tháng 2 tin (không quá 500 chữ)', kind: 'quota', expected: { count: 2, unit: 'tin', per: 'month' } },
  ],
  'a span given only relative to a schedule set elsewhere ("trước 01 tháng so với quy định", "10 năm thực hiện Chương trình") is unresolved, never a guessed date':
    [
      {
        text: 'Ban tổ chức quyết định kết thúc thời gian nhận bài dự thi trước 01 tháng so với quy định.',
        kind: 'timeframe',
        refDate: '2024-03-01',
        expected: { unresolved: true },
        absent: ['from', 'to', 'date'],
      },
      { text: 'Cuộc thi kết thúc sớm 10 ngày so với kế hoạch', kind: 'timeframe', expected: { unresolved: true }, absent: ['from', 'to'] },
      {
        text: 'tiếp tục tuyên truyền 10 năm thực hiện Chương trình tổng thể cải cách hành chính',
        kind: 'timeframe',
        refDate: '2020-10-08',
        expected: { unresolved: true, durationYears: 10 },
        absent: ['from', 'to'],
      },
      { text: 'Tổng kết 15 năm thi hành Luật Thanh tra', kind: 'timeframe', expected: { unresolved: true, durationYears: 15 } },
      // With its years written, the span is those years.
      {
        text: 'Hội nghị sơ kết 5 năm thực hiện Nghị quyết 18 (2018 - 2023)',
        kind: 'timeframe',
        expected: { from: '2018-01-01', to: '2023-12-31' },
        absent: ['unresolved'],
      },
    ],
  'an estimated result ("ước đạt", "ước tính") is approximate': [
    {
      text: 'Lượng khách du lịch 6 tháng ước đạt 2,5 triệu lượt',
      kind: 'quota',
      expected: { count: 2_500_000, approx: true, unit: 'lượt', per: null, total: true },
    },
    { text: 'doanh thu ước tính khoảng 120 tỷ đồng', kind: 'quota', expected: { count: 120_000_000_000, approx: true, unit: 'đồng' } },
    { text: 'Năm 2024 ước đạt 1.200 tin, bài', kind: 'quota', expected: { count: 1200, approx: true, unit: 'tin, bài' } },
  ],
  'the counted unit is the noun as written with its list (commas, "và", "hoặc") and its level ("cấp xã"), up to a verb or a preposition': [
    {
      text: 'các xe loa tuyên truyền lưu động được bố trí tại 96 xã, phường, đặc khu',
      kind: 'quota',
      expected: { count: 96, unit: 'xã, phường, đặc khu', per: null, total: true },
    },
    {
      text: 'mỗi huyện chọn 3 xã, phường hoặc thị trấn',
      kind: 'quota',
      expected: { count: 3, unit: 'xã, phường hoặc thị trấn', perEntity: 'huyện' },
    },
    { text: 'mỗi đơn vị cấp huyện cử 5 cán bộ', kind: 'quota', expected: { count: 5, unit: 'cán bộ', perEntity: 'đơn vị cấp huyện' } },
    // A verb or a preposition still ends the unit; a number after "và" starts another count.
    { text: 'toàn tỉnh có 320 xã đạt yêu cầu', kind: 'quota', expected: { count: 320, unit: 'xã' } },
    // …but the standard met names which places are counted (the gold of rounds 12 and 14; see round 15's spec).
    { text: 'toàn tỉnh có 320 xã đạt chuẩn nông thôn mới', kind: 'quota', expected: { count: 320, unit: 'xã đạt chuẩn nông thôn mới' } },
    { text: 'thành phố có 579 xã, phường và 579 đài truyền thanh', kind: 'quota', expected: { count: 579, unit: 'xã, phường' } },
  ],
  'a report\'s status after its period ("Báo cáo năm chính thức", "báo cáo tháng sơ bộ") does not hide the period': [
    {
      text: 'Báo cáo năm chính thức: Gồm toàn bộ số liệu thực tế trong kỳ báo cáo (được tính từ ngày 01 tháng 01 đến hết ngày 31 thán',
      kind: 'reporting',
      expected: { periods: ['year'] },
      absent: ['dataWindow'],
    },
    {
      text: 'Báo cáo tháng sơ bộ gửi trước ngày 20 hằng tháng',
      kind: 'reporting',
      expected: { periods: ['month'], deadline: { before: { dayOfMonth: 20, month: 'same month' } } },
    },
    { text: 'Báo cáo quý chính thức gửi trước ngày 25/3', kind: 'reporting', expected: { periods: ['quarter'] } },
  ],
  'a list of news-like units with a period and no number ("đưa tin, ảnh") names no number, as "đưa tin" does; a list of countable things keeps its one':
    [
      {
        text: 'Hằng tuần đưa tin, ảnh về hoạt động của xã',
        kind: 'quota',
        expected: { count: null, unit: 'tin, ảnh', per: 'week' },
        absent: ['countImplicit'],
      },
      {
        text: 'Hằng tháng đăng tin, bài, ảnh lên trang Zalo',
        kind: 'quota',
        expected: { count: null, unit: 'tin, bài, ảnh', per: 'month' },
        absent: ['countImplicit'],
      },
      {
        text: 'Hằng quý cập nhật thông tin, hình ảnh lên cổng',
        kind: 'quota',
        expected: { count: null, unit: 'thông tin, hình ảnh', per: 'quarter' },
      },
      { text: 'Hằng tuần đưa tin và ảnh', kind: 'quota', expected: { count: null, unit: 'tin và ảnh', per: 'week' } },
      {
        text: 'Hàng tháng xây dựng chủ đề, chuyên mục',
        kind: 'quota',
        expected: { count: 1, countImplicit: true, unit: 'chủ đề, chuyên mục', per: 'month' },
      },
    ],
};

describeClasses('grammar: classes of real phrasing (round 12b)', CLASSES);

const pad = (n: number): string => String(n).padStart(2, '0');
/** A real calendar day from 1990 to 2049. */
const day = fc.record({ y: fc.integer({ min: 1990, max: 2049 }), dayOfYear: fc.integer({ min: 0, max: 364 }) }).map(({ y, dayOfYear }) => {
  const d = new Date(Date.UTC(y, 0, 1 + dayOfYear));
  return { y, m: d.getUTCMonth() + 1, d: d.getUTCDate() };
});

describe('grammar: round 12b classes over generated phrases', () => {
  it('a list of administrative units joined by commas, "và" or "hoặc" is one unit, in any order', () => {
    const units = ['xã', 'phường', 'thị trấn', 'đặc khu'];
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 999 }),
        fc.shuffledSubarray(units, { minLength: 2 }),
        fc.constantFrom('và', 'hoặc', ','),
        (n, list, last) => {
          const written = last === ',' ? list.join(', ') : `${list.slice(0, -1).join(', ')} ${last} ${list[list.length - 1]}`;
          const text = `đã bố trí loa tại ${n} ${written}`;
          expect(parsePhrase(text, { kind: 'quota' }).result, text).to.include({ count: n, unit: written });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('"ước đạt N <unit>" is about N, for any N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.constantFrom('lượt', 'tin, bài', 'người'), (n, unit) => {
        const text = `Kết quả ước đạt ${n} ${unit}`;
        expect(parsePhrase(text, { kind: 'quota' }).result, text).to.include({ count: n, approx: true, unit });
      }),
      { numRuns: 150 },
    );
  });

  it('"N năm thực hiện <programme>" with no years written is unresolved and N years long, for any N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.constantFrom('thực hiện', 'triển khai', 'thi hành'), (n, verb) => {
        const text = `Sơ kết ${n} năm ${verb} Đề án tuyên truyền`;
        const r = parsePhrase(text, { kind: 'timeframe', refDate: '2024-05-01' }).result;
        expect(r, text).to.include({ unresolved: true, durationYears: n });
        expect(r, text).not.to.have.property('from');
      }),
      { numRuns: 100 },
    );
  });

  it('"<item> (không quá N <length unit>)" is at most N per item, N written with or without a thousands dot', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 20_000 }),
        fc.constantFrom('Bài viết', 'Bài dự thi', 'Tác phẩm dự thi'),
        fc.constantFrom('từ', 'chữ'),
        fc.constantFrom('không quá', 'tối đa'),
        fc.boolean(),
        (n, item, unit, bound, brackets) => {
          const written = n >= 1000 ? n.toLocaleString('de-DE') : String(n);
          const limit = `${bound} ${written} ${unit}`;
          const text = brackets ? `${item} (${limit}).` : `${item} ${limit}.`;
          const r = parsePhrase(text, { kind: 'quota' }).result;
          expect(r, text).to.include({ count: n, atMost: true, unit, perItem: item.toLowerCase() });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('"ngày <name> d.m" is day d of month m of the document\'s year', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('Chuyển đổi số quốc gia', 'Pháp luật', 'Sách Việt Nam', 'Quốc tế Phụ nữ'), (t, name) => {
        const text = `Hưởng ứng ngày ${name} ${t.d}.${t.m}`;
        const r = parsePhrase(text, { kind: 'timeframe', refDate: `${t.y}-01-01` }).result;
        expect(r, text).to.include({ date: `${t.y}-${pad(t.m)}-${pad(t.d)}`, yearInferred: true });
      }),
      { numRuns: 200 },
    );
  });

  it('without its year an unaccented "ngay D thang M" is no date ("ngay" alone is too weak a sign)', () => {
    expect(() => parsePhrase('ngay 12 thang 01', { kind: 'timeframe', refDate: '2024-05-05' })).to.throw(/Không đọc được/u);
  });

  it('an unaccented "ngay D thang M nam Y" is the date D/M/Y, padded or not', () => {
    fc.assert(
      fc.property(day, fc.boolean(), fc.constantFrom('nam', 'nm'), (t, padded, nam) => {
        const text = `ngay ${padded ? pad(t.d) : t.d} thang ${padded ? pad(t.m) : t.m} ${nam} ${t.y}`;
        expect(parsePhrase(text, { kind: 'timeframe' }).result, text).to.include({ date: `${t.y}-${pad(t.m)}-${pad(t.d)}` });
      }),
      { numRuns: 200 },
    );
  });

  it('a data window of 3, 6, 9 or 12 months ending on any day is that report, and its deadline is the "gửi" day', () => {
    const ends: [number, string, number | undefined][] = [
      [3, 'quarter', 1],
      [6, 'half-year', undefined],
      [9, 'nine-months', undefined],
      [12, 'year', undefined],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...ends),
        fc.integer({ min: 10, max: 25 }),
        fc.integer({ min: 1, max: 3 }),
        ([endMonth, period, q], d, lag) => {
          const text = `Báo cáo trong kỳ từ ngày ${d + 1} tháng 12 năm trước đến ngày ${d} tháng ${endMonth}. Gửi báo cáo chậm nhất vào ngày ${d + lag} tháng ${endMonth}.`;
          const r = parsePhrase(text, { kind: 'reporting' }).result;
          expect(r['periods'], text).to.deep.equal([period]);
          if (q !== undefined) expect(r['quarter'], text).to.equal(q);
          expect(r['deadline'], text).to.deep.equal({ onOrBefore: `--${pad(endMonth)}-${pad(d + lag)}`, recurring: 'yearly' });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a deadline reads the same whatever look-alike letters stand in its words', () => {
    const swaps: Record<string, readonly string[]> = { c: ['ᴄ', 'с'], v: ['ᴠ'], y: ['у', 'ʏ'], o: ['о', 'ᴏ'] };
    fc.assert(
      fc.property(day, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), fc.nat(), (t, picks, seed) => {
        const plain = `Các cơ quan gửi báo cáo về Sở trước ngày ${t.d}/${t.m}/${t.y}`;
        let k = 0;
        const disguised = plain.replace(/[cvyo]/g, (ch) => {
          const options = swaps[ch]!;
          return picks[k++ % picks.length] ? options[(seed + k) % options.length]! : ch;
        });
        const r = parsePhrase(disguised, { kind: 'deadline' }).result;
        expect(r, disguised).to.deep.include({ before: `${t.y}-${pad(t.m)}-${pad(t.d)}` });
      }),
      { numRuns: 200 },
    );
  });
});
