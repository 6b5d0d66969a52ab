/**
 * npm run bench -- calendar [--units N] [--year YYYY] [--rrule-units N|all]
 *
 * A national-scale year (3,321 units × 15 quotas, ≈ 1 million slots): Loa's in-memory
 * expansion, then the same rules expanded by rrule.js with tzid Asia/Ho_Chi_Minh in the same
 * run (target: Loa ≥ 5× faster), and by rrule.js in floating time for reference. Prints
 * figures for people, and as its last line one JSON object. Persistence and HTTP figures
 * are to be added next to these (see calendar-workload.ts for the shared workload).
 */
import { loadHolidayOverrides } from '../config/holidays/holiday-overrides.loader.js';
import { loadScheduleDefaults } from '../config/channels/schedule-defaults.loader.js';
import { WorkingDayCalendar } from '../src/domain/calendar/working-days.js';
import {
  expandWithRruleFloating,
  expandWithRruleTzid,
  expandWorkload,
  nationalWorkload,
  NATIONAL_UNIT_COUNT,
  timed,
} from './calendar-workload.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}

const year = arg('year', 2025);
const units = arg('units', NATIONAL_UNIT_COUNT);
const overrides = loadHolidayOverrides();
const schedules = loadScheduleDefaults();
const tasks = nationalWorkload(year, units);

// Warm-up on a few units so that both sides run JIT-compiled code.
const warm = expandWorkload(nationalWorkload(year, 20), { year, calendar: new WorkingDayCalendar(overrides), schedules });
expandWithRruleTzid(warm.rules);

// Three runs (the first also grows the heap to hold a million slots); the median counts.
// Only the last expansion is kept: holding three would measure the garbage collector.
const runs: number[] = [];
let last: ReturnType<typeof expandWorkload> | undefined;
for (let i = 0; i < 3; i++) {
  last = undefined;
  const run = timed(() => expandWorkload(tasks, { year, calendar: new WorkingDayCalendar(overrides), schedules }));
  runs.push(run.seconds);
  last = run.value;
}
const loa = { seconds: [...runs].sort((a, b) => a - b)[1]! };
const expansion = last!;
const slots = expansion.slots.length;
console.log(`calendar ${year}: ${units} units × 15 quotas = ${tasks.length} tasks → ${expansion.rules.length} rules, ${slots} slots, ${expansion.obligations.length} open obligations`);
console.log(
  `  Loa expansion (in memory)       ${loa.seconds.toFixed(3)} s  (${Math.round(slots / loa.seconds).toLocaleString('en')} slots/s; median of ${runs.map((r) => r.toFixed(2)).join(', ')} s)`,
);

// rrule.js with tzid costs ≈ 0.4 ms an occurrence (Intl time-zone conversion of every date):
// a full national year takes minutes. By default it expands the rules of the first
// --rrule-units units (the same mix as every unit) and scales by slots; `--rrule-units all`
// expands every rule.
const rruleUnitsArg = process.argv.includes('--rrule-units') ? process.argv[process.argv.indexOf('--rrule-units') + 1] : undefined;
const rruleUnits = rruleUnitsArg === 'all' ? units : Math.min(units, Number(rruleUnitsArg ?? Math.ceil(units / 10)));
const sampleTasks = new Set(nationalWorkload(year, rruleUnits).map((t) => t.taskId));
const sampleRules = expansion.rules.filter((r) => sampleTasks.has(r.taskId));
const sampleSlots = expansion.slots.filter((s) => sampleTasks.has(s.taskId)).length;
const scale = slots / sampleSlots;
const tz = timed(() => expandWithRruleTzid(sampleRules));
const tzSec = tz.seconds * scale;
const sampleNote = rruleUnits === units ? 'all units' : `${rruleUnits} of ${units} units, ${sampleSlots} occurrences measured in ${tz.seconds.toFixed(3)} s, scaled ×${scale.toFixed(2)}`;
console.log(`  rrule.js, tzid Asia/Ho_Chi_Minh ${tzSec.toFixed(3)} s  (${sampleNote})`);
const floating = timed(() => expandWithRruleFloating(expansion.rules));
console.log(`  rrule.js, floating (reference)  ${floating.seconds.toFixed(3)} s  (all units, ${floating.value} occurrences)`);
if (tz.value !== sampleSlots || floating.value !== slots) {
  console.log(`  WARNING: rrule.js gave ${tz.value}/${sampleSlots} (tzid) and ${floating.value}/${slots} (floating) occurrences`);
}
const speedup = tzSec / loa.seconds;
console.log(`  speedup vs rrule.js tzid: ${speedup.toFixed(1)}× (target ≥ 5×); vs rrule.js floating: ${(floating.seconds / loa.seconds).toFixed(1)}×`);

console.log(
  JSON.stringify({
    year,
    units,
    rules: expansion.rules.length,
    slots,
    expandSec: Number(loa.seconds.toFixed(3)),
    rruleTzidSec: Number(tzSec.toFixed(3)),
    rruleTzidMeasuredSec: Number(tz.seconds.toFixed(3)),
    rruleTzidSampleUnits: rruleUnits,
    rruleTzidSampleSlots: sampleSlots,
    rruleFloatingSec: Number(floating.seconds.toFixed(3)),
    speedup: Number(speedup.toFixed(2)),
  }),
);
