#!/usr/bin/env node
// `npm start`: the service with demo data. `npm install` already built dist/ (prepare); this
// rebuilds only when a source file is newer than the last build, so a fresh install starts at once.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'src', 'cli', 'loa.js');
const stamp = join(root, 'dist', '.tsbuildinfo');

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

const stale =
  !existsSync(entry) ||
  !existsSync(stamp) ||
  ['src', 'config', 'channels'].some((d) => existsSync(join(root, d)) && newestSource(join(root, d)) > statSync(stamp).mtimeMs);
if (stale) {
  console.log('Đang biên dịch TypeScript (building)…');
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.json')], {
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 3);
}
// The web app (dist/web) is built by prepare; build it here when it is missing.
if (!existsSync(join(root, 'dist', 'web', 'index.html')) && existsSync(join(root, 'web', 'scripts', 'build-web.mjs'))) {
  console.log('Đang dựng giao diện web (building the web app)…');
  const r = spawnSync(process.execPath, [join(root, 'web', 'scripts', 'build-web.mjs')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 3);
}
process.argv = [process.argv[0], entry, 'serve', '--demo', ...process.argv.slice(2)];
await import(entry);
