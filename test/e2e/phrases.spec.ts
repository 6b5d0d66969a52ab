import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { login, seedTree, type Tree } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';
import { answerLine } from '../../src/cli/commands/parse.command.js';

describeEachDatabase('POST /api/phrases/parse', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  let auth: Record<string, string>;

  before(async () => {
    db = await createTestDatabase(kind);
    t = await startTestApp(db);
    tree = await seedTree(t.app);
    auth = { authorization: `Bearer ${(await login(t.baseUrl, tree.users.viewer.username)).token}`, 'content-type': 'application/json' };
  });
  after(async () => {
    await t?.close();
    await db?.drop();
  });

  const post = async (body: unknown, query = '') => {
    const res = await fetch(`${t.baseUrl}/api/phrases/parse${query}`, { method: 'POST', headers: auth, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as unknown };
  };

  it('answers exactly what `loa parse --jsonl` answers, line for line, in order', async () => {
    const lines = readFileSync(new URL('../../../../shared/phrases/dev.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean);
    const inputs = lines.map((l) => {
      const { text, kind: k, refDate } = JSON.parse(l) as { text: string; kind: string; refDate?: string };
      return { text, kind: k, ...(refDate ? { refDate } : {}) };
    });
    const r = await post(inputs);
    expect(r.status).to.equal(200);
    expect(r.body).to.deep.equal(inputs.map((i) => answerLine(JSON.stringify(i), {})));
  });

  // Oracles written apart from the grammar: the gold fields of dev.jsonl (written from SCHEMA.md
  // by people who never read the parser), and a few answers fixed here by hand.
  it('answers every gold field of dev.jsonl over HTTP, but the one line README names', async () => {
    const lines = readFileSync(new URL('../../../../shared/phrases/dev.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean);
    const gold = lines.map((l) => JSON.parse(l) as { text: string; kind: string; refDate?: string; expected: Record<string, unknown> });
    const r = await post(gold.map(({ text, kind: k, refDate }) => ({ text, kind: k, ...(refDate ? { refDate } : {}) })));
    expect(r.status).to.equal(200);
    const answers = r.body as { result: Record<string, unknown> }[];
    const wrong = gold.filter((g, i) =>
      Object.entries(g.expected).some(([field, value]) => JSON.stringify(answers[i].result?.[field]) !== JSON.stringify(value)),
    );
    // README: "39 of the 40 lines of dev.jsonl (the fortieth's perEntity names units the phrase does not name)".
    expect(wrong.map((g) => g.text)).to.have.length(1);
    expect(Object.keys(wrong[0].expected)).to.include('perEntity');
  });

  it('answers phrases fixed by hand with their fields', async () => {
    const cases: [Record<string, string>, Record<string, unknown>][] = [
      [
        { text: '03 tin, bài/tháng', kind: 'quota' },
        { count: 3, unit: 'tin, bài', per: 'month' },
      ],
      [
        { text: 'Mỗi tháng 02 chương trình (10-15 phút)', kind: 'quota' },
        { count: 2, per: 'month', durationMin: 10, durationMax: 15 },
      ],
      [
        { text: 'Quý I/2024', kind: 'timeframe' },
        { from: '2024-01-01', to: '2024-03-31' },
      ],
      [
        { text: 'Quý II/2024', kind: 'timeframe' },
        { from: '2024-04-01', to: '2024-06-30' },
      ],
      [
        { text: 'Tháng 02', kind: 'timeframe', refDate: '2024-01-24' },
        { from: '2024-02-01', to: '2024-02-29' },
      ],
      [{ text: 'Trước ngày 30/11/2024', kind: 'deadline' }, { before: '2024-11-30' }],
    ];
    const r = await post(cases.map(([input]) => input));
    expect(r.status).to.equal(200);
    (r.body as { kind: string; result: Record<string, unknown> }[]).forEach((answer, i) => {
      expect(answer.kind, cases[i][0].text).to.equal(cases[i][0].kind);
      expect(answer.result, cases[i][0].text).to.deep.include(cases[i][1]);
    });
  });

  it('takes one object, and the document date from the query', async () => {
    const r = await post({ text: 'Tháng 02' }, '?refDate=2025-01-24&kind=timeframe');
    expect(r.body).to.deep.include({ kind: 'timeframe' });
    expect((r.body as { result: { from: string } }).result.from).to.equal('2025-02-01');
  });

  it('answers bad items with an error per item, not a failed request', async () => {
    const r = await post([{ text: 42 }, 'x', { text: '03 tin, bài/tháng', kind: 'banana' }, { text: '' }]);
    expect(r.status).to.equal(200);
    expect((r.body as { error: { code: string } }[]).map((x) => x.error.code)).to.deep.equal([
      'INPUT_MALFORMED',
      'INPUT_MALFORMED',
      'PHRASE_KIND_INVALID',
      'PHRASE_EMPTY',
    ]);
  });

  it('refuses more than 1000 phrases at once', async () => {
    const r = await post(Array.from({ length: 1001 }, () => ({ text: 'Quý I/2024' })));
    expect(r.status).to.equal(400);
  });
});
