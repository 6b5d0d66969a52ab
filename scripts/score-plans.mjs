#!/usr/bin/env node
/**
 * Scores the plan reader (`loa plan import --json`) against expectations written apart from it,
 * like test/fixtures/plans/real-r11/expected.json: one object per file with `isPlan`, `issuer`
 * {name, level}, `number`, `year` and `tasks` [{channel, count, per}]. Run it on any such file:
 *
 *   node scripts/score-plans.mjs test/fixtures/plans/real-r11/expected.json [--details]
 *
 * Figures: documents told rightly as plan or not; for the plans, issuer, level, number and year
 * as expected; expected tasks whose channel the reader gives a task for, and those whose quota
 * (count and per) it reads as well; expected tasks on channel "other" (activities that are no
 * publication channel) are counted apart. The last line is one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const details = args.includes('--details');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: node scripts/score-plans.mjs EXPECTED.json [--details]');
  process.exit(2);
}
const expected = JSON.parse(readFileSync(file, 'utf8'));
const dir = dirname(file);
const tally = {
  documents: 0,
  kindRight: 0,
  plans: 0,
  issuer: 0,
  level: 0,
  number: 0,
  year: 0,
  tasks: 0,
  channelFound: 0,
  quotaRight: 0,
  otherActivities: 0,
};

for (const e of expected) {
  tally.documents++;
  const run = spawnSync(process.execPath, [join(root, 'bin', 'loa.js'), 'plan', 'import', '--json', join(dir, e.file)], {
    encoding: 'utf8',
  });
  const lines = run.stdout.split('\n').filter((l) => l.trim() !== '');
  const reading = run.status === 0 && lines.length > 0 ? JSON.parse(lines[lines.length - 1]) : null;
  const plan = reading ? (reading.document ?? reading) : null;
  const isPlan = plan !== null;
  const notes = [];
  if (isPlan === e.isPlan) tally.kindRight++;
  else notes.push(`read as ${isPlan ? 'a plan' : 'not a plan'}${isPlan ? '' : ` (${(run.stderr.split('\n')[0] ?? '').slice(0, 120)})`}`);
  if (e.isPlan) {
    tally.plans++;
    // Dashes are one character in a name however typed ("Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu").
    const norm = (v) => (typeof v === 'string' ? v.replace(/\s*[-–—]\s*/gu, ' - ').normalize('NFC') : (v ?? null));
    const same = (a, b) => norm(a) === norm(b);
    const fields = {
      issuer: [plan?.issuer, e.issuer?.name],
      level: [plan?.level, e.issuer?.level],
      number: [plan?.number, e.number],
      year: [plan?.year, e.year],
    };
    for (const [k, [got, want]] of Object.entries(fields)) {
      if (isPlan && same(got, want)) tally[k]++;
      else notes.push(`${k}: expected ${JSON.stringify(want ?? null)}, got ${JSON.stringify(got ?? null)}`);
    }
    for (const t of e.tasks ?? []) {
      // "other" is an activity that is no channel Loa publishes on (a contest, a working group): counted apart.
      if (t.channel === 'other') {
        tally.otherActivities++;
        continue;
      }
      tally.tasks++;
      const withChannel = (plan?.tasks ?? []).filter((r) => r.channels.includes(t.channel));
      if (withChannel.length > 0) tally.channelFound++;
      else notes.push(`task on ${t.channel} not found ("${(t.evidence ?? '').slice(0, 60)}")`);
      const quotaRight =
        t.count === null || t.count === undefined
          ? withChannel.some((r) => r.quota === null)
          : withChannel.some((r) => r.quota?.count === t.count && (r.quota?.per ?? null) === (t.per ?? null));
      if (quotaRight) tally.quotaRight++;
      else if (withChannel.length > 0)
        notes.push(
          `quota on ${t.channel}: expected ${t.count}/${t.per}, got ${withChannel.map((r) => `${r.quota?.count}/${r.quota?.per}`).join(', ')}`,
        );
    }
  }
  if (details) console.log(`${notes.length === 0 ? '✓' : '✗'} ${e.file}${notes.map((n) => `\n    ${n}`).join('')}`);
}
const pct = (n, d) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
console.log(`plan or not: ${tally.kindRight}/${tally.documents} (${pct(tally.kindRight, tally.documents)})`);
console.log(
  `plans: issuer ${tally.issuer}/${tally.plans}, level ${tally.level}/${tally.plans}, number ${tally.number}/${tally.plans}, year ${tally.year}/${tally.plans}`,
);
console.log(
  `tasks on a channel (${tally.otherActivities} activities on no channel left out): channel found ${tally.channelFound}/${tally.tasks} (${pct(tally.channelFound, tally.tasks)}), quota right ${tally.quotaRight}/${tally.tasks} (${pct(tally.quotaRight, tally.tasks)})`,
);
console.log(JSON.stringify(tally));
