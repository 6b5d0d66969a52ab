/**
 * Every line of ../shared/phrases/dev.jsonl, read at test time, is a test: the reading must
 * hold every expected field, deep-equal (extra fields allowed), and the classifier must find
 * the kind when none is given.
 */
import { expect } from 'chai';
import { classifyPhrase } from '../../../src/domain/grammar/parse-phrase.js';
import { expectFields, expectSpansInside, parseGold, readGold } from './phrase-expectations.js';

/**
 * Gold values that carry context from outside the phrase (the document the phrase came
 * from), which no reader of the phrase alone can produce. For these the test checks that
 * the gold value starts with what the phrase says, and every other field exactly.
 */
const CONTEXT_ONLY_GOLD: ReadonlyArray<{ text: string; field: string; reason: string }> = [
  {
    text: 'mỗi đơn vị bắt buộc có ít nhất 1 tác phẩm dự thi, tối đa không quá 2 tác phẩm',
    field: 'perEntity',
    reason: 'gold "đơn vị (UBND xã, thị trấn)" names which units from the surrounding document; the phrase says "đơn vị"',
  },
];

describe('grammar: dev.jsonl', () => {
  const lines = readGold('phrases/dev.jsonl');

  it('has the 40 lines of the dev set', () => {
    expect(lines).to.have.length(40);
  });

  for (const line of lines) {
    describe(`${line.kind}: ${line.text}`, () => {
      const context = CONTEXT_ONLY_GOLD.filter((c) => c.text === line.text);

      it('reads every expected field', () => {
        const reading = parseGold(line);
        expect(reading.kind).to.equal(line.kind);
        expectFields(
          reading,
          line.expected,
          context.map((c) => c.field),
        );
        for (const c of context) {
          const got = reading.result[c.field];
          expect(got, `${c.field}: ${c.reason}`).to.be.a('string').and.not.equal('');
          expect(String(line.expected[c.field]).startsWith(String(got)), `${c.field}: ${c.reason}`).to.equal(true);
        }
        expectSpansInside(reading);
        expect(reading.rules.length).to.be.greaterThan(0);
      });

      it('is classified as a ' + line.kind + ' when no kind is given', () => {
        expect(classifyPhrase(line.text)).to.equal(line.kind);
      });
    });
  }
});
