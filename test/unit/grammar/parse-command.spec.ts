/** `loa parse`: the reading for people and the JSON-lines contract the parser is measured by. */
import { expect } from 'chai';
import { PassThrough, Readable } from 'node:stream';
import { parseCommand } from '../../../src/cli/commands/parse.command.js';
import type { CliIo } from '../../../src/cli/cli-io.js';
import type { Quota } from '../../../src/domain/grammar/phrase.types.js';

function io(stdinText = ''): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (c: Buffer) => (o += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (e += c.toString('utf8')));
  return { io: { stdin: Readable.from([stdinText]), stdout, stderr }, out: () => o, err: () => e };
}

const jsonLines = (s: string): Record<string, unknown>[] =>
  s
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('loa parse', () => {
  it('prints a reading for people: fields, the words they came from, rules, and the RRULE', async () => {
    const t = io();
    const seen: Quota[] = [];
    const code = await parseCommand(['Tần suất: 03 tin, bài/tháng.'], { kind: 'quota' }, t.io, (q) => {
      seen.push(q);
      return 'FREQ=MONTHLY;COUNT=3';
    });
    expect(code).to.equal(0);
    const out = t.out();
    expect(out).to.include('loại: tần suất (quota)');
    expect(out).to.include('count').and.include('← "03"');
    expect(out).to.include('← "tin, bài"');
    expect(out).to.include('quota.count-unit');
    expect(out).to.include('RRULE: FREQ=MONTHLY;COUNT=3');
    expect(seen[0]).to.deep.include({ count: 3, per: 'month' });
  });

  it('classifies phrases without a kind and exits 2 when one cannot be read', async () => {
    const t = io();
    const code = await parseCommand(['Quý I/2024', 'xin chào'], {}, t.io);
    expect(code).to.equal(2);
    expect(t.out()).to.include('loại: thời gian thực hiện (timeframe)').and.include('lỗi PHRASE_UNRECOGNIZED');
  });

  it('exits 1 on usage errors', async () => {
    expect(await parseCommand([], {}, io().io)).to.equal(1);
    expect(await parseCommand(['Quý I'], { refDate: '2024-13-01' }, io().io)).to.equal(1);
    expect(await parseCommand(['Quý I'], { kind: 'poem' }, io().io)).to.equal(1);
  });

  it('--jsonl answers one line per input line, in order, and never aborts the stream', async () => {
    const input = [
      JSON.stringify({ text: 'Tần suất: 03 tin, bài/tháng.', kind: 'quota' }),
      '{not json',
      JSON.stringify({ text: 'Sáng ngày 19/11', kind: 'timeframe', refDate: '2016-06-30' }),
      '',
      JSON.stringify({ text: 'Sáng ngày 19/11', kind: 'timeframe' }),
      JSON.stringify({ text: 'hello' }),
      JSON.stringify({ kind: 'quota' }),
      JSON.stringify({ text: 'Quý I', kind: 'timeframe', refDate: 'yesterday' }),
      JSON.stringify({ text: 'định kỳ hàng quý, 6 tháng, 9 tháng, năm' }),
      JSON.stringify([1, 2]),
    ].join('\n');
    const t = io(input);
    const code = await parseCommand([], { jsonl: true, refDate: '2020-01-01' }, t.io);
    expect(code).to.equal(0);
    const lines = jsonLines(t.out());
    expect(lines).to.have.length(9);
    expect(lines[0]).to.deep.equal({ text: 'Tần suất: 03 tin, bài/tháng.', kind: 'quota', result: lines[0]!['result'] });
    expect(lines[0]!['result']).to.deep.include({ count: 3, unit: 'tin, bài', per: 'month' });
    expect(lines[1]).to.have.property('error').that.has.property('code', 'INPUT_MALFORMED');
    expect(lines[1]!['text']).to.equal('{not json');
    expect(lines[2]!['result']).to.deep.include({ date: '2016-11-19', yearInferred: true });
    expect(lines[3]!['result'], 'the --ref-date default').to.deep.include({ date: '2020-11-19' });
    expect(lines[4]).to.have.property('error').that.has.property('code', 'PHRASE_UNRECOGNIZED');
    expect((lines[4]!['error'] as { span: unknown }).span).to.deep.equal({ start: 0, end: 5 });
    expect(lines[5]).to.have.property('error').that.has.property('code', 'INPUT_MALFORMED');
    expect(lines[6]).to.have.property('error').that.has.property('code', 'PHRASE_REF_DATE_INVALID');
    expect(lines[7]).to.deep.include({ kind: 'reporting' });
    expect(lines[8]).to.have.property('error').that.has.property('code', 'INPUT_MALFORMED');
    for (const l of lines) {
      const keys = Object.keys(l).sort();
      expect([
        ['kind', 'result', 'text'],
        ['error', 'text'],
      ]).to.deep.include(keys);
    }
  });

  it('--jsonl refuses phrase arguments', async () => {
    expect(await parseCommand(['x'], { jsonl: true }, io().io)).to.equal(1);
  });
});
