/**
 * npm run bench -- import: imports each seed plan (../shared/seeds/*.txt) from its bytes,
 * warm, many times, and prints each seed's median in milliseconds. The last line is one
 * JSON object; `maxSeedMs` is the slowest seed's median (target: under 100 ms).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadChannelVocabulary } from '../config/channels/vocabulary.loader.js';
import { importPlanFile } from '../src/modules/plans/readers/plan-file.reader.js';

const WARMUP = 10;
const RUNS = 50;

/** The first folder above this file that holds package.json (dist/ holds none). */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
  return dir;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const seedDir = resolve(repoRoot(), '..', 'shared', 'seeds');
const vocabulary = loadChannelVocabulary();
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const medians: Record<string, number> = {};
for (const name of seeds) {
  const bytes = readFileSync(join(seedDir, name));
  for (let i = 0; i < WARMUP; i++) await importPlanFile(bytes, vocabulary);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const { plan } = await importPlanFile(bytes, vocabulary);
    times.push(performance.now() - t0);
    if (plan.tasks.length === 0 && plan.channels.length === 0) throw new Error(`${name}: nothing read`);
  }
  const seed = name.slice(0, 3);
  medians[seed] = Math.round(median(times) * 100) / 100;
  console.log(`seed ${seed}: median ${medians[seed]!.toFixed(2)} ms over ${RUNS} warm imports (${bytes.length} bytes)`);
}
const maxSeedMs = Math.max(...Object.values(medians));
console.log(JSON.stringify({ maxSeedMs, seeds: medians, runs: RUNS, targetMs: 100 }));
