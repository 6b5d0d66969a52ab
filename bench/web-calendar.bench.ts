/**
 * npm run bench -- web-calendar [--units N] [--loads N] [--as editor|system_admin]
 * The calendar page of a commune ("Lịch", one month) in a real browser (Debian's Chromium through
 * playwright-core), with a national year of slots stored (the calendar benchmark's workload: 3,321
 * communes × 15 quotas ≈ 1 million slots) on SQLite and on PostgreSQL. Each load is a full page
 * load (`page.goto`, the app's JavaScript included) until the month's slots are drawn; the figures
 * are the median and the slowest of the loads, measured twice: warm (one tab loading the page
 * again and again: the browser's cache and compiled code kept) and cold (each load in a new
 * browser context, signed in through the API beforehand: nothing cached, nothing compiled, no unit
 * remembered). The target: ≤ 1 s on loopback.
 * Last line: {"slots","as","sqlite":{"p50Ms","maxMs","coldP50Ms","coldMaxMs","slotsShown"},"postgres":{…}|null}
 */
import pg from 'pg';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { loadScheduleDefaults } from '../config/channels/schedule-defaults.loader.js';
import { loadHolidayOverrides } from '../config/holidays/holiday-overrides.loader.js';
import { WorkingDayCalendar } from '../src/domain/calendar/working-days.js';
import { ReferenceData } from '../src/modules/reference/reference-data.js';
import { PASSWORD } from '../test/support/fixtures.js';
import { byUnit, storeAll, type UnitPlan } from './calendar-persistence.js';
import { expandWorkload, nationalWorkload, NATIONAL_UNIT_COUNT } from './calendar-workload.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}

const year = 2026;
const units = arg('units', NATIONAL_UNIT_COUNT);
const loads = arg('loads', 20);
/**
 * Who opens the page: by default the commune's own culture officer (an editor of the commune, who
 * sees one unit); `--as system_admin` measures a system admin at the same commune, whose unit
 * switcher lists every unit of the country.
 */
const asIndex = process.argv.indexOf('--as');
const role = asIndex >= 0 ? process.argv[asIndex + 1]! : 'editor';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`Chromium not found at ${executablePath}: apt-get install chromium, or set CHROMIUM_PATH`);
  process.exit(1);
}

interface PageFigures {
  p50Ms: number;
  maxMs: number;
  coldP50Ms: number;
  coldMaxMs: number;
  slotsShown: number;
}

const median = (times: number[]) => Math.round([...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!);
const slowest = (times: number[]) => Math.round(Math.max(...times));

/** One full load of the month page, until its first slot is drawn in the lanes. */
async function loadMonth(page: Page, base: string): Promise<number> {
  const start = performance.now();
  await page.goto(`${base}/lich?thang=${year}-03`);
  await page.getByRole('heading', { name: `Tháng 3/${year}` }).waitFor();
  // The page opens on the lanes (one row per channel, a cell per slot).
  await page.locator('table.lanes [data-slot-id]').first().waitFor();
  return performance.now() - start;
}

const expansion = expandWorkload(nationalWorkload(year, units), {
  year,
  calendar: new WorkingDayCalendar(loadHolidayOverrides()),
  schedules: loadScheduleDefaults(),
});
const plans: UnitPlan[] = byUnit(expansion);
const reference = ReferenceData.load({});
console.log(`${units} units, ${expansion.slots.length} slots in ${year}`);

async function measure(url: string): Promise<PageFigures> {
  const server = spawn(
    process.execPath,
    [fileURLToPath(new URL('./http-server.js', import.meta.url)), 'existing', url, plans[0]!.unitId, role],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const info = JSON.parse(
    await new Promise<string>((resolve, reject) => {
      createInterface({ input: server.stdout! }).once('line', resolve);
      server.once('exit', (c) => reject(new Error(`server exited ${c}`)));
    }),
  ) as { port: number; username: string };
  const base = `http://127.0.0.1:${info.port}`;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill(info.username);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
    const times: number[] = [];
    let slotsShown = 0;
    for (let i = 0; i < loads + 2; i++) {
      const ms = await loadMonth(page, base);
      slotsShown = await page.locator('table.lanes [data-slot-id]').count();
      if (i >= 2) times.push(ms); // the first two loads warm the server's and the browser's caches
    }
    // Cold: a new context per load, signed in as the log-in page would (the log-in's request sets
    // the session cookie and the CSRF token's cookie), then the month page's first load.
    const cold: number[] = [];
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext();
      const answer = await context.request.post(`${base}/api/auth/login`, { data: { username: info.username, password: PASSWORD } });
      if (!answer.ok()) throw new Error(`log-in refused: ${answer.status()} ${await answer.text()}`);
      cold.push(await loadMonth(await context.newPage(), base));
      await context.close();
    }
    return { p50Ms: median(times), maxMs: slowest(times), coldP50Ms: median(cold), coldMaxMs: slowest(cold), slotsShown };
  } finally {
    await browser.close();
    server.kill();
  }
}

const sqlitePath = join(mkdtempSync(join(tmpdir(), 'loa-bench-webcal-')), 'loa.sqlite');
await storeAll({ kind: 'sqlite', path: sqlitePath }, plans, reference);
const sqlite = await measure(`sqlite:${sqlitePath}`);
const said = (f: PageFigures) =>
  `warm ${f.p50Ms} ms (median of ${loads}), slowest ${f.maxMs} ms; cold ${f.coldP50Ms} ms, slowest ${f.coldMaxMs} ms; ${f.slotsShown} slots drawn`;
console.log(`SQLite:     the month page ${said(sqlite)}`);

let postgres: PageFigures | null = null;
const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
const name = `loa_bench_webcal_${process.pid}`;
try {
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = `postgres://postgres@127.0.0.1:5432/${name}`;
  await storeAll({ kind: 'postgres', url, poolSize: 5 }, plans, reference);
  postgres = await measure(url);
  console.log(`PostgreSQL: the month page ${said(postgres)}`);
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
} catch (e) {
  console.log(`PostgreSQL not measured: ${(e as Error).message}`);
} finally {
  await admin.end().catch(() => {});
}
console.log(JSON.stringify({ slots: expansion.slots.length, as: role, sqlite, postgres }));
process.exit(0);
