import { type HolidayOverrides, holidaysOfYear } from '../../src/domain/calendar/holiday-calendar';

// The same holiday rules the server expands slots with (src/domain is pure and bundles as is),
// with the shipped official decisions of each year (config/holidays/<year>.json).
const files = import.meta.glob<{ default: HolidayOverrides & { $comment?: string } }>('../../config/holidays/*.json', { eager: true });
const overrides = new Map<number, HolidayOverrides>();
for (const f of Object.values(files)) {
  const { $comment: _c, ...o } = f.default;
  overrides.set(o.year, o);
}

/** Days off (other than weekends) and make-up working days of a year, by date. */
export function holidayMap(year: number): { off: Map<string, string>; working: Set<string> } {
  try {
    const y = holidaysOfYear(year, overrides.get(year));
    return { off: new Map(y.holidays.map((h) => [h.date, h.name])), working: new Set(y.workingDays) };
  } catch {
    return { off: new Map(), working: new Set() };
  }
}
