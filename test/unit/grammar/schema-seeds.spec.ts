/** The examples from the seeds table of SCHEMA.md ("just as binding" as dev.jsonl). */
import { expect } from 'chai';
import { parsePhrase } from '../../../src/domain/grammar/parse-phrase.js';
import type { PhraseKind } from '../../../src/domain/grammar/phrase.types.js';
import { expectFields, expectSpansInside } from './phrase-expectations.js';

const SEEDS: ReadonlyArray<{ text: string; kind: PhraseKind; refDate?: string; expected: Record<string, unknown> }> = [
  { text: 'Tần suất: 03 tin, bài/tháng.', kind: 'quota', expected: { count: 3, unit: 'tin, bài', per: 'month' } },
  {
    text: 'Mỗi tháng 01 chương trình (10-15 phút)',
    kind: 'quota',
    expected: { count: 1, unit: 'chương trình', per: 'month', durationMin: 10, durationMax: 15 },
  },
  {
    text: 'Thường xuyên trong năm.',
    kind: 'timeframe',
    refDate: '2024-03-11',
    expected: { recurring: 'continuous', from: '2024-01-01', to: '2024-12-31' },
  },
  { text: 'Quý I/2024', kind: 'timeframe', expected: { from: '2024-01-01', to: '2024-03-31' } },
  { text: 'Trong quý II, III năm 2024', kind: 'timeframe', expected: { from: '2024-04-01', to: '2024-09-30' } },
  { text: 'Tháng 02/2025', kind: 'timeframe', expected: { from: '2025-02-01', to: '2025-02-28' } },
  { text: 'Quý III năm 2025', kind: 'timeframe', expected: { from: '2025-07-01', to: '2025-09-30' } },
  { text: 'Trước ngày 30/11/2025', kind: 'deadline', expected: { before: '2025-11-30' } },
  { text: 'Định kỳ 6 tháng, hằng năm', kind: 'reporting', expected: { periods: ['half-year', 'year'] } },
  {
    text: 'định kỳ hàng quý, 6 tháng, 9 tháng, năm',
    kind: 'reporting',
    expected: { periods: ['quarter', 'half-year', 'nine-months', 'year'] },
  },
];

describe('grammar: seed examples of SCHEMA.md', () => {
  for (const seed of SEEDS) {
    it(`${seed.kind}: ${seed.text}`, () => {
      const reading = parsePhrase(seed.text, { kind: seed.kind, refDate: seed.refDate });
      expect(reading.kind).to.equal(seed.kind);
      expectFields(reading, seed.expected);
      expectSpansInside(reading);
    });
  }

  it('reads the seed phrases split by line breaks and doubled spaces as in the plan files', () => {
    const reading = parsePhrase('Mỗi tháng 01  chương trình (10-15 phút), phát trên sóng truyền \n\nthanh xã.', { kind: 'quota' });
    expectFields(reading, { count: 1, unit: 'chương trình', per: 'month', durationMin: 10, durationMax: 15 });
  });

  it('reads the plan-of-2024 phrase in NFD as in NFC', () => {
    const nfd = 'Định kỳ 6 tháng, hằng năm'.normalize('NFD');
    expect(parsePhrase(nfd, { kind: 'reporting' }).result).to.deep.include({ periods: ['half-year', 'year'] });
  });
});
