/**
 * npm run bench -- web-calendar [--units N] [--loads N] [--as editor|system_admin]
 * The calendar page of a commune ("Lịch", one month) in a real browser (Debian's Chromium through
 * playwright-core), with a national year of slots stored (the calendar benchmark's workload: 3,321
 * communes × 15 quotas ≈ 1 million slots) on SQLite and on PostgreSQL. Each load is a full page
 * load (`page.goto`, the app's JavaScript included) until the month's slots are drawn; the figures
 * are the median and the slowest of the loads, measured twice: warm (one tab loading the page
 * again and again: the browser's cache and compiled code kept) and cold (each load in a new
 * browser context, signed in through the API beforehand: nothing cached, nothing compiled, no unit
 * remembered). The issue's target: ≤ 1 s on loopback.
 * Cold is measured two ways, the loads alternating: "cold" goes to the page as soon as the new
 * context's tab is open, so whatever the browser does for a new window of its own runs during the
 * load (the full Chromium builds its address bar's pop-up then, about 2 s of CPU); "settled" opens
 * the tab at about:blank and waits until the browser's own processes are idle (their CPU time,
 * from the DevTools protocol's SystemInfo.getProcessInfo, grew by less than SETTLE_CPU_MS in the
 * last SETTLE_WINDOW_MS) before going to the page: the officer's browser is already open, its
 * window built, and the page itself still comes with nothing cached and nothing compiled.
 * Drawn: the month's heading and lanes on screen; ready: drawn and taken over by React (the server
 * draws the page's first paint inert, the browser's React lifts that once its controls work).
 * Last line: {"slots","as","sqlite":{"p50Ms","maxMs","coldP50Ms","coldMaxMs","readyP50Ms","readyMaxMs",
 * "coldReadyP50Ms","coldReadyMaxMs","settledP50Ms","settledMaxMs","settledReadyP50Ms","settledReadyMaxMs",
 * "settleWaitP50Ms","settleCpuP50Ms","slotsShown"},"postgres":{…}|null} (settleWait…: how long the
 * browser took to go idle before a settled load; settleCpu…: the CPU its processes spent meanwhile), also printed before it with
 * the machine's load averages (`uptime`'s) at the start and the end: a loaded machine's figures are not a quiet one's.
 */
import pg from 'pg';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession, type Page } from 'playwright-core';
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

const loadStart = loadavg().map((l) => l.toFixed(2));
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
/**
 * The browser: CHROMIUM_PATH, else Debian's headless shell when installed (what Playwright itself
 * runs for headless pages: `apt-get install chromium-headless-shell`), else Debian's full Chromium.
 * The full browser in headless mode still builds its address bar's pop-up in a process of its own
 * for every new context (about 2 s of CPU on this machine, during each cold load); the shell has
 * no address bar. The line "browser:" names the one used.
 */
const executablePath =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`Chromium not found at ${executablePath}: apt-get install chromium (or chromium-headless-shell), or set CHROMIUM_PATH`);
  process.exit(1);
}
console.log(`browser: ${executablePath}`);

/** Drawn (p50Ms, maxMs, cold…) and ready (ready…: drawn and taken over by React) times of the loads. */
interface PageFigures {
  p50Ms: number;
  maxMs: number;
  coldP50Ms: number;
  coldMaxMs: number;
  readyP50Ms: number;
  readyMaxMs: number;
  coldReadyP50Ms: number;
  coldReadyMaxMs: number;
  settledP50Ms: number;
  settledMaxMs: number;
  settledReadyP50Ms: number;
  settledReadyMaxMs: number;
  settleWaitP50Ms: number;
  settleCpuP50Ms: number;
  slotsShown: number;
}

