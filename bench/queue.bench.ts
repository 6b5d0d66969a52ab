/**
 * npm run bench -- queue [items]
 * Placements per second with two concurrent clients, each queueing its half of the approved
 * items ("add to queue": both race for the earliest free slot), on SQLite and PostgreSQL;
 * then how many items ended in more than one slot of a channel, and how many slots hold more
 * than one item (both must be 0).
 */
import pg from 'pg';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';

const items = Number(process.argv[2] ?? 400);
const pgAdmin = 'postgres://postgres@127.0.0.1:5432/postgres';

async function measure(url: string): Promise<{ placementsPerSec: number; placed: number; conflicts: number; doublePlaced: number }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./queue-server.js', import.meta.url)), url, String(items)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (c) => reject(new Error(`queue server exited ${c}`)));
  });
  const info = JSON.parse(line) as { port: number; token: string; items: { id: string; version: number }[] };
  const base = `http://127.0.0.1:${info.port}`;
  const headers = { authorization: `Bearer ${info.token}`, 'content-type': 'application/json' };
  let placed = 0;
  let conflicts = 0;
  const client = async (mine: { id: string; version: number }[]) => {
    for (const item of mine) {
      const r = await fetch(`${base}/api/items/${item.id}/queue`, { method: 'POST', headers, body: JSON.stringify({ version: item.version }) });
      if (r.status === 201) placed++;
      else conflicts++;
      await r.arrayBuffer();
    }
  };
  const start = performance.now();
  await Promise.all([client(info.items.filter((_, i) => i % 2 === 0)), client(info.items.filter((_, i) => i % 2 === 1))]);
  const sec = (performance.now() - start) / 1000;
  child.kill();
  const ds = new DataSource(url.startsWith('postgres') ? { type: 'postgres', url } : { type: 'better-sqlite3', database: url.replace(/^sqlite:/, '') });
  await ds.initialize();
  const doubles = (await ds.query(`SELECT COUNT(*) AS n FROM (SELECT "itemId", "channel" FROM slots WHERE "itemId" IS NOT NULL GROUP BY "itemId", "channel" HAVING COUNT(*) > 1) d`)) as { n: string | number }[];
  await ds.destroy();
  return { placementsPerSec: Math.round(placed / sec), placed, conflicts, doublePlaced: Number(doubles[0].n) };
}

const sqliteUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), 'loa-bench-q-')), 'loa.sqlite')}`;
const sqlite = await measure(sqliteUrl);
console.log(`SQLite:     ${sqlite.placementsPerSec} placements/s (${sqlite.placed} placed, ${sqlite.conflicts} refused, ${sqlite.doublePlaced} doubly placed)`);
let postgres: typeof sqlite | null = null;
const admin = new pg.Client({ connectionString: pgAdmin });
try {
  await admin.connect();
  const name = `loa_bench_q_${process.pid}`;
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  postgres = await measure(`postgres://postgres@127.0.0.1:5432/${name}`);
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  console.log(`PostgreSQL: ${postgres.placementsPerSec} placements/s (${postgres.placed} placed, ${postgres.conflicts} refused, ${postgres.doublePlaced} doubly placed)`);
} catch (e) {
  console.log(`PostgreSQL not measured: ${(e as Error).message}`);
} finally {
  await admin.end().catch(() => {});
}
console.log(
  JSON.stringify({
    sqlite: { placementsPerSec: sqlite.placementsPerSec },
    postgres: postgres ? { placementsPerSec: postgres.placementsPerSec } : null,
    doublePlaced: sqlite.doublePlaced + (postgres?.doublePlaced ?? 0),
    items,
  }),
);
process.exit(0);
