import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { loadHolidayOverrides, parseHolidayOverrides } from '../../../config/holidays/holiday-overrides.loader.js';
import { loadScheduleDefaults, parseScheduleDefaults } from '../../../config/channels/schedule-defaults.loader.js';
import { CHANNEL_IDS } from '../../../config/channels/channel-ids.js';
import { defaultHolidays, holidaysOfYear } from '../../../src/domain/calendar/holiday-calendar.js';
import { hungKingsDate, lunarNewYearEveDate, tetDate } from '../../../src/domain/calendar/lunar-calendar.js';
import { WorkingDayCalendar } from '../../../src/domain/calendar/working-days.js';
import { isDomainError } from '../../../src/domain/errors/domain-error.js';

describe('holiday calendar (Labour Code 2019, art. 112)', () => {
  it('the default gives the 11 statutory days of every year 2000–2040, Tết and Giỗ Tổ from the lunar calendar', () => {
    for (let year = 2000; year <= 2040; year++) {
      const statutory = defaultHolidays(year).filter((h) => h.kind === 'statutory');
      expect(statutory, String(year)).to.have.length(11);
      const dates = statutory.map((h) => h.date);
      expect(dates).to.include.members([
        `${year}-01-01`,
        `${year}-04-30`,
        `${year}-05-01`,
        `${year}-09-02`,
        tetDate(year),
        lunarNewYearEveDate(year),
        hungKingsDate(year),
      ]);
      const nationalDay = statutory.filter((h) => h.key === 'national-day').map((h) => h.date);
      expect([`${year}-09-01`, `${year}-09-03`]).to.include(nationalDay.find((d) => d !== `${year}-09-02`));
    }
  });

  it('a holiday on a weekend gives a compensatory day on the next working day (2023: 1/1 on Sunday → 2/1)', () => {
    const h = defaultHolidays(2023).find((x) => x.date === '2023-01-02');
    expect(h).to.deep.include({ key: 'new-year', kind: 'compensatory' });
    // Giỗ Tổ 2026 is a Sunday
    expect(defaultHolidays(2026).find((x) => x.date === '2026-04-27')).to.deep.include({ key: 'hung-kings' });
    // The name is shown to people (the calendar's tooltip and screen-reader text): the day it replaces as dd/mm/yyyy.
    expect(defaultHolidays(2026).find((x) => x.date === '2026-04-27')!.name).to.match(/\(26\/04\/2026 trùng ngày nghỉ hằng tuần\)$/);
  });

  it('ships official decisions for 2023–2026, each with its source', () => {
    const overrides = loadHolidayOverrides();
    expect(overrides.map((o) => o.year)).to.include.members([2023, 2024, 2025, 2026]);
    for (const o of overrides) expect(o.source.length).to.be.greaterThan(40);
  });

  it('the 2024 decision replaces the default Tết and swaps 29/4 with Saturday 4/5', () => {
    const withDecision = new WorkingDayCalendar(loadHolidayOverrides());
    const lawOnly = new WorkingDayCalendar();
    // official: 8/2 (29 tháng Chạp) to 14/2; the default rule would give 9/2 and 12–15/2
    expect(withDecision.isWorkingDay('2024-02-08')).to.equal(false);
    expect(lawOnly.isWorkingDay('2024-02-08')).to.equal(true);
    expect(withDecision.isWorkingDay('2024-02-15')).to.equal(true);
    expect(lawOnly.isWorkingDay('2024-02-15')).to.equal(false);
    expect(withDecision.isWorkingDay('2024-04-29')).to.equal(false);
    expect(withDecision.isWorkingDay('2024-05-04')).to.equal(true); // a Saturday
    expect(lawOnly.isWorkingDay('2024-05-04')).to.equal(false);
    expect(withDecision.isWorkingDay('2024-04-18')).to.equal(false); // Giỗ Tổ
    expect(withDecision.isWorkingDay('2024-09-03')).to.equal(false);
    expect(withDecision.isWorkingDay('2024-09-04')).to.equal(true);
  });

  it('2026 carries the new 24 November (Ngày Văn hóa Việt Nam) as data', () => {
    const cal = new WorkingDayCalendar(loadHolidayOverrides());
    expect(cal.isWorkingDay('2026-11-24')).to.equal(false);
    expect(new WorkingDayCalendar().isWorkingDay('2026-11-24')).to.equal(true);
  });

  it('counts working days and moves by working days across holidays', () => {
    const cal = new WorkingDayCalendar(loadHolidayOverrides());
    // February 2024: 21 weekdays less 5 weekdays of Tết (8, 9, 12, 13, 14)
    expect(cal.workingDaysBetween('2024-02-01', '2024-02-29')).to.have.length(16);
    expect(cal.addWorkingDays('2024-02-15', -1)).to.equal('2024-02-07');
    expect(cal.addWorkingDays('2024-05-03', 1)).to.equal('2024-05-04');
  });

  it('refuses an override with a bad shape, listing every problem with its file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loa-holidays-'));
    try {
      writeFileSync(
        join(dir, '2027.json'),
        JSON.stringify({ year: 2027, source: '', periods: [{ holiday: 'tet', from: '2027-02-31', to: 'x' }] }),
      );
      writeFileSync(join(dir, '2028.json'), JSON.stringify({ year: 2029, source: 'một nguồn đủ dài để qua kiểm tra' }));
      let error: unknown;
      try {
        loadHolidayOverrides(dir);
      } catch (e) {
        error = e;
      }
      expect(isDomainError(error)).to.equal(true);
      const issues = (error as { evidence: { issues: string[] } }).evidence.issues.join('\n');
      expect(issues).to.contain('2027.json: source');
      expect(issues).to.contain('2027.json: periods.0.from');
      expect(issues).to.contain('2027.json: periods.0.to');
      expect(issues).to.contain('2028.json: trường year = 2029');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses dates outside the file’s year', () => {
    expect(() => parseHolidayOverrides({ year: 2024, source: 'thử', daysOff: [{ date: '2025-01-02', name: 'x' }] })).to.throw(
      /không thuộc năm 2024/,
    );
  });

  it('an official period overrides only its own holiday', () => {
    const y = holidaysOfYear(2024, {
      year: 2024,
      source: 'thử',
      periods: [{ holiday: 'national-day', from: '2024-08-31', to: '2024-09-02' }],
    });
    const dates = y.holidays.map((h) => h.date);
    expect(dates).to.include('2024-08-31');
    expect(dates).not.to.include('2024-09-03');
    expect(dates).to.include('2024-04-30');
  });

  it('channel schedule defaults cover every channel id and are validated', () => {
    const defaults = loadScheduleDefaults();
    expect(Object.keys(defaults.channels)).to.have.members([...CHANNEL_IDS]);
    expect(defaults.channels['radio']?.sessions).to.deep.equal(['06:00', '17:00']);
    expect(() =>
      parseScheduleDefaults({ fallback: { time: '8h', leadWorkingDays: 1 }, channels: { tivi: { time: '08:00', leadWorkingDays: -1 } } }),
    ).to.throw(/fallback.time[\s\S]*channels.tivi.leadWorkingDays[\s\S]*kênh không có trong danh mục: tivi/);
  });
});
