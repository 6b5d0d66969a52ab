#!/usr/bin/env node
/**
 * Scores `loa parse --jsonl` against a gold set written like ../shared/phrases/dev.jsonl:
 * a phrase counts as right when every expected field is deep-equal in the result (extra
 * fields allowed). This is the way the parser is measured on phrases kept outside the
 * repository; run it on any such file:
 *
 *   node scripts/score-phrases.mjs ../shared/phrases/dev.jsonl [more.jsonl …] [--failures] [--schema[=SCHEMA.md]]
 *
 * --schema scores SCHEMA.md's fields only (the fields its tables name for each kind, read
 * from ../shared/phrases/SCHEMA.md or the path given): a gold field SCHEMA.md has no slot for
 * (an analyst's `dataWindow`, `percentMin`, …) is left out, and a line whose gold has no
 * SCHEMA.md field at all is not scored (counted as `unscored`).
 *
 * Prints one line per wrong phrase with --failures, then the figures; the last line is one
 * JSON object.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const showFailures = args.includes('--failures');
const files = args.filter((a) => !a.startsWith('--'));
const schemaArg = args.find((a) => a === '--schema' || a.startsWith('--schema='));
const schemaPath = schemaArg?.includes('=') ? schemaArg.slice('--schema='.length) : join(root, '..', 'shared', 'phrases', 'SCHEMA.md');
/** The fields SCHEMA.md's table names for each kind ("## quota" … "## reporting"): every `name` in a row's first cell. */
function schemaFields(path) {
  const fields = {};
  let kind;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const heading = /^## (quota|timeframe|deadline|reporting)\b/.exec(line);
    if (heading) kind = heading[1];
    else if (line.startsWith('## ')) kind = undefined;
    else if (kind && line.startsWith('| `'))
      for (const m of line.split('|')[1].matchAll(/`([A-Za-z]+)`/g)) (fields[kind] ??= new Set()).add(m[1]);
  }
  return fields;
}
const schema = schemaArg ? schemaFields(schemaPath) : undefined;
if (files.length === 0) {
  console.error('usage: node scripts/score-phrases.mjs GOLD.jsonl [GOLD.jsonl …] [--failures]');
  process.exit(2);
}

const gold = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => ({ file, line: i + 1, ...JSON.parse(l) })),
);
const input = gold.map((g) => JSON.stringify({ text: g.text, kind: g.kind, refDate: g.refDate })).join('\n') + '\n';
const run = spawnSync(process.execPath, [join(root, 'bin', 'loa.js'), 'parse', '--jsonl'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
const answers = run.stdout
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => JSON.parse(l));
if (answers.length !== gold.length) {
  console.error(`loa parse answered ${answers.length} lines for ${gold.length}`);
  process.exit(1);
}

const byKind = {};
let right = 0;
let unscored = 0;
for (const [i, g] of gold.entries()) {
  const answer = answers[i];
  const result = answer.result ?? {};
  const expected = schema ? Object.entries(g.expected).filter(([field]) => schema[g.kind]?.has(field)) : Object.entries(g.expected);
  if (expected.length === 0 && Object.keys(g.expected).length > 0) {
    unscored += 1;
    continue;
  }
  const wrong = expected.filter(([field, value]) => !isDeepStrictEqual(result[field], value));
  const ok = answer.result !== undefined && wrong.length === 0;
  const k = (byKind[g.kind] ??= { phrases: 0, right: 0 });
  k.phrases += 1;
  if (ok) {
    right += 1;
    k.right += 1;
  } else if (showFailures) {
    console.log(`✗ ${g.file}:${g.line} [${g.kind}] ${JSON.stringify(g.text)}`);
    if (answer.error) console.log(`    error ${answer.error.code}: ${answer.error.message}`);
    for (const [field, value] of wrong)
      console.log(`    ${field}: expected ${JSON.stringify(value)}, got ${JSON.stringify(result[field])}`);
  }
}
for (const [kind, k] of Object.entries(byKind)) console.log(`${kind}: ${k.right}/${k.phrases}`);
const scored = gold.length - unscored;
console.log(
  JSON.stringify({
    phrases: scored,
    right,
    share: Number((right / scored).toFixed(4)),
    byKind,
    ...(schema ? { fields: 'SCHEMA.md', unscored } : {}),
  }),
);
