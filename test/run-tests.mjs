#!/usr/bin/env node
// Runs the test tiers (unit, integration, e2e, fuzz) from dist/ in one mocha run and ends with
// "tests: N passed, N failed" from the runner's own statistics. Integration and e2e specs
// run on SQLite and, when it answers, on PostgreSQL; REQUIRE_POSTGRES=1 makes its absence fatal.
// The browser tier (the web app in Chromium, driven by playwright-core) runs when a Chromium is
// found (CHROMIUM_PATH, or Debian's /usr/bin/chromium); REQUIRE_BROWSER=1 makes its absence fatal.
import Mocha from 'mocha';
import pg from 'pg';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tiers = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const selected = tiers.length ? tiers : ['unit', 'integration', 'e2e', 'fuzz', 'browser'];
const grep = process.argv.find((a) => a.startsWith('--grep='))?.slice(7);

/**
 * tsc never deletes what it emitted for a source that is gone, so a deleted spec would still
 * run from dist/. Every compiled file whose TypeScript source no longer exists is removed first.
 */
function removeOrphans(dir) {
  let entries = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const e of entries) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      removed += removeOrphans(p);
      continue;
    }
    const m = /^(.*)\.(js|js\.map|d\.ts)$/.exec(e);
    if (!m) continue;
    const source = join(root, relative(join(root, 'dist'), dir), m[1] + '.ts');
    if (!existsSync(source)) {
      rmSync(p);
      removed++;
    }
  }
  return removed;
}

/**
 * The fewest tests each tier may run: a tier that silently lost its specs (a broken glob, a
 * describe that threw while loading) fails the run instead of passing with less.
 */
const minimumPerTier = { unit: 3000, integration: 40, e2e: 190, fuzz: 5, browser: 3 };

function specs(dir) {
  let out = [];
  let entries = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const e of entries.sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out = out.concat(specs(p));
    else if (e.endsWith('.spec.js')) out.push(p);
  }
  return out;
}

async function postgresReachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (e) {
    return e.message;
  } finally {
    await client.end().catch(() => {});
  }
}

const pgUrl = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
if (selected.some((t) => t !== 'unit')) {
  const ok = await postgresReachable(pgUrl);
  if (ok === true) {
    process.env.LOA_TEST_POSTGRES_URL = pgUrl;
    console.log(`PostgreSQL reachable at ${pgUrl.replace(/\/\/[^@]*@/, '//…@')}: integration and e2e specs run on SQLite and PostgreSQL.`);
  } else {
    const banner = '!'.repeat(78);
    console.error(
      `\n${banner}\n!! PostgreSQL is NOT reachable (${ok}).\n!! Only the SQLite tier runs. Start PostgreSQL or set TEST_POSTGRES_URL.\n${banner}\n`,
    );
    if (process.env.REQUIRE_POSTGRES === '1') {
      console.error('REQUIRE_POSTGRES=1: failing the run.');
      console.log('tests: 0 passed, 1 failed');
      process.exit(1);
    }
    process.env.LOA_TEST_POSTGRES_URL = '';
  }
}

let browserNote = '';
if (selected.includes('browser')) {
  const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (chromium) {
    process.env.LOA_TEST_CHROMIUM = chromium;
    console.log(`Chromium at ${chromium}: the browser tier runs.`);
  } else {
    selected.splice(selected.indexOf('browser'), 1);
    browserNote = 'the browser tier did NOT run: no Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.';
    const banner = '!'.repeat(78);
    console.error(`\n${banner}\n!! ${browserNote}\n${banner}\n`);
    if (process.env.REQUIRE_BROWSER === '1') {
      console.error('REQUIRE_BROWSER=1: failing the run.');
      console.log('tests: 0 passed, 1 failed');
      process.exit(1);
    }
  }
}

for (const d of ['src', 'test', 'bench', 'channels', 'config']) {
  const n = removeOrphans(join(root, 'dist', d));
  if (n) console.log(`Removed ${n} compiled file(s) of deleted sources from dist/${d}.`);
}

// A focused (.only) or pending (.skip, or an it() with no body) test fails the run.
const mocha = new Mocha({ reporter: 'spec', timeout: 30_000, slow: 2_000, grep, forbidOnly: true, forbidPending: true });
for (const tier of selected) for (const f of specs(join(root, 'dist', 'test', tier))) mocha.addFile(f);
await mocha.loadFilesAsync();
const runner = mocha.run();
const perTier = Object.fromEntries(selected.map((t) => [t, 0]));
const tierOf = (file) => (file ? relative(join(root, 'dist', 'test'), file).split(sep)[0] : undefined);
runner.on('test end', (test) => {
  const tier = tierOf(test.file);
  if (tier in perTier) perTier[tier]++;
});
runner.on('end', () => {
  let { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
  if (!grep) {
    for (const [tier, count] of Object.entries(perTier)) {
      const min = minimumPerTier[tier] ?? 1;
      if (count < min) {
        console.error(`\nThe ${tier} tier ran ${count} tests, fewer than its minimum of ${min} (test/run-tests.mjs): specs were lost.`);
        failures++;
      }
    }
  }
  console.log(
    `\ntests per tier: ${Object.entries(perTier)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}`,
  );
  writeFileSync(join(root, 'dist', 'test-results.json'), JSON.stringify({ passes, failures, pending, tiers: selected }) + '\n');
  if (browserNote) console.log(`\nNOTE: ${browserNote}`);
  console.log(`\ntests: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
  process.exitCode = failures > 0 || passes === 0 ? 1 : 0;
  // Database pools or servers left open by a failed spec must not keep CI waiting.
  setTimeout(() => process.exit(process.exitCode), 2000).unref();
});
