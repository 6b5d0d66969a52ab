#!/usr/bin/env node
// npm run bench -- NAME [args…]: runs dist/bench/NAME.bench.js (built by `npm run build`).
// Each benchmark prints its figures for people; its last line is one JSON object.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'dist', 'bench');
const available = existsSync(benchDir)
  ? readdirSync(benchDir)
      .filter((f) => f.endsWith('.bench.js'))
      .map((f) => f.replace(/\.bench\.js$/, ''))
  : [];
const [name, ...rest] = process.argv.slice(2);
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- NAME   (one of: ${available.join(', ') || 'none built'})`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--enable-source-maps', '--expose-gc', join(benchDir, `${name}.bench.js`), ...rest], {
  stdio: 'inherit',
});
process.exit(result.status ?? 3);
