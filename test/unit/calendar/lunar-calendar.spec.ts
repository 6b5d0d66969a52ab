import { expect } from 'chai';
import fc from 'fast-check';
import {
  hungKingsDate,
  jdFromDate,
  jdToDate,
  lunarToJd,
  lunarToSolar,
  solarToLunar,
  tetDate,
} from '../../../src/domain/calendar/lunar-calendar.js';

// DOMAIN.md, "Time": Gregorian dates of lunar 1/1 and lunar 10/3.
const VECTORS: Array<[number, string, string]> = [
  [2023, '2023-01-22', '2023-04-29'],
  [2024, '2024-02-10', '2024-04-18'],
  [2025, '2025-01-29', '2025-04-07'],
  [2026, '2026-02-17', '2026-04-26'],
  [2027, '2027-02-06', '2027-04-16'],
  [2028, '2028-01-26', '2028-04-04'],
  [2029, '2029-02-13', '2029-04-23'],
  [2030, '2030-02-02', '2030-04-12'],
];

function iso(d: { year: number; month: number; day: number } | null): string | null {
  if (!d) return null;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

describe('lunar calendar (Hồ Ngọc Đức rules, UTC+7)', () => {
  for (const [year, tet, hung] of VECTORS) {
    it(`${year}: Tết ${tet}, Giỗ Tổ ${hung}`, () => {
      expect(tetDate(year)).to.equal(tet);
      expect(hungKingsDate(year)).to.equal(hung);
    });
  }

  it('Tết 1985 is 21 January in Vietnam (20 February with China’s UTC+8)', () => {
    expect(tetDate(1985)).to.equal('1985-01-21');
    expect(iso(lunarToSolar(1, 1, 1985, false, 8))).to.equal('1985-02-20');
  });

  it('Tết 2007 is 17 February in Vietnam (18 February with UTC+8)', () => {
    expect(tetDate(2007)).to.equal('2007-02-17');
    expect(iso(lunarToSolar(1, 1, 2007, false, 8))).to.equal('2007-02-18');
  });

  it('Tết 2030 differs too: 2 February at UTC+7, 3 February at UTC+8', () => {
    expect(iso(lunarToSolar(1, 1, 2030, false, 8))).to.equal('2030-02-03');
  });

  it('finds the month start even when the true new moon lags the mean one (2062-04-09)', () => {
    expect(solarToLunar(9, 4, 2062)).to.deep.include({ day: 30, month: 2 });
    expect(solarToLunar(10, 4, 2062)).to.deep.include({ day: 1, month: 3 });
  });

  it('solar → lunar gives the known lunar dates around Tết', () => {
    expect(solarToLunar(10, 2, 2024)).to.deep.equal({ day: 1, month: 1, year: 2024, leap: false });
    expect(solarToLunar(9, 2, 2024)).to.deep.include({ month: 12, year: 2023 });
    expect(solarToLunar(18, 4, 2024)).to.deep.equal({ day: 10, month: 3, year: 2024, leap: false });
  });

  it('knows the leap months of 2020 (4), 2023 (2) and 2025 (6), and refuses others', () => {
    expect(lunarToJd(1, 4, 2020, true)).to.be.a('number');
    expect(lunarToJd(1, 2, 2023, true)).to.be.a('number');
    expect(lunarToJd(1, 6, 2025, true)).to.be.a('number');
    expect(lunarToJd(1, 3, 2023, true)).to.equal(null);
    expect(lunarToJd(1, 2, 2024, true)).to.equal(null);
    // the leap month follows the ordinary month of the same number
    expect((lunarToJd(1, 2, 2023, true) as number) - (lunarToJd(1, 2, 2023) as number)).to.be.within(29, 30);
  });

  it('Julian day numbers round-trip', () => {
    expect(jdFromDate(1, 1, 2000)).to.equal(2451545);
    fc.assert(
      fc.property(fc.integer({ min: 2299161, max: 2488070 }), (jd) => {
        const d = jdToDate(jd);
        return jdFromDate(d.day, d.month, d.year) === jd;
      }),
    );
  });

  it('solar → lunar → solar is the identity (1900–2100) and lunar months have 29 or 30 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: jdFromDate(1, 1, 1900), max: jdFromDate(31, 12, 2100) }), (jd) => {
        const d = jdToDate(jd);
        const l = solarToLunar(d.day, d.month, d.year);
        const back = lunarToJd(l.day, l.month, l.year, l.leap);
        const monthStart = lunarToJd(1, l.month, l.year, l.leap) as number;
        const next = solarToLunar(jdToDate(monthStart + 29).day, jdToDate(monthStart + 29).month, jdToDate(monthStart + 29).year);
        const length = next.day === 1 ? 29 : 30;
        return back === jd && l.day >= 1 && l.day <= length;
      }),
      { numRuns: 2000 },
    );
  });
});
