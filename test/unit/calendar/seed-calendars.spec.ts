/**
 * `loa calendar` on every seed and on the example plan: the iCalendar output, expanded by an
 * independent library (ical.js), gives exactly the slot dates and times of the JSON output.
 */
import { expect } from 'chai';
import { PassThrough } from 'node:stream';
import { calendarCommand } from '../../../src/cli/commands/calendar.command.js';
import { seedPath } from '../../support/seeds.js';
import { expandWithIcalJs } from './calendar-fixtures.js';

async function attempt(file: string, format: 'json' | 'ics'): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: Buffer[] = [];
  const errs: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  stderr.on('data', (c: Buffer) => errs.push(c));
  const code = await calendarCommand(file, { format }, { stdin: new PassThrough(), stdout, stderr });
  return { code, out: Buffer.concat(chunks).toString('utf8'), err: Buffer.concat(errs).toString('utf8') };
}

async function run(file: string, format: 'json' | 'ics'): Promise<string> {
  const r = await attempt(file, format);
  expect(r.code, r.err).to.equal(0);
  return r.out;
}

/** UID `scope:task:channel@loa` → `task:channel` (the scope is the file's digest, the same on every UID). */
function expandIcs(text: string): Map<string, string[]> {
  const scopes = new Set<string>();
  const out = new Map(
    [...expandWithIcalJs(text, 5000)].map(([uid, list]) => {
      const m = /^([0-9a-f]{16}):(.*)@loa$/.exec(uid);
      expect(m, uid).to.not.equal(null);
      scopes.add(m![1]);
      return [m![2], list] as const;
    }),
  );
  expect(scopes.size).to.be.at.most(1);
  return out;
}

/** Seeds 000, 002 and 004 write no quantity for any task: no slot, so the command warns and exits 2. */
const noSlots = ['000', '002', '004'];
const plans: [string, string][] = [
  ...['001', '003'].map((s) => [`seed ${s}`, seedPath(s)] as [string, string]),
  ['example plan', 'examples/ke-hoach-tuyen-truyen-cchc-2026.txt'],
];

describe('loa calendar: iCalendar and JSON agree for every seed', () => {
  for (const seed of noSlots) {
    it(`seed ${seed} gives no slot: a CALENDAR_EMPTY warning naming the tasks, exit 2, nothing on stdout, in either format`, async () => {
      for (const format of ['json', 'ics'] as const) {
        const r = await attempt(seedPath(seed), format);
        expect([r.code, r.out]).to.deep.equal([2, '']);
        expect(r.err).to.include('CALENDAR_EMPTY').and.include('cần nhập chỉ tiêu');
      }
    });
  }

  for (const [label, file] of plans) {
    it(`${label}: ical.js expands the .ics to exactly the JSON slots`, async () => {
      const json = JSON.parse(await run(file, 'json')) as {
        year: number;
        rules: { taskId: string; channel: string }[];
        slots: { taskId: string; channel: string; date: string; time: string }[];
      };
      const fromJson = new Map<string, string[]>();
      for (const s of json.slots) {
        const key = `${s.taskId}:${s.channel}`;
        fromJson.set(key, [...(fromJson.get(key) ?? []), `${s.date}T${s.time}`]);
      }
      for (const list of fromJson.values()) list.sort();
      const fromIcs = expandIcs(await run(file, 'ics'));
      for (const [key, list] of fromJson) expect(fromIcs.get(key), `${label} ${key}`).to.deep.equal(list);
      for (const [key, list] of fromIcs)
        expect(list.length === 0 || fromJson.has(key), `${label} ${key} has events but no slots`).to.equal(true);
    });
  }

  it('seed 001 for 2024: 36 portal slots (3 a month, no two within 5 days), 12 radio slots of 10–15 minutes, none on a day off', async () => {
    const json = JSON.parse(await run(seedPath('001'), 'json')) as {
      year: number;
      slots: { channel: string; date: string; durationMin?: number; durationMax?: number }[];
    };
    expect(json.year).to.equal(2024);
    const web = json.slots.filter((s) => s.channel === 'web-portal');
    const radio = json.slots.filter((s) => s.channel === 'radio');
    expect(web).to.have.length(36);
    expect(radio).to.have.length(12);
    for (let m = 1; m <= 12; m++) {
      const days = web
        .filter((s) => Number(s.date.slice(5, 7)) === m)
        .map((s) => Number(s.date.slice(8, 10)))
        .sort((a, b) => a - b);
      expect(days, `month ${m}`).to.have.length(3);
      for (let i = 1; i < days.length; i++) expect(days[i] - days[i - 1], `month ${m}`).to.be.greaterThan(5);
    }
    expect(radio.every((s) => s.durationMin === 10 && s.durationMax === 15)).to.equal(true);
    const daysOff = [
      '2024-01-01',
      '2024-02-08',
      '2024-02-09',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
      '2024-04-18',
      '2024-04-29',
      '2024-04-30',
      '2024-05-01',
      '2024-09-02',
      '2024-09-03',
    ];
    for (const s of [...web, ...radio]) {
      const weekday = new Date(`${s.date}T00:00:00Z`).getUTCDay();
      expect(weekday, s.date).to.not.be.oneOf([0, 6]);
      expect(daysOff, s.date).not.to.include(s.date);
    }
  });
});
