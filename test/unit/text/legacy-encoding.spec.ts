import { expect } from 'chai';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import {
  type LegacyEncoding,
  decodeLegacyVietnamese,
  detectLegacyEncoding,
  encodeLegacyVietnamese,
  toUnicodeVietnamese,
} from '../../../src/domain/text/legacy-encoding.js';

/** The 67 precomposed Vietnamese letters outside ASCII, lower case, built from their parts. */
function vietnameseLetters(): string[] {
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const bases = ['a', 'a\u0306', 'a\u0302', 'e', 'e\u0302', 'i', 'o', 'o\u0302', 'o\u031b', 'u', 'u\u031b', 'y'];
  const out: string[] = [];
  for (const b of bases) for (const t of tones) out.push((b + t).normalize('NFC'));
  out.push('đ');
  return out.filter((c) => c.length === 1 && c.charCodeAt(0) > 0x7f);
}

const LOWER = vietnameseLetters();
const UPPER = LOWER.map((c) => c.toUpperCase());
const ALL = [...LOWER, ...UPPER];
const ENCODINGS: LegacyEncoding[] = ['tcvn3', 'vni'];

describe('text: legacy encodings', () => {
  it('knows all 134 precomposed Vietnamese letters', () => {
    expect(LOWER).to.have.length(67);
    expect(new Set(ALL).size).to.equal(134);
  });

  for (const enc of ENCODINGS) {
    describe(enc, () => {
      for (const letter of ALL) {
        it(`round-trips ${letter}`, () => {
          const legacy = encodeLegacyVietnamese(letter, enc);
          for (const ch of legacy) expect(ch.charCodeAt(0), `${letter} → ${legacy}`).to.be.at.most(0xff);
          expect(decodeLegacyVietnamese(legacy, enc)).to.equal(letter);
        });
      }

      it('round-trips whole sentences and keeps ASCII as it is', () => {
        const s = 'Cộng hòa xã hội chủ nghĩa Việt Nam — ĐỘC LẬP, TỰ DO, HẠNH PHÚC: Kế hoạch số 41/KH-UBND ngày 11/3/2024';
        expect(decodeLegacyVietnamese(encodeLegacyVietnamese(s, enc), enc)).to.equal(s);
      });

      it('is detected on a plan sentence', () => {
        const s = encodeLegacyVietnamese('Tuyên truyền cải cách hành chính năm 2024: mỗi tháng 03 tin, bài', enc);
        expect(detectLegacyEncoding(s)).to.equal(enc);
        expect(toUnicodeVietnamese(s).text).to.equal('Tuyên truyền cải cách hành chính năm 2024: mỗi tháng 03 tin, bài');
      });

      it('accepts the raw bytes as well as a Latin-1 string', () => {
        const s = encodeLegacyVietnamese('Thường xuyên trong năm', enc);
        const bytes = Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
        expect(decodeLegacyVietnamese(bytes, enc)).to.equal('Thường xuyên trong năm');
      });

      it('round-trips any Vietnamese text (property)', () => {
        const letters = [...ALL, ...'abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY0123456789 ,./-()'];
        fc.assert(
          fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 80 }), (chars) => {
            const s = chars.join('');
            expect(decodeLegacyVietnamese(encodeLegacyVietnamese(s, enc), enc)).to.equal(s);
          }),
          { numRuns: 300 },
        );
      });
    });
  }

  it("the TCVN3 table agrees with iconv-lite's TCVN 5712 (VN1) byte for byte", () => {
    for (let b = 0; b < 256; b++) {
      if (b >= 0x20 && b < 0x80) continue;
      const ours = decodeLegacyVietnamese(Uint8Array.from([b]), 'tcvn3');
      const theirs = iconv.decode(Buffer.from([b]), 'tcvn').normalize('NFC');
      expect(ours, `byte 0x${b.toString(16)}`).to.equal(theirs);
    }
  });

  it('reads the classic samples', () => {
    expect(decodeLegacyVietnamese('Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'tcvn3')).to.equal('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(decodeLegacyVietnamese('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'vni')).to.equal('Cộng hòa xã hội chủ nghĩa Việt Nam');
  });

  it('does not take Unicode Vietnamese for legacy text', () => {
    for (const s of [
      'Cộng hòa xã hội chủ nghĩa Việt Nam',
      'Tháng 02/2025',
      'khoá học, hoà giải, thuê, xuân',
      'Quý I/2024',
      'café',
      '',
      '«Hello» © 2024',
    ]) {
      expect(detectLegacyEncoding(s), s).to.equal(null);
    }
  });
});
