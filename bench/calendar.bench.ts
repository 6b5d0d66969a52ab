/**
 * npm run bench -- calendar [--units N] [--year YYYY] [--rrule-units N|all]
 *
 * A national-scale year (3,321 units × 15 quotas, ≈ 1 million slots): Loa's in-memory
 * expansion, then the same rules expanded by rrule.js with tzid Asia/Ho_Chi_Minh in the same
 * run (target: Loa ≥ 5× faster), and by rrule.js in floating time for reference. Prints
 * figures for people, and as its last line one JSON object. Then the same slots are written
 * through Loa's path and through a bare multi-row INSERT on SQLite and PostgreSQL, and one
 * unit's month is read over HTTP with every slot stored.
 */
import autocannon from 'autocannon';
import pg from 'pg';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ReferenceData } from '../src/modules/reference/reference-data.js';
import { byUnit, persistFigures, type PersistFigures } from './calendar-persistence.js';
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
console.log(
  `calendar ${year}: ${units} units × 15 quotas = ${tasks.length} tasks → ${expansion.rules.length} rules, ${slots} slots, ${expansion.obligations.length} open obligations`,
);
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
const sampleNote =
  rruleUnits === units
    ? 'all units'
    : `${rruleUnits} of ${units} units, ${sampleSlots} occurrences measured in ${tz.seconds.toFixed(3)} s, scaled ×${scale.toFixed(2)}`;
console.log(`  rrule.js, tzid Asia/Ho_Chi_Minh ${tzSec.toFixed(3)} s  (${sampleNote})`);
const floating = timed(() => expandWithRruleFloating(expansion.rules));
console.log(`  rrule.js, floating (reference)  ${floating.seconds.toFixed(3)} s  (all units, ${floating.value} occurrences)`);
if (tz.value !== sampleSlots || floating.value !== slots) {
  console.log(`  WARNING: rrule.js gave ${tz.value}/${sampleSlots} (tzid) and ${floating.value}/${slots} (floating) occurrences`);
}
const speedup = tzSec / loa.seconds;
console.log(
  `  speedup vs rrule.js tzid: ${speedup.toFixed(1)}× (target ≥ 5×); vs rrule.js floating: ${(floating.seconds / loa.seconds).toFixed(1)}×`,
);

// Persistence: the same slots through Loa's path and through a bare multi-row INSERT, on both databases.
const unitPlans = byUnit(expansion);
const reference = ReferenceData.load({});
const sqlitePath = join(mkdtempSync(join(tmpdir(), 'loa-bench-cal-')), 'loa.sqlite');
const persistSqlite = await persistFigures({ kind: 'sqlite', path: sqlitePath }, unitPlans, reference);
console.log(
  `  persist SQLite:     Loa ${persistSqlite.sec} s, bare INSERT ${persistSqlite.rawSec} s → ${(persistSqlite.ratio * 100).toFixed(0)}% of the bare rate (${persistSqlite.rows} rows)`,
);
let persistPostgres: PersistFigures | null = null;
const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
try {
  await admin.connect();
  const name = `loa_bench_cal_${process.pid}`;
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    persistPostgres = await persistFigures(
      { kind: 'postgres', url: `postgres://postgres@127.0.0.1:5432/${name}`, poolSize: 5 },
      unitPlans,
      reference,
    );
    console.log(
      `  persist PostgreSQL: Loa ${persistPostgres.sec} s, bare INSERT ${persistPostgres.rawSec} s → ${(persistPostgres.ratio * 100).toFixed(0)}% of the bare rate`,
    );
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
} catch (e) {
  console.log(`  persist PostgreSQL: not measured (${(e as Error).message})`);
} finally {
  await admin.end().catch(() => {});
}

// One unit's month over HTTP, with every slot of the year stored (SQLite file above).
const server = spawn(
  process.execPath,
  [fileURLToPath(new URL('./http-server.js', import.meta.url)), 'existing', `sqlite:${sqlitePath}`, unitPlans[0]!.unitId],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const info = JSON.parse(
  await new Promise<string>((resolve, reject) => {
    createInterface({ input: server.stdout! }).once('line', resolve);
    server.once('exit', (c) => reject(new Error(`server exited ${c}`)));
  }),
) as { port: number; token: string; unitId: string };
const monthUrl = `http://127.0.0.1:${info.port}/api/units/${info.unitId}/calendar?from=${year}-03-01&to=${year}-03-31`;
const headers = { authorization: `Bearer ${info.token}` };
const probe = (await (await fetch(monthUrl, { headers })).json()) as { channels: { slots: unknown[] }[] };
const monthSlots = probe.channels.reduce((n, c) => n + c.slots.length, 0);
await autocannon({ url: monthUrl, headers, connections: 10, duration: 2 });
const month = await autocannon({ url: monthUrl, headers, connections: 10, duration: 10 });
server.kill();
console.log(
  `  GET /api/units/:id/calendar (one month, ${monthSlots} slots of ${slots} stored): ${Math.round(month.requests.average)} req/s, p99 ${month.latency.p99} ms, non-2xx ${month.non2xx}`,
);

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
    persist: { sqlite: persistSqlite, postgres: persistPostgres },
    monthP99Ms: month.latency.p99,
    monthRps: Math.round(month.requests.average),
    monthSlots,
  }),
);
process.exit(0);
