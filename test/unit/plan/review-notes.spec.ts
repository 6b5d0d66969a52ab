/** Review notes as people read them: every note the reader leaves on real plans has a Vietnamese name, never its key. */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reviewKey } from '../../../src/domain/plan/plan-identity.js';
import { readPlan } from '../../../src/domain/plan/plan.reader.js';
import { reviewKeyName, reviewNoteName } from '../../../src/domain/plan/review-notes.js';
import { SEEDS, seedText, testVocabulary } from './plan-fixtures.js';

const fixtures = join(process.cwd(), 'test', 'fixtures', 'plans');
const texts = [
  ...SEEDS.map((seed) => ({ name: String(seed), text: seedText(seed) })),
  ...readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, text: readFileSync(join(fixtures, f), 'utf8') })),
];

describe('review notes named as people read them', () => {
  it('names every note the reader leaves on the seeds and the real plan fixtures, and a key by the same name', () => {
    let notes = 0;
    for (const { name, text } of texts) {
      let reading;
      try {
        reading = readPlan(text, { vocabulary: testVocabulary() });
      } catch (e) {
        // Some fixtures are news reports or scoring tables, which the reader refuses as not a plan.
        if ((e as { code?: string }).code === 'PLAN_NOT_RECOGNIZED') continue;
        throw e;
      }
      for (const note of reading.needsReview) {
        notes++;
        const said = reviewNoteName(note);
        expect(said, `${name}: ${reviewKey(note)}`).not.to.include('Thông tin khác');
        expect(said, name).to.match(note.taskId !== undefined ? /^Nhiệm vụ \S+ — \p{Lu}/u : /^Kế hoạch — \p{Lu}/u);
        expect(said).not.to.include(note.field.includes('.') ? note.field : `/${note.field}`);
        expect(reviewKeyName(reviewKey(note))).to.equal(said);
      }
    }
    expect(notes, 'the fixtures leave review notes').to.be.greaterThan(10);
  });

  it('reads a task key and a plan key', () => {
    expect(reviewKeyName('3/quota')).to.equal('Nhiệm vụ 3 — Tần suất');
    expect(reviewKeyName('issuedOn')).to.equal('Kế hoạch — Ngày ban hành');
    expect(reviewKeyName('2/reporting.periods')).to.equal('Nhiệm vụ 2 — Kỳ báo cáo');
  });
});
