/** Tokens and atoms: the two layers under the phrase rules. */
import { expect } from 'chai';
import { ATOM_RULES, buildAtoms, parseWordNumeral } from '../../../src/domain/grammar/atoms.js';
import { DEADLINE_RULES } from '../../../src/domain/grammar/deadline.rules.js';
import { QUOTA_RULES } from '../../../src/domain/grammar/quota.rules.js';
import { REPORTING_RULES } from '../../../src/domain/grammar/reporting.rules.js';
import { TIMEFRAME_RULES } from '../../../src/domain/grammar/timeframe.rules.js';
import { tokenize } from '../../../src/domain/grammar/tokenizer.js';

const atoms = (text: string) => buildAtoms(tokenize(text), text);
const types = (text: string) => atoms(text).map((a) => `${a.type}:${a.raw}`);

describe('grammar: tokenizer and atoms', () => {
  it('splits numbers, words, clock marks and symbols, with offsets', () => {
    const toks = tokenize('03 tin, bài/tháng lúc 11h05');
    expect(toks.map((t) => `${t.type}:${t.raw}`)).to.deep.equal([
      'num:03',
      'word:tin',
      'sym:,',
      'word:bài',
      'sym:/',
      'word:tháng',
      'word:lúc',
      'clock:11h05',
    ]);
    expect(toks[0]).to.deep.include({ start: 0, end: 2, value: 3 });
    expect(toks[7]).to.deep.include({ value: 11, minutes: 5 });
    expect(toks[3]!.spaceBefore).to.equal(true);
    expect(toks[4]!.spaceBefore).to.equal(false);
  });

  it('reads a capital glued inside a word after two small letters as a second word, but not a name like iPhone or VNeID', () => {
    expect(tokenize('giải quyếtTrong thời hạn').map((t) => `${t.raw}${t.spaceBefore ? '+' : ''}`)).to.deep.equal([
      'giải',
      'quyết+',
      'Trong+',
      'thời+',
      'hạn+',
    ]);
    for (const name of ['iPhone', 'eKYC', 'VNeID', 'HĐND', 'QĐ-TTg']) {
      expect(tokenize(name).filter((t) => t.type === 'word').length, name).to.equal(name.split('-').length);
    }
  });

  it('keeps letters with combining marks in one word', () => {
    const text = 'tha\u0301ng';
    expect(tokenize(text).map((t) => t.raw)).to.deep.equal([text]);
  });

  it('builds dates, months, quarters, years and halves', () => {
    expect(types('ngày 30/11/2025')).to.deep.equal(['DATE:ngày 30/11/2025']);
    expect(types('Tháng 02/2025')).to.deep.equal(['MONTH:Tháng 02/2025']);
    expect(types('quý II, III năm 2024')).to.deep.equal(['QUARTER:quý II, III năm 2024']);
    expect(types('6 tháng đầu năm 2023')).to.deep.equal(['HALF:6 tháng đầu năm 2023']);
    expect(types('giai đoạn 2022-2025')).to.deep.equal(['W:giai', 'W:đoạn', 'YEAR:2022', 'SYM:-', 'YEAR:2025']);
  });

  it('tells a weekday from an ordinal week', () => {
    expect(types('thứ ba tuần thứ ba')).to.deep.equal(['WEEKDAY:thứ ba', 'WEEKORD:tuần thứ ba']);
  });

  it('tells a duration from a clock time by context', () => {
    expect(types('thời lượng 2 giờ')).to.deep.equal(['W:thời', 'W:lượng', 'DUR:2 giờ']);
    expect(types('lúc 17 giờ')).to.deep.equal(['W:lúc', 'CLOCK:17 giờ']);
    expect(atoms('10-15 phút')[0]!.v).to.deep.include({ min: 10, max: 15 });
  });

  it('tells "tối thiểu" from the evening and "sáng tạo" from the morning', () => {
    expect(types('tối thiểu')).to.deep.equal(['QUAL:tối thiểu']);
    expect(types('sáng tạo')).to.deep.equal(['W:sáng', 'W:tạo']);
    expect(types('tối 26/10')).to.deep.equal(['POD:tối', 'DATE:26/10']);
  });

  it('reads "năm" as five only before a counted noun', () => {
    expect(types('năm tin')).to.deep.equal(['WNUM:năm', 'W:tin']);
    expect(types('hằng năm')).to.deep.equal(['PERIOD:hằng năm']);
    expect(types('6 tháng, năm')).to.deep.equal(['HALF:6 tháng', 'SYM:,', 'W:năm']);
  });

  it('reads word numerals', () => {
    expect(parseWordNumeral(['mười', 'lăm'])).to.equal(15);
    expect(parseWordNumeral(['hai', 'mươi', 'mốt'])).to.equal(21);
    expect(parseWordNumeral(['một', 'trăm'])).to.equal(100);
    expect(parseWordNumeral(['tin'])).to.equal(undefined);
  });

  it('records the atom rule that built each atom', () => {
    const a = atoms('Quý I/2024');
    expect(a[0]!.rule).to.equal('quarter.list');
  });

  it('names every rule once per table', () => {
    for (const table of [ATOM_RULES, QUOTA_RULES, TIMEFRAME_RULES, DEADLINE_RULES, REPORTING_RULES]) {
      const names = table.map((r) => r.name);
      expect(new Set(names).size, names.join(', ')).to.equal(names.length);
      for (const n of names) expect(n).to.match(/^[a-z0-9-]+\.[\p{L}0-9/:.%-]+$/u);
    }
  });
});
