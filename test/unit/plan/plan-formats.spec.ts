/**
 * The same five plans saved as .docx (tables as real Word tables) and as a text-layer PDF
 * import to the same plan as their text; a plain-text copy in UTF-16, with a BOM, in NFD or
 * in the legacy TCVN3 and VNI encodings does too.
 */
import { expect } from 'chai';
import iconv from 'iconv-lite';
import { readPlan } from '../../../src/domain/plan/plan.reader.js';
import { encodeLegacyVietnamese } from '../../../src/domain/text/legacy-encoding.js';
import { importPlanFile, readPlanFile } from '../../../src/modules/plans/readers/plan-file.reader.js';
import { SEEDS, comparable, planAsDocx, planAsPdf, seedText, testVocabulary } from './plan-fixtures.js';

describe('plan import: the seeds as .docx and .pdf', function () {
  this.timeout(20_000);
  for (const seed of SEEDS) {
    const text = seedText(seed);
    const expected = comparable(readPlan(text, { vocabulary: testVocabulary() }));

    it(`seed ${seed} as .docx imports to the same plan as its text`, async () => {
      const bytes = await planAsDocx(text);
      const { document, plan } = await importPlanFile(bytes, testVocabulary());
      expect(document.format).to.equal('docx');
      expect(comparable(plan)).to.deep.equal(expected);
    });

    it(`seed ${seed} as a text-layer .pdf imports to the same plan as its text`, async () => {
      const bytes = await planAsPdf(text);
      const { document, plan } = await importPlanFile(bytes, testVocabulary());
      expect(document.format).to.equal('pdf');
      expect(comparable(plan)).to.deep.equal(expected);
    });
  }

  it('a .docx table reaches the reader as tab-separated rows', async () => {
    const { text } = await readPlanFile(await planAsDocx(seedText('003')));
    expect(text).to.include('1\tXây dựng Kế hoạch tuyên truyền CCHC năm 2025 của UBND huyện\tKế hoạch\t');
  });
});

describe('plan import: text encodings', () => {
  const text = seedText('001');
  const expected = comparable(readPlan(text, { vocabulary: testVocabulary() }));
  const encodings: Array<[string, () => Uint8Array]> = [
    ['UTF-8 with a BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE with a BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16-le')])],
    ['UTF-16 BE with a BOM', () => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16-be')])],
    ['UTF-16 LE without a BOM', () => iconv.encode(text, 'utf16-le')],
    ['UTF-8 in NFD', () => Buffer.from(text.normalize('NFD'), 'utf8')],
    ['TCVN3 (ABC)', () => Buffer.from(encodeLegacyVietnamese(text, 'tcvn3'), 'latin1')],
    ['VNI', () => Buffer.from(encodeLegacyVietnamese(text, 'vni'), 'latin1')],
  ];
  for (const [name, bytes] of encodings) {
    it(`${name} imports to the same plan`, async () => {
      const { document, plan } = await importPlanFile(bytes(), testVocabulary());
      expect(document.format).to.equal('text');
      expect(comparable(plan)).to.deep.equal(expected);
    });
  }

  it('says when it converted a legacy encoding', async () => {
    const doc = await readPlanFile(Buffer.from(encodeLegacyVietnamese(text, 'tcvn3'), 'latin1'));
    expect(doc.encoding).to.equal('tcvn3');
    expect(doc.notes.join(' ')).to.include('TCVN3');
  });
});
