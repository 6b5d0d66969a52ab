/**
 * npm run bench -- queue [items]
 * Placements per second on SQLite and PostgreSQL, by two paths over HTTP:
 *  - one by one: two concurrent clients, each queueing its half of the approved items ("add
 *    to queue": both race for the earliest free slot; each claim is one UPDATE … RETURNING,
 *    FOR UPDATE SKIP LOCKED on PostgreSQL);
 *  - bulk: "fill this month" (POST /api/units/:id/queue/fill) for each month of the year, one
 *    client (a fill takes the unit's approved items; on PostgreSQL a second fill racing it skips
 *    the locked items, so two racing clients measure lock-skipping, not placements).
 * Then how many items ended in more than one slot of a channel, and how many slots were
 * written twice (both must be 0).
 */
import pg from 'pg';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';

const items = Number(process.argv[2] ?? 400);
const pgAdmin = 'postgres://postgres@127.0.0.1:5432/postgres';

type Path = 'enqueue' | 'fill';
interface Figures {
  placementsPerSec: number;
  /** Placements per CPU-second of the Loa server process (the database's own CPU not counted). */
  perServerCpuSec: number;
  placed: number;
  refused: number;
  doublePlaced: number;
  seconds: number;
}

async function measure(url: string, path: Path): Promise<Figures> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./queue-server.js', import.meta.url)), url, String(items)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (c) => reject(new Error(`queue server exited ${c}`)));
  });
  const info = JSON.parse(line) as { port: number; token: string; unitId: string; items: { id: string; version: number }[] };
  const base = `http://127.0.0.1:${info.port}`;
  const headers = { authorization: `Bearer ${info.token}`, 'content-type': 'application/json' };
  let placed = 0;
  let refused = 0;
  const enqueueClient = async (mine: { id: string; version: number }[]) => {
    for (const item of mine) {
      const r = await fetch(`${base}/api/items/${item.id}/queue`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ version: item.version }),
      });
      if (r.status === 201) placed++;
      else refused++;
      await r.arrayBuffer();
    }
  };
  const fillClient = async () => {
    for (let m = 1; m <= 12; m++) {
      const r = await fetch(`${base}/api/units/${info.unitId}/queue/fill`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ month: `2026-${String(m).padStart(2, '0')}` }),
      });
      if (r.status === 201) placed += ((await r.json()) as { placed: number }).placed;
      else {
        refused++;
        await r.arrayBuffer();
      }
    }
  };
  // The server's own CPU time (user + system, /proc), so a figure taken on a busy shared machine can be read per CPU-second.
  const cpu = () => {
    try {
      const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(f[11]) + Number(f[12])) / 100;
    } catch {
      return NaN;
    }
  };
  const cpuBefore = cpu();
  const start = performance.now();
  if (path === 'enqueue')
    await Promise.all([enqueueClient(info.items.filter((_, i) => i % 2 === 0)), enqueueClient(info.items.filter((_, i) => i % 2 === 1))]);
  else await fillClient();
  const seconds = (performance.now() - start) / 1000;
  const serverCpu = cpu() - cpuBefore;
  child.kill();
  const ds = new DataSource(
    url.startsWith('postgres') ? { type: 'postgres', url } : { type: 'better-sqlite3', database: url.replace(/^sqlite:/, '') },
  );
  await ds.initialize();
  const doubles = (await ds.query(
    `SELECT COUNT(*) AS n FROM (SELECT "itemId", "channel" FROM slots WHERE "itemId" IS NOT NULL GROUP BY "itemId", "channel" HAVING COUNT(*) > 1) d`,
  )) as { n: string | number }[];
  const held = (await ds.query(`SELECT COUNT(*) AS n FROM slots WHERE "itemId" IS NOT NULL`)) as { n: string | number }[];
  await ds.destroy();
  // Every placement the server reported must be a distinct filled slot: a slot written twice would show as fewer.
  const lost = placed - Number(held[0].n);
  return {
    placementsPerSec: Math.round(placed / seconds),
    perServerCpuSec: Math.round(placed / serverCpu),
    placed,
    refused,
    doublePlaced: Number(doubles[0].n) + Math.max(0, lost),
    seconds: Math.round(seconds * 100) / 100,
  };
}

const line = (db: string, path: Path, f: Figures) =>
  console.log(
    `${db.padEnd(11)} ${path === 'enqueue' ? 'one by one' : 'fill month'}: ${f.placementsPerSec} placements/s, ${f.perServerCpuSec} per server CPU-second (${f.placed} placed in ${f.seconds} s, ${f.refused} refused, ${f.doublePlaced} doubly placed)`,
  );

const sqliteUrl = () => `sqlite:${join(mkdtempSync(join(tmpdir(), 'loa-bench-q-')), 'loa.sqlite')}`;
const sqlite = { enqueue: await measure(sqliteUrl(), 'enqueue'), fill: await measure(sqliteUrl(), 'fill') };
line('SQLite', 'enqueue', sqlite.enqueue);
line('SQLite', 'fill', sqlite.fill);
let postgres: typeof sqlite | null = null;
const admin = new pg.Client({ connectionString: pgAdmin });
try {
  await admin.connect();
  const run = async (path: Path) => {
    const name = `loa_bench_q_${process.pid}_${path}`;
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const f = await measure(`postgres://postgres@127.0.0.1:5432/${name}`, path);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    return f;
  };
  postgres = { enqueue: await run('enqueue'), fill: await run('fill') };
  line('PostgreSQL', 'enqueue', postgres.enqueue);
  line('PostgreSQL', 'fill', postgres.fill);
} catch (e) {
  console.log(`PostgreSQL not measured: ${(e as Error).message}`);
} finally {
  await admin.end().catch(() => {});
}
const all = [sqlite.enqueue, sqlite.fill, ...(postgres ? [postgres.enqueue, postgres.fill] : [])];
console.log(
  JSON.stringify({
    sqlite: {
      enqueuePerSec: sqlite.enqueue.placementsPerSec,
      fillPerSec: sqlite.fill.placementsPerSec,
      enqueuePerCpuSec: sqlite.enqueue.perServerCpuSec,
      fillPerCpuSec: sqlite.fill.perServerCpuSec,
    },
    postgres: postgres
      ? {
          enqueuePerSec: postgres.enqueue.placementsPerSec,
          fillPerSec: postgres.fill.placementsPerSec,
          enqueuePerCpuSec: postgres.enqueue.perServerCpuSec,
          fillPerCpuSec: postgres.fill.perServerCpuSec,
        }
      : null,
    refused: all.reduce((n, f) => n + f.refused, 0),
    doublePlaced: all.reduce((n, f) => n + f.doublePlaced, 0),
    items,
  }),
);
process.exit(0);
