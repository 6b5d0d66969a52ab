/**
 * Round 12: for each class of miss found on the round's allowed sets, and for classes real plans
 * and reporting rules use that our sets hold few of, other sentences of the same shape, written
 * with the reading SCHEMA.md asks for. They guard the class, not the phrase that showed it.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { parsePhrase } from '../../../src/domain/grammar/parse-phrase.js';
import { type ClassCase, describeClasses, expectSameInNfd } from './phrase-expectations.js';

const CLASSES: Record<string, readonly ClassCase[]> = {
  'a month named relative to the period, however its parts are joined ("của", "trong", "tiếp theo", "kế tiếp", a doubled "tháng")': [
    {
      text: 'chậm nhất vào ngày 10 tháng đầu của quý tiếp theo',
      kind: 'deadline',
      expected: { onOrBefore: { dayOfMonth: 10, month: 'first month of the next quarter' } },
    },
    {
      text: 'Chậm nhất ngày 15 tháng đầu tiên của quý kế tiếp',
      kind: 'deadline',
      expected: { onOrBefore: { dayOfMonth: 15, month: 'first month of the next quarter' } },
    },
    {
      text: 'trước ngày 10 của tháng cuối cùng trong quý',
      kind: 'deadline',
      expected: { before: { dayOfMonth: 10, month: 'last month of the quarter' } },
    },
    {
      text: 'Báo cáo quý gửi trước ngày 08 tháng cuối của mỗi quý',
      kind: 'reporting',
      expected: { periods: ['quarter'], deadline: { before: { dayOfMonth: 8, month: 'last month of the quarter' } } },
    },
    {
      text: 'Ngày 15 tháng sau tháng tháng báo cáo',
      kind: 'deadline',
      expected: { onOrBefore: { dayOfMonth: 15, month: 'month after the reporting month' } },
    },
    {
      text: 'chậm nhất ngày 22 tháng cuối kỳ báo cáo',
      kind: 'deadline',
      expected: { onOrBefore: { dayOfMonth: 22, month: 'last month of the period' } },
    },
    {
      text: 'gửi trước ngày 03 của tháng liền sau tháng báo cáo',
      kind: 'deadline',
      expected: { before: { dayOfMonth: 3, month: 'month after the reporting month' } },
    },
    // A bare "tháng cuối" with no period after it says nothing of a quarter.
    { text: 'trước ngày 20 tháng cuối năm', kind: 'deadline', absent: ['onOrBefore'], expected: {} },
  ],
  'a count of "buổi" with its parts of the day before the period ("hai buổi sáng-chiều/ngày, 5 ngày/tuần")': [
    {
      text: 'phát loa tối đa hai buổi sáng-chiều/ngày, 6 ngày/tuần',
      kind: 'quota',
      expected: { count: 2, atMost: true, unit: 'buổi', per: 'day', partsOfDay: ['morning', 'afternoon'] },
    },
    {
      text: 'Đài xã phát 03 buổi sáng, trưa, chiều/ngày, 7 ngày/tuần',
      kind: 'quota',
      expected: { count: 3, unit: 'buổi', per: 'day', partsOfDay: ['morning', 'noon', 'afternoon'] },
    },
    {
      text: 'Tiếp công dân tối thiểu 2 buổi sáng/tuần',
      kind: 'quota',
      expected: { count: 2, atLeast: true, unit: 'buổi', per: 'week', partOfDay: 'morning' },
    },
    { text: 'phát thanh 2 buổi sáng và chiều/ngày', kind: 'quota', expected: { count: 2, unit: 'buổi', per: 'day' } },
  ],
  'a date moved to another day ("được chuyển sang", "dời sang", "lùi lại đến", "hoãn từ … đến …") is the new day': [
    {
      text: 'Ngày 2/9/2025 trùng ngày Quốc khánh nên buổi tiếp dân được chuyển sang thứ Tư ngày 03/9/2025.',
      kind: 'timeframe',
      expected: { date: '2025-09-03' },
      absent: ['from', 'to'],
    },
    { text: 'Hội nghị đối thoại dự kiến ngày 12/5/2024 được dời sang ngày 19/5', kind: 'timeframe', expected: { date: '2024-05-19' } },
    { text: 'Buổi phát động ngày 8/3/2023 lùi lại đến ngày 15/3/2023', kind: 'timeframe', expected: { date: '2023-03-15' } },
    { text: 'Lễ tổng kết được hoãn từ ngày 20/12 đến ngày 27/12/2024', kind: 'timeframe', expected: { date: '2024-12-27' } },
    {
      text: 'Ngày 30/4/2024 là ngày nghỉ lễ, do đó chuyển sang tiếp công dân vào ngày 02/5/2024',
      kind: 'timeframe',
      expected: { date: '2024-05-02' },
    },
    // "chuyển đến" sends a paper somewhere; its deadline is no new day.
    {
      text: 'Hồ sơ chuyển đến Sở Nội vụ từ ngày 01/6/2024 đến ngày 15/6/2024',
      kind: 'timeframe',
      expected: { from: '2024-06-01', to: '2024-06-15' },
      absent: ['date'],
    },
  ],
  'a closing "hằng năm" is said of every day of a list that names no year, each with its own "trước"': [
    {
      text: 'trước ngày 15/6 và trước ngày 15/12 hằng năm',
      kind: 'deadline',
      expected: { before: '--06-15', recurring: 'yearly' },
      absent: ['yearUnspecified'],
    },
    {
      text: 'Chậm nhất ngày 20/5 và chậm nhất ngày 20/11 hàng năm',
      kind: 'deadline',
      expected: { onOrBefore: '--05-20', recurring: 'yearly' },
    },
    // A year written on one of them is that year, not a yearly day.
    { text: 'trước ngày 15/6/2025 và trước ngày 15/12 hằng năm', kind: 'deadline', expected: { before: '2025-06-15' } },
  ],
  'a lead time before an event, counted back ("tính đến") or written after the event': [
    { text: 'Trước 30 ngày tính đến ngày bầu cử', kind: 'deadline', expected: { before: { daysBefore: 30, event: 'ngày bầu cử' } } },
    {
      text: 'niêm yết trước ngày khai mạc kỳ họp 07 ngày',
      kind: 'deadline',
      expected: { before: { daysBefore: 7, event: 'ngày khai mạc kỳ họp' } },
    },
    {
      text: 'gửi giấy mời trước ngày tổ chức đối thoại 05 ngày làm việc',
      kind: 'deadline',
      expected: { before: { daysBefore: 5, event: 'ngày tổ chức đối thoại', workingDays: true } },
    },
    // With no count after it the event is the deadline.
    { text: 'trước ngày khai mạc Hội thi', kind: 'deadline', expected: { before: { event: 'ngày khai mạc Hội thi' } } },
  ],
  'a month or day before "đến hết năm YYYY" is of that year, not the year before ("năm nay" binds the document\'s year)': [
    { text: 'Từ tháng 6 đến hết năm 2025', kind: 'timeframe', expected: { from: '2025-06-01', to: '2025-12-31' } },
    { text: 'từ ngày 15/10 đến hết năm 2024', kind: 'timeframe', expected: { from: '2024-10-15', to: '2024-12-31' } },
    { text: 'Thời gian: từ Quý III đến cuối năm 2026', kind: 'timeframe', expected: { from: '2026-07-01', to: '2026-12-31' } },
    // A later month with its year still makes the first one of the year before.
    { text: 'từ tháng 11 đến tháng 2/2026', kind: 'timeframe', expected: { from: '2025-11-01', to: '2026-02-28' } },
    {
      text: 'Từ tháng 9 năm nay đến hết năm 2026',
      kind: 'timeframe',
      refDate: '2025-03-01',
      expected: { from: '2025-09-01', to: '2026-12-31', yearInferred: true },
    },
  ],
  'weeks of the month listed ("tuần thứ hai và thứ tư"): the later "thứ tư" is the fourth week, not Wednesday': [
    {
      text: 'Chuyên mục phát vào tối thứ Sáu tuần thứ hai và thứ tư hằng tháng',
      kind: 'quota',
      expected: { per: 'month', weekday: 'friday', weekOfMonth: 2, weeksOfMonth: [2, 4], count: 2, countImplicit: true },
      absent: ['weekdays'],
    },
    {
      text: 'sinh hoạt vào tuần thứ 1 và tuần thứ 3 hàng tháng',
      kind: 'quota',
      expected: { per: 'month', weekOfMonth: 1, weeksOfMonth: [1, 3], count: 2 },
    },
    // One week, and a weekday that is Wednesday.
    {
      text: 'họp vào thứ tư tuần thứ ba hằng tháng',
      kind: 'quota',
      expected: { weekday: 'wednesday', weekOfMonth: 3, count: 1 },
      absent: ['weeksOfMonth'],
    },
  ],
  'a rerun said after the slot ("…, phát lại vào 10 giờ thứ Tư") is no second occasion': [
    {
      text: 'Phát sóng vào 20 giờ thứ Ba hằng tuần, phát lại vào 10 giờ thứ Tư',
      kind: 'quota',
      expected: { per: 'week', count: 1, weekday: 'tuesday', timeOfDay: '20:00' },
      absent: ['weekdays', 'timesOfDay'],
    },
    {
      text: 'Chương trình lên sóng lúc 19h00 thứ Bảy hàng tuần (phát lại 6h00 Chủ nhật)',
      kind: 'quota',
      expected: { per: 'week', count: 1, weekday: 'saturday', timeOfDay: '19:00' },
      absent: ['weekdays'],
    },
    {
      text: 'Mỗi tuần 01 kỳ vào sáng thứ Hai; phát lại vào chiều thứ Năm',
      kind: 'quota',
      expected: { count: 1, unit: 'kỳ', per: 'week', weekday: 'monday', partOfDay: 'morning' },
    },
    {
      text: 'phát 2 lần/tuần vào thứ Ba và thứ Sáu, phát lại 1 lần vào Chủ nhật',
      kind: 'quota',
      expected: { count: 2, unit: 'lần', per: 'week', weekdays: ['tuesday', 'friday'] },
    },
    // A phrase that is only the rerun's slot is read as a slot.
    {
      text: 'phát lại vào 9 giờ sáng Chủ nhật hằng tuần',
      kind: 'quota',
      expected: { per: 'week', count: 1, weekday: 'sunday', timeOfDay: '09:00' },
    },
  ],
  'a rate only pointed to ("Tần suất: Theo kế hoạch") is unresolved, with no count and no period': [
    { text: 'Tần suất: Theo kế hoạch', kind: 'quota', expected: { count: null, per: null, unresolved: true } },
    { text: 'Tần suất: theo lịch phát sóng của Đài huyện', kind: 'quota', expected: { count: null, per: null, unresolved: true } },
    // A rate written out is read, whatever paper it follows.
    { text: 'Phát 2 lần/ngày theo kế hoạch', kind: 'quota', expected: { count: 2, unit: 'lần', per: 'day' }, absent: ['unresolved'] },
  ],
  'a deadline moved ("được điều chỉnh sang trước ngày Y", "gia hạn đến ngày Y") is the new day': [
    {
      text: 'thời hạn gửi báo cáo trước ngày 15/6/2025 được điều chỉnh sang trước ngày 20/6/2025',
      kind: 'deadline',
      expected: { before: '2025-06-20' },
    },
    { text: 'Hạn nộp bài chậm nhất ngày 10/11, nay gia hạn đến ngày 20/11/2024', kind: 'deadline', expected: { onOrBefore: '2024-11-20' } },
    { text: 'Hạn nộp hồ sơ được lùi đến ngày 30/6/2025', kind: 'deadline', expected: { onOrBefore: '2025-06-30' } },
    // Sending a report somewhere moves nothing.
    { text: 'Báo cáo gửi đến Sở Nội vụ trước ngày 05/12/2025', kind: 'deadline', expected: { before: '2025-12-05' } },
  ],
};

describeClasses('grammar: classes of real phrasing (round 12)', CLASSES);

describe('grammar: round 12 classes over generated phrasings', () => {
  it('a day of a month named relative to the quarter reads the same whatever link words join it', () => {
    const position = fc.constantFrom(['đầu', 'first'], ['đầu tiên', 'first'], ['cuối', 'last'], ['cuối cùng', 'last']);
    const link = fc.constantFrom('', 'của ', 'trong ', 'của mỗi ');
    const next = fc.constantFrom(
      ['', ''],
      [' sau', 'next '],
      [' tiếp theo', 'next '],
      [' kế tiếp', 'next '],
      [' sau quý báo cáo', 'next '],
    );
    const keyword = fc.constantFrom(['trước ngày', 'before'], ['chậm nhất ngày', 'onOrBefore'], ['chậm nhất là ngày', 'onOrBefore']);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), position, link, next, keyword, (d, [pw, pos], l, [nw, nx], [kw, field]) => {
        const text = `${kw} ${String(d).padStart(2, '0')} tháng ${pw} ${l}quý${nw}`.replace(/\s+/gu, ' ');
        const r = parsePhrase(text, { kind: 'deadline' }).result;
        expect(r[field], text).to.deep.equal({ dayOfMonth: d, month: `${pos} month of the ${nx}quarter` });
      }),
      { numRuns: 300 },
    );
  });

  it('N buổi with its parts of the day, then a second rate: the first is the quota', () => {
    const parts = fc.constantFrom<[string, string[]]>(
      ['sáng', ['morning']],
      ['sáng-chiều', ['morning', 'afternoon']],
      ['sáng, chiều', ['morning', 'afternoon']],
      ['sáng và tối', ['morning', 'evening']],
    );
    const qual = fc.constantFrom(['', undefined], ['tối đa ', 'atMost'], ['ít nhất ', 'atLeast'], ['không quá ', 'atMost']);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), parts, qual, fc.integer({ min: 2, max: 7 }), (n, [pw, pods], [qw, q], days) => {
        const text = `phát ${qw}${n} buổi ${pw}/ngày, ${days} ngày/tuần`;
        const r = parsePhrase(text, { kind: 'quota' }).result;
        expect(r, text).to.include({ count: n, unit: 'buổi', per: 'day' });
        if (q) expect(r[q], text).to.equal(true);
        if (pods.length > 1) expect(r['partsOfDay'], text).to.deep.equal(pods);
        else expect(r['partOfDay'], text).to.equal(pods[0]);
      }),
      { numRuns: 300 },
    );
  });

  it('a day moved to another, written with any of the verbs, is the new day; its year may come from the old one', () => {
    const verb = fc.constantFrom('được chuyển sang', 'chuyển sang', 'dời sang', 'được dời lại sang', 'lùi sang', 'lùi lại đến', 'hoãn đến');
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2049 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 7 }),
        verb,
        fc.boolean(),
        (y, m, d, shift, v, yearOnNew) => {
          const d2 = d + shift;
          const text = `Buổi đối thoại ngày ${d}/${m}${yearOnNew ? '' : `/${y}`} ${v} ngày ${d2}/${m}${yearOnNew ? `/${y}` : ''}`;
          const r = parsePhrase(text, { kind: 'timeframe' }).result;
          expect(r['date'], text).to.equal(`${y}-${String(m).padStart(2, '0')}-${String(d2).padStart(2, '0')}`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a list of days-and-months closed by "hằng năm" is yearly from its first day, whatever words lead each', () => {
    const lead = fc.constantFrom<[string, string]>(
      ['trước ngày', 'before'],
      ['chậm nhất ngày', 'onOrBefore'],
      ['chậm nhất là ngày', 'onOrBefore'],
    );
    const yearly = fc.constantFrom('hằng năm', 'hàng năm');
    const joint = fc.constantFrom(' và ', ', ', '; ');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 7, max: 12 }),
        lead,
        joint,
        yearly,
        fc.boolean(),
        (m1, d, m2, [kw, field], j, y, repeat) => {
          const text = `${kw} ${d}/${m1}${j}${repeat ? `${kw} ` : ''}${d}/${m2} ${y}`;
          const r = parsePhrase(text, { kind: 'deadline' }).result;
          expect(r[field], text).to.equal(`--${String(m1).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
          expect(r['recurring'], text).to.equal('yearly');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('from a month or a day to the end of a written year is within that year', () => {
    const end = fc.constantFrom('đến hết năm', 'đến cuối năm', 'đến năm');
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2049 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.boolean(),
        end,
        (y, m, d, withDay, e) => {
          const text = withDay ? `từ ngày ${d}/${m} ${e} ${y}` : `Từ tháng ${m} ${e} ${y}`;
          const r = parsePhrase(text, { kind: 'timeframe' }).result;
          const pad = (n: number) => String(n).padStart(2, '0');
          expect(r['from'], text).to.equal(`${y}-${pad(m)}-${withDay ? pad(d) : '01'}`);
          expect(r['to'], text).to.equal(`${y}-12-31`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a list of ordinal weeks keeps every week and counts one occasion for each', () => {
    const ORD = ['', 'nhất', 'hai', 'ba', 'tư', 'năm'];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 3 }),
        fc.boolean(),
        fc.boolean(),
        (weeks, words, repeat) => {
          const sorted = [...weeks].sort((a, b) => a - b);
          const name = (n: number) => (words && n > 1 ? ORD[n]! : String(n));
          const text = `họp vào tuần thứ ${sorted.map((n) => name(n)).join(repeat ? ' và tuần thứ ' : ' và thứ ')} hằng tháng`;
          const r = parsePhrase(text, { kind: 'quota' }).result;
          expect(r['weeksOfMonth'], text).to.deep.equal(sorted);
          expect(r['weekOfMonth'], text).to.equal(sorted[0]);
          expect(r, text).to.include({ per: 'month', count: sorted.length });
          expect(r, text).not.to.have.property('weekday');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every class example reads the same in NFD as in NFC', () => expectSameInNfd(CLASSES));
});
