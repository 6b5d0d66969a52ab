import { expect } from 'chai';
import { parseUnitsCsv } from '../../../src/modules/units/units-csv.importer.js';

describe('units CSV', () => {
  it('reads rows with a BOM and NFD names, normalising to NFC', () => {
    const rows = parseUnitsCsv('\uFEFFcode,name,level,parent_code\n38,"UBND tỉnh Thanh Hóa",province,\n');
    expect(rows).to.have.length(1);
    const nfd = parseUnitsCsv('code,name,level,parent_code\n1,' + 'Hành Đức'.normalize('NFD') + ',commune,38\n');
    expect(nfd[0].name).to.equal('Hành Đức'.normalize('NFC'));
    expect(nfd[0].parentCode).to.equal('38');
  });

  it('reports a wrong header with what was expected', () => {
    expect(() => parseUnitsCsv('ma,ten\n1,x\n'))
      .to.throw()
      .with.property('code', 'CSV_HEADER');
  });

  it('reports every bad row with its line', () => {
    try {
      parseUnitsCsv('code,name,level,parent_code\n1,A,commune,\n1,B,commune,\n2,,commune,\n3,C,Xã,\n');
      expect.fail('should throw');
    } catch (e) {
      const problems = (e as { evidence: { problems: { line: number }[] } }).evidence.problems;
      expect(problems.map((p) => p.line)).to.deep.equal([3, 4, 5]);
    }
  });
});
