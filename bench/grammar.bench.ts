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

function run(rounds: number, withKind: boolean): { n: number; ms: number; failed: number } {
  let failed = 0;
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
  return { n: rounds * lines.length, ms, failed };
}

run(50, true); // warm-up
const withKind = run(500, true);
const classified = run(200, false);
const rate = (x: { n: number; ms: number }): number => Math.round((x.n / x.ms) * 1000);
console.log(`dev set: ${lines.length} phrases`);
console.log(`with kind:   ${withKind.n} phrases in ${withKind.ms.toFixed(0)} ms → ${rate(withKind)} phrases/s (${withKind.failed} errors)`);
console.log(`classified:  ${classified.n} phrases in ${classified.ms.toFixed(0)} ms → ${rate(classified)} phrases/s (${classified.failed} errors)`);
console.log(JSON.stringify({ phrasesPerSec: rate(withKind), phrasesPerSecClassified: rate(classified), phrases: withKind.n }));