const median = (times: number[]) => Math.round([...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!);
const slowest = (times: number[]) => Math.round(Math.max(...times));

/**
 * Marks, in the page, two moments: drawn, the heading "Tháng 3/<year>" and a slot of the lanes in
 * the document and visible, then the next frame (requestAnimationFrame, then a task: the frame with them has
 * been produced); and ready, drawn and no longer inert (the server draws the page inert; the
 * browser's React lifts it once it has taken the page over, its controls then working). Installed
 * in every page before its own scripts (addInitScript); times are the page's Date.now(), the same
 * clock as this process's.
 */
const markDrawn = `(() => {
  let drawnAt, readyAt, resolve;
  window.__loaDrawn = new Promise((r) => (resolve = r));
  const drawn = () => {
    const h = document.querySelector('h2.month-title');
    const slot = document.querySelector('table.lanes [data-slot-id]');
    return !!h && h.textContent.includes('Tháng 3/${year}') && h.checkVisibility() && !!slot && slot.checkVisibility();
  };
  const settle = () => drawnAt && readyAt && resolve({ drawn: drawnAt, ready: Math.max(drawnAt, readyAt) });
  const observer = new MutationObserver(() => {
    if (drawnAt === undefined && drawn()) {
      drawnAt = 0;
      requestAnimationFrame(() => setTimeout(() => ((drawnAt = Date.now()), settle())));
    }
    if (drawnAt !== undefined && !readyAt && !document.getElementById('root')?.hasAttribute('inert')) {
      readyAt = Date.now();
      observer.disconnect();
      settle();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['inert', 'hidden', 'style', 'class'] });
})();`;

/**
 * One full load of the month page: from the navigation's start until its first slot is drawn in
 * the lanes, and until the page is ready (drawn and taken over by React). The end is taken in the page (markDrawn) and awaited through the DevTools protocol:
 * Playwright's locators poll with a back-off (up to 500 ms between looks, which rounded a load up
 * by as much) and compile Playwright's injected script (~200 ms of the page's main thread in a new
 * context) while the page loads. The locator checks run after the time is taken.
 */
/** The browser counts as settled when its processes spent less than this much CPU… */
const SETTLE_CPU_MS = 50;
/** …in this last stretch of time (10 % of one core); looked at every SETTLE_POLL_MS, for at most SETTLE_LIMIT_MS. */
const SETTLE_WINDOW_MS = 500;
const SETTLE_POLL_MS = 100;
const SETTLE_LIMIT_MS = 20_000;

/**
 * Waits until the browser's own processes (its main process, renderers, GPU and utility
 * processes: SystemInfo.getProcessInfo) are idle, by their CPU time rather than a fixed sleep.
 * Answers how long that took and the CPU they spent meanwhile.
 */
async function settle(browser: CDPSession): Promise<{ waitMs: number; cpuMs: number }> {
  const cpu = async () => {
    const { processInfo } = (await browser.send('SystemInfo.getProcessInfo')) as { processInfo: { cpuTime: number }[] };
    return processInfo.reduce((sum, p) => sum + p.cpuTime * 1000, 0);
  };
  const start = Date.now();
  const first = await cpu();
  const samples: { at: number; cpu: number }[] = [{ at: start, cpu: first }];
  for (;;) {
    await new Promise((r) => setTimeout(r, SETTLE_POLL_MS));
    const now = { at: Date.now(), cpu: await cpu() };
    samples.push(now);
    const windowStart = [...samples].reverse().find((s) => now.at - s.at >= SETTLE_WINDOW_MS);
    if (windowStart && now.cpu - windowStart.cpu < SETTLE_CPU_MS) return { waitMs: now.at - start, cpuMs: now.cpu - first };
    if (now.at - start > SETTLE_LIMIT_MS) throw new Error(`the browser did not settle within ${SETTLE_LIMIT_MS} ms`);
  }
}

async function loadMonth(page: Page, base: string): Promise<{ drawn: number; ready: number }> {
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now();
  await page.goto(`${base}/lich?thang=${year}-03`);
  const answer = (await cdp.send('Runtime.evaluate', { expression: 'window.__loaDrawn', awaitPromise: true, returnByValue: true })) as {
    result: { value: { drawn: number; ready: number } };
  };
  const { drawn, ready } = answer.result.value;
  await cdp.detach();
  if (!(drawn >= start)) throw new Error(`the page's drawn mark (${drawn}) is not of this load (${start})`);
  await page.getByRole('heading', { name: `Tháng 3/${year}` }).waitFor();
  // The page opens on the lanes (one row per channel, a cell per slot).
  await page.locator('table.lanes [data-slot-id]').first().waitFor();
  return { drawn: drawn - start, ready: ready - start };
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
    await page.addInitScript(markDrawn);
    await page.goto(`${base}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill(info.username);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
    const times: { drawn: number; ready: number }[] = [];
    let slotsShown = 0;
    for (let i = 0; i < loads + 2; i++) {
      const ms = await loadMonth(page, base);
      slotsShown = await page.locator('table.lanes [data-slot-id]').count();
      if (i >= 2) times.push(ms); // the first two loads warm the server's and the browser's caches
    }
    // Cold: a new context per load, signed in as the log-in page would (the log-in's request sets
    // the session cookie and the CSRF token's cookie), then the month page's first load: at once
    // (cold), or once the browser has settled with the new tab open at about:blank (settled). The
    // two kinds alternate, so a change in the machine's load falls on both alike.
    const cold: { drawn: number; ready: number }[] = [];
    const settled: { drawn: number; ready: number }[] = [];
    const settles: { waitMs: number; cpuMs: number }[] = [];
    const browserCdp = await browser.newBrowserCDPSession();
    for (let i = 0; i < 2 * loads; i++) {
      const context = await browser.newContext();
      await context.addInitScript(markDrawn);
      const answer = await context.request.post(`${base}/api/auth/login`, { data: { username: info.username, password: PASSWORD } });
      if (!answer.ok()) throw new Error(`log-in refused: ${answer.status()} ${await answer.text()}`);
      const page = await context.newPage();
      if (i % 2 === 0) cold.push(await loadMonth(page, base));
      else {
        settles.push(await settle(browserCdp));
        settled.push(await loadMonth(page, base));
      }
      await context.close();
    }
    await browserCdp.detach();
    const drawn = (loads: { drawn: number }[]) => loads.map((l) => l.drawn);
    const ready = (loads: { ready: number }[]) => loads.map((l) => l.ready);
    return {
      p50Ms: median(drawn(times)),
      maxMs: slowest(drawn(times)),
      coldP50Ms: median(drawn(cold)),
      coldMaxMs: slowest(drawn(cold)),
      readyP50Ms: median(ready(times)),
      readyMaxMs: slowest(ready(times)),
      coldReadyP50Ms: median(ready(cold)),
      coldReadyMaxMs: slowest(ready(cold)),
      settledP50Ms: median(drawn(settled)),
      settledMaxMs: slowest(drawn(settled)),
      settledReadyP50Ms: median(ready(settled)),
      settledReadyMaxMs: slowest(ready(settled)),
      settleWaitP50Ms: median(settles.map((s) => s.waitMs)),
      settleCpuP50Ms: median(settles.map((s) => s.cpuMs)),
      slotsShown,
    };
  } finally {
    await browser.close();
    server.kill();
  }
}

const sqlitePath = join(mkdtempSync(join(tmpdir(), 'loa-bench-webcal-')), 'loa.sqlite');
await storeAll({ kind: 'sqlite', path: sqlitePath }, plans, reference);
const sqlite = await measure(`sqlite:${sqlitePath}`);
const said = (f: PageFigures) =>
  `the month page (median / slowest of ${loads} loads; ${f.slotsShown} slots drawn)\n` +
  `  warm: drawn ${f.p50Ms} / ${f.maxMs} ms, ready ${f.readyP50Ms} / ${f.readyMaxMs} ms\n` +
  `  cold: drawn ${f.coldP50Ms} / ${f.coldMaxMs} ms, ready ${f.coldReadyP50Ms} / ${f.coldReadyMaxMs} ms\n` +
  `  cold, the browser settled first: drawn ${f.settledP50Ms} / ${f.settledMaxMs} ms, ready ${f.settledReadyP50Ms} / ${f.settledReadyMaxMs} ms ` +
  `(settling took ${f.settleWaitP50Ms} ms and ${f.settleCpuP50Ms} ms of the browser's CPU, medians)`;
console.log(`SQLite: ${said(sqlite)}`);

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
  console.log(`PostgreSQL: ${said(postgres)}`);
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
} catch (e) {
  console.log(`PostgreSQL not measured: ${(e as Error).message}`);
} finally {
  await admin.end().catch(() => {});
}
console.log(
  `Load averages (1, 5, 15 min): ${loadStart.join(' ')} at the start, ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} at the end`,
);
console.log(JSON.stringify({ slots: expansion.slots.length, as: role, sqlite, postgres }));
process.exit(0);
