/**
 * Phrases per second of the grammar over the dev set repeated, single process.
 * Prints figures for people; the last line is one JSON object with `phrasesPerSec`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePhrase } from '../src/domain/grammar/parse-phrase.js';
import type { ParseOptions } from '../src/domain/grammar/phrase.types.js';

interface Line {
  text: string;
  kind?: ParseOptions['kind'];
  refDate?: string;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const lines = readFileSync(join(root, '..', 'shared', 'phrases', 'dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Line);

function run(rounds: number, withKind: boolean): { n: number; ms: number; cpuMs: number; failed: number } {
  let failed = 0;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const l of lines) {
      try {
        parsePhrase(l.text, { kind: withKind ? l.kind : undefined, refDate: l.refDate });
      } catch {
        failed++;
      }
    }
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  return { n: rounds * lines.length, ms, cpuMs: (cpu.user + cpu.system) / 1000, failed };
}

run(50, true); // warm-up
const withKind = run(500, true);
const classified = run(200, false);
const rate = (x: { n: number; ms: number }): number => Math.round((x.n / x.ms) * 1000);
console.log(`dev set: ${lines.length} phrases`);
console.log(`with kind:   ${withKind.n} phrases in ${withKind.ms.toFixed(0)} ms → ${rate(withKind)} phrases/s (${withKind.failed} errors)`);
console.log(
  `classified:  ${classified.n} phrases in ${classified.ms.toFixed(0)} ms → ${rate(classified)} phrases/s (${classified.failed} errors)`,
);
// On a shared machine the wall clock counts time spent waiting for a core; CPU time does not.
const perCpuSecond = (x: { n: number; cpuMs: number }): number => Math.round((x.n / x.cpuMs) * 1000);
console.log(
  `per CPU second (the process's own time, not waiting for a core): ${perCpuSecond(withKind)} with kind, ${perCpuSecond(classified)} classified`,
);
console.log(
  JSON.stringify({
    phrasesPerSec: rate(withKind),
    phrasesPerSecClassified: rate(classified),
    phrasesPerCpuSec: perCpuSecond(withKind),
    phrasesPerCpuSecClassified: perCpuSecond(classified),
    phrases: withKind.n,
  }),
);
