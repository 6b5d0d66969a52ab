/**
 * Round 12 (second reader): for each class of miss found on round 12's dev set of real
 * phrases (reporting regimes, contest terms, loudspeaker rules, result reports), other
 * sentences of the same shape, written with the reading SCHEMA.md asks for. They guard the
 * class, not the phrase that showed it (test/fixtures/phrases/measure/round-12-dev.jsonl).
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { parsePhrase } from '../../../src/domain/grammar/parse-phrase.js';
import type { PhraseKind } from '../../../src/domain/grammar/phrase.types.js';
import { expectFields, expectSpansInside } from './phrase-expectations.js';

interface Case {
  text: string;
  kind: PhraseKind;
  refDate?: string;
  expected: Record<string, unknown>;
  /** Fields the reading must not have. */
  absent?: readonly string[];
}

const CLASSES: Record<string, readonly Case[]> = {
  'Latin look-alike letters (small capitals, Cyrillic у/с/о) inside Vietnamese words read as the Latin letters': [
    {
      text: 'Thời gian gửi báo ᴄáo là trướᴄ ngàу 15 tháng ᴄuối quý đối ᴠới Báo ᴄáo quý',
      kind: 'reporting',
      expected: { periods: ['quarter'], deadline: { before: { dayOfMonth: 15, month: 'last month of the quarter' } } },
    },
    {
      text: 'Báo ᴄáo 6 tháng gửi trướᴄ ngàу 10/6/2025',
      kind: 'reporting',
      expected: { periods: ['half-year'], deadline: { before: '2025-06-10' } },
    },
    { text: 'Mỗi tháng 04 tin, bài đăng trên trang Zalo ᴄủa xã', kind: 'quota', expected: { count: 4, unit: 'tin, bài', per: 'month' } },
    // Cyrillic letters (у, с, о) inside a Latin word.
    { text: 'Hоàn thành trước ngàу 30/9/2024', kind: 'deadline', expected: { before: '2024-09-30' } },
    { text: 'Thời gian thựс hiện: Quý III/2025', kind: 'timeframe', expected: { from: '2025-07-01', to: '2025-09-30' } },
  ],
};

describe('grammar: classes of real phrasing (round 12b)', () => {
  for (const [name, cases] of Object.entries(CLASSES)) {
    describe(name, () => {
      for (const c of cases) {
        it(`${c.kind}: ${c.text}`, () => {
          const reading = parsePhrase(c.text, { kind: c.kind, refDate: c.refDate });
          expectFields(reading, c.expected);
          for (const field of c.absent ?? []) expect(reading.result, `field "${field}"`).not.to.have.property(field);
          expectSpansInside(reading);
        });
      }
    });
  }
});

const pad = (n: number): string => String(n).padStart(2, '0');
/** A real calendar day from 1990 to 2049. */
const day = fc.record({ y: fc.integer({ min: 1990, max: 2049 }), dayOfYear: fc.integer({ min: 0, max: 364 }) }).map(({ y, dayOfYear }) => {
  const d = new Date(Date.UTC(y, 0, 1 + dayOfYear));
  return { y, m: d.getUTCMonth() + 1, d: d.getUTCDate() };
});

describe('grammar: round 12b classes over generated phrases', () => {
  it('a deadline reads the same whatever look-alike letters stand in its words', () => {
    const swaps: Record<string, readonly string[]> = { c: ['ᴄ', 'с'], v: ['ᴠ'], y: ['у', 'ʏ'], o: ['о', 'ᴏ'] };
    fc.assert(
      fc.property(day, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), fc.nat(), (t, picks, seed) => {
        const plain = `Các cơ quan gửi báo cáo về Sở trước ngày ${t.d}/${t.m}/${t.y}`;
        let k = 0;
        const disguised = plain.replace(/[cvyo]/g, (ch) => {
          const options = swaps[ch]!;
          return picks[k++ % picks.length] ? options[(seed + k) % options.length]! : ch;
        });
        const r = parsePhrase(disguised, { kind: 'deadline' }).result;
        expect(r, disguised).to.deep.include({ before: `${t.y}-${pad(t.m)}-${pad(t.d)}` });
      }),
      { numRuns: 200 },
    );
  });
});
