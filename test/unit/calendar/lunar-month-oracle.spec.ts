/**
 * Lunar month lengths against published dates: the first day of every lunar month of Giáp
 * Thìn (2024) and Ất Tỵ (2025, with its leap sixth month), as Vietnamese wall calendars print
 * them (each the day, at UTC+7, of that month's new moon). Written from the calendars, not
 * from src/domain/calendar; the length of a month is the gap to the next month's first day.
 */
import { expect } from 'chai';
import { solarToLunar } from '../../../src/domain/calendar/lunar-calendar.js';

/** [solar first day, lunar month, leap]. The last row is the next year's Tết. */
const published: [string, number, boolean][] = [
  ['2024-02-10', 1, false],
  ['2024-03-10', 2, false],
  ['2024-04-09', 3, false],
  ['2024-05-08', 4, false],
  ['2024-06-06', 5, false],
  ['2024-07-06', 6, false],
  ['2024-08-04', 7, false],
  ['2024-09-03', 8, false],
  ['2024-10-03', 9, false],
  ['2024-11-01', 10, false],
  ['2024-12-01', 11, false],
  ['2024-12-31', 12, false],
  ['2025-01-29', 1, false],
  ['2025-02-28', 2, false],
  ['2025-03-29', 3, false],
  ['2025-04-28', 4, false],
  ['2025-05-27', 5, false],
  ['2025-06-25', 6, false],
  ['2025-07-25', 6, true],
  ['2025-08-23', 7, false],
  ['2025-09-22', 8, false],
  ['2025-10-21', 9, false],
  ['2025-11-20', 10, false],
  ['2025-12-20', 11, false],
  ['2026-01-19', 12, false],
  ['2026-02-17', 1, false],
];

/** Month lengths as printed ("tháng đủ" 30, "tháng thiếu" 29), 2024 then 2025. */
const lengths = [29, 30, 29, 29, 30, 29, 30, 30, 29, 30, 30, 29, 30, 29, 30, 29, 29, 30, 29, 30, 29, 30, 30, 30, 29];

const day = (iso: string, plus = 0) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plus);
  return { dd: d.getUTCDate(), mm: d.getUTCMonth() + 1, yy: d.getUTCFullYear() };
};
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

describe('lunar months against published dates (2024–2025)', () => {
  it('the table is consistent: each length is the gap between two first days', () => {
    expect(lengths).to.have.length(published.length - 1);
    for (let i = 0; i + 1 < published.length; i++)
      expect(daysBetween(published[i][0], published[i + 1][0]), published[i][0]).to.equal(lengths[i]);
  });

  for (let i = 0; i + 1 < published.length; i++) {
    const [first, month, leap] = published[i];
    it(`month ${month}${leap ? ' nhuận' : ''} starting ${first} has ${lengths[i]} days`, () => {
      const start = day(first);
      expect(solarToLunar(start.dd, start.mm, start.yy)).to.deep.include({ day: 1, month, leap });
      const last = day(first, lengths[i] - 1);
      expect(solarToLunar(last.dd, last.mm, last.yy)).to.deep.include({ day: lengths[i], month, leap });
      const next = day(first, lengths[i]);
      expect(solarToLunar(next.dd, next.mm, next.yy).day).to.equal(1);
    });
  }
});
