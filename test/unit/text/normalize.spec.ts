import { expect } from 'chai';
import fc from 'fast-check';
import { foldLookalikeLetters, lowerSameLength, normalizeText, normalizeWithMap } from '../../../src/domain/text/normalize.js';

describe('text: normalize', () => {
  it('composes NFD to NFC', () => {
    const nfd = 'Định kỳ 6 tháng, hằng năm'.normalize('NFD');
    expect(nfd).to.not.equal('Định kỳ 6 tháng, hằng năm');
    expect(normalizeText(nfd)).to.equal('Định kỳ 6 tháng, hằng năm');
  });

  it('folds line breaks, tabs, NBSP and doubled spaces inside a phrase, and trims', () => {
    expect(normalizeText('  - Tần suất: Mỗi tháng 01 chương trình (10-15 phút), phát trên sóng truyền \n\nthanh xã. ')).to.equal(
      '- Tần suất: Mỗi tháng 01 chương trình (10-15 phút), phát trên sóng truyền thanh xã.',
    );
    expect(normalizeText('Số:\u00a0 41\t/KH-UBND\r\n')).to.equal('Số: 41 /KH-UBND');
  });

  it('drops zero-width characters and soft hyphens', () => {
    expect(normalizeText('tin\u200b, b\u00adài')).to.equal('tin, bài');
  });

  it('folds look-alike letters inside Vietnamese words to the Latin letters, and leaves other scripts alone', () => {
    expect(normalizeText('Bỏ báo ᴄáo định kỳ ᴠà trướᴄ ngàу 20')).to.equal('Bỏ báo cáo định kỳ và trước ngày 20');
    expect(normalizeText('Hоàn thành КH sớm')).to.equal('Hoàn thành KH sớm');
    // A Cyrillic or Greek word with no Latin letter in it is left as written.
    expect(foldLookalikeLetters('Россия у нас, ο λόγος')).to.equal('Россия у нас, ο λόγος');
    // Offsets do not move.
    const input = 'trướᴄ ngàу 20/11';
    expect(normalizeWithMap(input).text).to.have.length(input.length);
  });

  it('look-alike folding is idempotent and keeps the length, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aáᴄсууᴠвРрοo ngàyΟ'.split('')), maxLength: 60 }), (s) => {
        const once = foldLookalikeLetters(s);
        expect(foldLookalikeLetters(once)).to.equal(once);
        expect(once).to.have.length(s.normalize('NFC').length);
      }),
      { numRuns: 500 },
    );
  });

  it('maps every output offset back to the input', () => {
    const input = '  03\n tin,  bài/tháng ';
    const { text, offsets } = normalizeWithMap(input);
    expect(text).to.equal('03 tin, bài/tháng');
    expect(offsets).to.have.length(text.length + 1);
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== ' ') expect(input[offsets[i]!]).to.equal(text[i]);
    }
  });

  it('never throws and is idempotent, for any string (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).to.equal(once);
        expect(once).to.not.match(/\s\s|^\s|\s$/u);
      }),
      { numRuns: 1000 },
    );
  });

  it('its fast path agrees with the mapped path', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(normalizeText(s)).to.equal(normalizeWithMap(s).text);
      }),
      { numRuns: 1000 },
    );
  });

  it('lower-cases without changing offsets', () => {
    expect(lowerSameLength('Quý III')).to.equal('quý iii');
    const odd = 'İstanbul THÁNG';
    expect(lowerSameLength(odd)).to.have.length(odd.length);
  });

  it('handles 1 MB', () => {
    const big = 'Mỗi tháng 01 chương trình \n\n (10-15 phút)  '.repeat(25_000);
    const out = normalizeText(big);
    expect(out.length).to.be.lessThan(big.length);
    expect(out).to.not.include('  ');
  });
});
