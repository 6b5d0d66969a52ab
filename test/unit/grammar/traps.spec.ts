/** The traps section of SCHEMA.md, one test each, plus the behaviour around them. */
import { expect } from 'chai';
import { parsePhrase } from '../../../src/domain/grammar/parse-phrase.js';
import type { PhraseKind, PhraseReading } from '../../../src/domain/grammar/phrase.types.js';
import { encodeLegacyVietnamese } from '../../../src/domain/text/legacy-encoding.js';

const read = (text: string, kind: PhraseKind, refDate?: string): PhraseReading => parsePhrase(text, { kind, refDate });
const spanText = (r: PhraseReading, field: string): string => {
  const s = r.spans[field];
  expect(s, `span of ${field}`).to.not.equal(undefined);
  return r.normalized.slice(s!.start, s!.end);
};

describe('grammar: traps', () => {
  describe('slashes that are not "per"', () => {
    it('HIV/AIDS inside a campaign name', () => {
      const r = read('Trong Tháng hành động quốc gia phòng, chống HIV/AIDS có tối thiểu 02 chuyên mục', 'quota');
      expect(r.result['per']).to.equal('campaign');
      expect(r.result['count']).to.equal(2);
    });
    it('a document number is not a quota period', () => {
      const r = read('Thực hiện Kế hoạch số 465/KH-UBND, mỗi tháng 02 tin', 'quota');
      expect(r.result).to.deep.include({ count: 2, unit: 'tin', per: 'month' });
    });
    it('"video/phóng sự" is one unit, not "per phóng sự"', () => {
      const r = read('02 video/phóng sự mỗi quý', 'quota');
      expect(r.result).to.deep.include({ count: 2, unit: 'video/phóng sự', per: 'quarter' });
    });
    it('a date is not a ratio', () => {
      const r = read('ngày 11/3/2024', 'timeframe');
      expect(r.result['date']).to.equal('2024-03-11');
    });
    it('57-NQ/TW is neither a range nor a date', () => {
      const r = read('Tuyên truyền Nghị quyết 57-NQ/TW trong năm 2025', 'timeframe');
      expect(r.result).to.deep.include({ from: '2025-01-01', to: '2025-12-31' });
    });
  });

  describe('hyphens', () => {
    it('"ngày 3-12" is 3 December', () => {
      expect(read('kéo dài đến hết ngày 3-12', 'timeframe', '2022-06-30').result['to']).to.equal('2022-12-03');
    });
    it('"tháng 10 - 2020" is a month', () => {
      expect(read('tháng 10 - 2020', 'timeframe').result).to.deep.include({ from: '2020-10-01', to: '2020-10-31' });
    });
    it('"2011 - 2020" is a range of years', () => {
      expect(read('giai đoạn 2011 - 2020', 'timeframe').result).to.deep.include({ from: '2011-01-01', to: '2020-12-31' });
    });
    it('"10-15 phút" and "10–15 phút" are ranges of minutes', () => {
      for (const t of ['(10-15 phút)', '(10–15 phút)', '(10 - 15 phút)', '(từ 10 đến 15 phút)']) {
        expect(read(`Mỗi tháng 01 chương trình ${t}`, 'quota').result, t).to.deep.include({ durationMin: 10, durationMax: 15 });
      }
    });
  });

  describe('a year or month written only on the end', () => {
    it('takes month and year from the end date', () => {
      expect(read('từ ngày 14 đến ngày 20/4/2025', 'timeframe').result).to.deep.include({ from: '2025-04-14', to: '2025-04-20' });
    });
    it('goes back a year when the start month is after the end month', () => {
      expect(read('từ ngày 15/12 đến ngày 14/3/2025', 'timeframe').result).to.deep.include({ from: '2024-12-15', to: '2025-03-14' });
    });
  });

  describe('inclusive and exclusive ends', () => {
    it('"trước tháng 10/2024" is before 1 October', () => {
      expect(read('trước tháng 10/2024', 'deadline').result).to.deep.equal({ before: '2024-10-01' });
    });
    it('"trước ngày" excludes, "chậm nhất là" includes', () => {
      expect(read('trước ngày 15/12/2026', 'deadline').result).to.deep.equal({ before: '2026-12-15' });
      expect(read('chậm nhất là ngày 15/12/2026', 'deadline').result).to.deep.equal({ onOrBefore: '2026-12-15' });
    });
    it('"đến hết ngày" includes the day', () => {
      expect(read('từ ngày 01/3/2024 đến hết ngày 31/3/2024', 'timeframe').result).to.deep.include({ to: '2024-03-31' });
    });
  });

  describe('word numerals and "năm"', () => {
    const words: Array<[string, number]> = [
      ['một', 1],
      ['hai', 2],
      ['ba', 3],
      ['bốn', 4],
      ['năm', 5],
      ['sáu', 6],
      ['bảy', 7],
      ['tám', 8],
      ['chín', 9],
      ['mười', 10],
      ['mười lăm', 15],
      ['hai mươi', 20],
    ];
    for (const [word, n] of words) {
      it(`"${word} tin mỗi tháng" counts ${n}`, () => {
        expect(read(`${word} tin mỗi tháng`, 'quota').result).to.deep.include({ count: n, unit: 'tin', per: 'month' });
      });
    }
    it('"năm" after "hằng" or in a list is the year', () => {
      expect(read('hàng Quý, 6 tháng, năm', 'reporting').result['periods']).to.deep.equal(['quarter', 'half-year', 'year']);
      expect(read('ít nhất hai lần trong năm', 'quota').result).to.deep.include({ count: 2, per: 'year' });
    });
  });

  describe('weekdays and ordinals', () => {
    const days: Array<[string, string]> = [
      ['thứ 2', 'monday'],
      ['thứ 3', 'tuesday'],
      ['thứ 4', 'wednesday'],
      ['thứ 5', 'thursday'],
      ['thứ 6', 'friday'],
      ['thứ 7', 'saturday'],
      ['thứ Hai', 'monday'],
      ['thứ Ba', 'tuesday'],
      ['thứ Tư', 'wednesday'],
      ['thứ Năm', 'thursday'],
      ['thứ Sáu', 'friday'],
      ['thứ Bảy', 'saturday'],
      ['Chủ nhật', 'sunday'],
    ];
    for (const [text, wd] of days) {
      it(`"${text}" is ${wd}`, () => {
        expect(read(`phát vào ${text} hằng tuần`, 'quota').result).to.deep.include({ weekday: wd, per: 'week', count: 1 });
      });
    }
    it('"tuần thứ ba" is the third week, "thứ ba" alone is Tuesday', () => {
      const r = read('vào thứ ba tuần thứ ba hằng tháng', 'quota');
      expect(r.result).to.deep.include({ weekday: 'tuesday', weekOfMonth: 3 });
      expect(spanText(r, 'weekday')).to.equal('thứ ba');
      expect(spanText(r, 'weekOfMonth')).to.equal('tuần thứ ba');
    });
    it('"tuần cuối" is the last week', () => {
      expect(read('sáng thứ 7 tuần cuối mỗi tháng', 'quota').result).to.deep.include({
        weekOfMonth: 'last',
        weekday: 'saturday',
        partOfDay: 'morning',
      });
    });
    it('"lần thứ hai" is not a Monday', () => {
      const r = read('tổ chức lần thứ hai trong năm', 'quota');
      expect(r.result).to.not.have.property('weekday');
    });
  });

  describe('clock times and durations', () => {
    const clocks: Array<[string, string]> = [
      ['11h05', '11:05'],
      ['08h00', '08:00'],
      ['07 giờ 00 phút', '07:00'],
      ['lúc 5 giờ 30', '05:30'],
      ['19:30', '19:30'],
    ];
    for (const [text, time] of clocks) {
      it(`"${text}" is ${time}`, () => {
        expect(read(`phát ${text} hằng ngày`, 'quota').result).to.deep.include({ timeOfDay: time });
      });
    }
    const durations: Array<[string, number, number]> = [
      ['60 phút', 60, 60],
      ['2 tiếng', 120, 120],
      ['1 giờ 30 phút', 90, 90],
      ['1,5 giờ', 90, 90],
      ['10-15 phút', 10, 15],
    ];
    for (const [text, min, max] of durations) {
      it(`"thời lượng ${text}" lasts ${min}–${max} minutes`, () => {
        expect(read(`mỗi tuần 01 chương trình, thời lượng ${text}`, 'quota').result).to.deep.include({
          durationMin: min,
          durationMax: max,
        });
      });
    }
  });

  it('"hằng" and "hàng" are the same', () => {
    expect(read('hằng tháng 02 tin', 'quota').result).to.deep.include({ per: 'month', count: 2 });
    expect(read('hàng tháng 02 tin', 'quota').result).to.deep.include({ per: 'month', count: 2 });
  });

  it('zero padding is read as the number', () => {
    expect(read('003 tin/tháng', 'quota').result).to.deep.include({ count: 3 });
  });

  it('a horizon is not the end of the window', () => {
    const r = read('giai đoạn 2022-2025, tầm nhìn đến năm 2030', 'timeframe');
    expect(r.result).to.deep.include({ from: '2022-01-01', to: '2025-12-31', horizon: '2030-12-31' });
  });

  it('a delta in brackets is not the quota', () => {
    const r = read('5 lần/ngày (tăng 3 lần/ngày so với năm trước)', 'quota');
    expect(r.result).to.deep.include({ count: 5, unit: 'lần', per: 'day' });
    expect(spanText(r, 'count')).to.equal('5');
  });

  describe('text hygiene before reading', () => {
    it('line breaks and doubled spaces in the middle', () => {
      expect(read('03  tin,\n bài/\ntháng', 'quota').result).to.deep.include({ count: 3, unit: 'tin, bài', per: 'month' });
    });
    it('NFD input', () => {
      expect(read('Trước ngày 30/11/2025'.normalize('NFD'), 'deadline').result).to.deep.equal({ before: '2025-11-30' });
    });
    it('TCVN3 input', () => {
      const legacy = encodeLegacyVietnamese('Mỗi tháng 01 chương trình (10-15 phút)', 'tcvn3');
      expect(read(legacy, 'quota').result).to.deep.include({ count: 1, unit: 'chương trình', per: 'month', durationMin: 10 });
    });
    it('VNI input', () => {
      const legacy = encodeLegacyVietnamese('định kỳ hàng quý, 6 tháng, 9 tháng, năm', 'vni');
      expect(read(legacy, 'reporting').result['periods']).to.deep.equal(['quarter', 'half-year', 'nine-months', 'year']);
    });
  });

  describe('spans and rules', () => {
    it('every field of the seed quota points at its words', () => {
      const r = read('Tần suất: 03 tin, bài/tháng.', 'quota');
      expect(spanText(r, 'count')).to.equal('03');
      expect(spanText(r, 'unit')).to.equal('tin, bài');
      expect(spanText(r, 'per')).to.equal('/tháng');
      expect(r.rules).to.include('quota.count-unit').and.include('quota.period');
    });
    it('spans of a range point at each end', () => {
      const r = read('từ ngày 14 đến ngày 20/4/2025', 'timeframe');
      expect(spanText(r, 'from')).to.equal('ngày 14');
      expect(spanText(r, 'to')).to.equal('ngày 20/4/2025');
      expect(r.rules).to.include('timeframe.range');
    });
  });

  describe('a unit named with its gloss', () => {
    it('"mỗi đơn vị (UBND xã, thị trấn)" keeps the gloss in perEntity, and reads the range', () => {
      const r = read('mỗi đơn vị (UBND xã, thị trấn) có ít nhất 1 tác phẩm dự thi, tối đa không quá 2 tác phẩm', 'quota');
      expect(r.result).to.deep.include({ perEntity: 'đơn vị (UBND xã, thị trấn)', countMin: 1, countMax: 2, unit: 'tác phẩm', per: null });
    });
  });

  describe('lunar dates', () => {
    it('"Rằm tháng Giêng năm 2025" and "từ mùng 2 đến mùng 6 Tết Bính Ngọ" are their solar dates', () => {
      expect(read('vào dịp Rằm tháng Giêng năm 2025', 'timeframe').result).to.deep.include({ date: '2025-02-12' });
      expect(read('từ mùng 2 đến mùng 6 Tết Bính Ngọ', 'timeframe').result).to.deep.include({ from: '2026-02-18', to: '2026-02-22' });
    });

    it('a lunar day that does not exist ("mùng 30 tháng Chạp năm Giáp Thìn", a 29-day month) is an impossible date, never a stored one', () => {
      expect(() => read('ngày 30 tháng Chạp năm Giáp Thìn', 'timeframe'))
        .to.throw()
        .with.property('code', 'PHRASE_DATE_IMPOSSIBLE');
      expect(read('trước ngày 23 tháng Chạp năm Giáp Thìn', 'deadline').result).to.deep.include({ before: '2025-01-22' });
    });
  });

  describe('a number written twice', () => {
    it('"05 (năm)" is one count; "05 (sáu)" disagrees with itself, so no number is guessed', () => {
      expect(read('Tần suất: 05 (năm) tin, bài/quý', 'quota').result).to.deep.include({ count: 5, unit: 'tin, bài', per: 'quarter' });
      expect(read('Tần suất: 05 (sáu) tin, bài/quý', 'quota').result).to.deep.include({ count: null, per: 'quarter' });
    });
  });
  describe('impossible dates', () => {
    const refused = (text: string, kind: PhraseKind): { code: string; evidence: Record<string, unknown>; message: string } => {
      try {
        read(text, kind);
      } catch (err) {
        return err as { code: string; evidence: Record<string, unknown>; message: string };
      }
      throw new Error(`"${text}" was read`);
    };

    it('"Trước ngày 30/02/2024" is an error naming the day and its span, never "2024-02-30"', () => {
      const err = refused('Trước ngày 30/02/2024', 'deadline');
      expect(err.code).to.equal('PHRASE_DATE_IMPOSSIBLE');
      expect(err.message).to.equal('Ngày "30/02/2024" không có thật: tháng 2/2024 chỉ có 29 ngày.');
      expect(err.evidence['span']).to.deep.equal({ start: 6, end: 21 });
    });

    it('every written form is checked: d/m/y, "ngày d tháng m năm y", d-m-y, y-m-d, and a day-month with no year', () => {
      expect(refused('Cập nhật 2021-02-30 08:15', 'timeframe').code).to.equal('PHRASE_DATE_IMPOSSIBLE');
      expect(refused('ngày 31 tháng 4 năm 2025', 'timeframe').code).to.equal('PHRASE_DATE_IMPOSSIBLE');
      expect(refused('từ 31-6-2025 đến 10-7-2025', 'timeframe').code).to.equal('PHRASE_DATE_IMPOSSIBLE');
      expect(refused('trước ngày 30/2 hằng năm', 'deadline').code).to.equal('PHRASE_DATE_IMPOSSIBLE');
      expect(refused('29/02/2023', 'timeframe').message).to.include('tháng 2/2023 chỉ có 28 ngày');
      // The vi-VN long date and a portal's American stamp are checked too.
      expect(refused('31 Tháng Tư 2021 9:50:00 SA', 'timeframe').code).to.equal('PHRASE_DATE_IMPOSSIBLE');
      expect(refused('2/30/23 5:18 PM', 'timeframe').message).to.include('tháng 2/2023 chỉ có 28 ngày');
      expect(refused('Feb 30, 2023', 'timeframe').message).to.include('tháng 2/2023 chỉ có 28 ngày');
      // A blank before the first slash, a news lead whose day takes its year from the period after it, a tight day range.
      expect(refused('ngày 31 /4/2022', 'timeframe').code).to.equal('PHRASE_DATE_IMPOSSIBLE');
      expect(refused('Sáng ngày 30/2, UBND xã tổ chức sơ kết quý I năm 2024', 'timeframe').code).to.equal('PHRASE_DATE_IMPOSSIBLE');
      expect(refused('từ ngày 30-31/2', 'timeframe').code).to.equal('PHRASE_DATE_IMPOSSIBLE');
    });

    it('a span whose end comes before its start, every year written, is an error with the span; a span over New Year is read', () => {
      const err = refused('từ 24/9/2016 đến 26/08/2016', 'timeframe');
      expect(err.code).to.equal('PHRASE_SPAN_REVERSED');
      expect(err.message).to.equal('Khoảng thời gian ngược: ngày bắt đầu 24/09/2016 sau ngày kết thúc 26/08/2016.');
      expect(err.evidence['span']).to.deep.equal({ start: 3, end: 27 });
      expect(refused('ngày 5, 3/4/2024', 'timeframe').code).to.equal('PHRASE_SPAN_REVERSED');
      expect(read('từ 15/12/2024 đến 15/1/2025', 'timeframe').result).to.deep.include({ from: '2024-12-15', to: '2025-01-15' });
    });

    it('a real 29 February is read', () => {
      expect(read('Trước ngày 29/02/2024', 'deadline').result).to.deep.include({ before: '2024-02-29' });
    });
  });

  describe('numbers that are not given', () => {
    it('"Hằng tuần đưa tin", "mỗi tuần vài tin", "một số tin, bài" give count null, never 1', () => {
      expect(read('Hằng tuần đưa tin', 'quota').result).to.deep.include({ count: null, per: 'week' });
      expect(read('mỗi tuần vài tin, bài', 'quota').result).to.deep.include({ count: null, per: 'week', unit: 'tin, bài' });
      expect(read('Mỗi tháng một số tin, bài tuyên truyền', 'quota').result).to.deep.include({ count: null, per: 'month' });
    });
    it('an upper bound alone is countMax; a floor and a ceiling in two clauses are one range', () => {
      expect(read('không quá 03 tin, bài/tuần', 'quota').result).to.deep.include({ countMax: 3, atMost: true, per: 'week' });
      expect(read('thời lượng tối thiểu 10 phút, tối đa 20 phút', 'quota').result).to.deep.include({ durationMin: 10, durationMax: 20 });
    });
  });

  describe('times set elsewhere', () => {
    it('are unresolved, never a guessed date', () => {
      expect(read('Thời gian cụ thể sẽ có thông báo sau', 'timeframe').result).to.deep.equal({ unresolved: true });
      expect(read('theo thời gian quy định của UBND huyện', 'deadline').result).to.deep.equal({ unresolved: true });
    });
  });
});
