/**
 * VNI-Windows checked against a table written apart from the encoder: every Vietnamese
 * letter with its byte sequence, built from the VNI rules as the font vendor documents them
 * (a base letter, then one mark byte: tone marks ù ø û õ ï / Ù Ø Û Õ Ï; â ê ô as a base + â
 * (Â), toned as á à å ã ä (Á À Å Ã Ä); ă as a + ê (Ê), toned as é è ú ü ë (É È Ú Ü Ë);
 * ơ ư Ơ Ư as the single bytes ô ö Ô Ö; i and ỵ toned as single bytes; đ Đ as ñ Ñ). Nothing
 * here is read from src/domain/text.
 */
import { expect } from 'chai';
import { decodeLegacyVietnamese, encodeLegacyVietnamese } from '../../../src/domain/text/legacy-encoding.js';

const tones = ['', 'sắc', 'huyền', 'hỏi', 'ngã', 'nặng'] as const;
type Tone = (typeof tones)[number];

/** Unicode letters by base and tone (NFC), written out. */
const unicode: Record<string, string[]> = {
  a: ['a', 'á', 'à', 'ả', 'ã', 'ạ'],
  ă: ['ă', 'ắ', 'ằ', 'ẳ', 'ẵ', 'ặ'],
  â: ['â', 'ấ', 'ầ', 'ẩ', 'ẫ', 'ậ'],
  e: ['e', 'é', 'è', 'ẻ', 'ẽ', 'ẹ'],
  ê: ['ê', 'ế', 'ề', 'ể', 'ễ', 'ệ'],
  i: ['i', 'í', 'ì', 'ỉ', 'ĩ', 'ị'],
  o: ['o', 'ó', 'ò', 'ỏ', 'õ', 'ọ'],
  ô: ['ô', 'ố', 'ồ', 'ổ', 'ỗ', 'ộ'],
  ơ: ['ơ', 'ớ', 'ờ', 'ở', 'ỡ', 'ợ'],
  u: ['u', 'ú', 'ù', 'ủ', 'ũ', 'ụ'],
  ư: ['ư', 'ứ', 'ừ', 'ử', 'ữ', 'ự'],
  y: ['y', 'ý', 'ỳ', 'ỷ', 'ỹ', 'ỵ'],
};

const b = (...codes: number[]) => String.fromCharCode(...codes);
/** Tone mark bytes after a plain base (lower, upper). */
const toneByte: Record<Exclude<Tone, ''>, [number, number]> = {
  sắc: [0xf9, 0xd9],
  huyền: [0xf8, 0xd8],
  hỏi: [0xfb, 0xdb],
  ngã: [0xf5, 0xd5],
  nặng: [0xef, 0xcf],
};
/** Circumflex (â ê ô) with each tone, as one byte after the base letter. */
const circumflex: Record<Tone, [number, number]> = {
  '': [0xe2, 0xc2],
  sắc: [0xe1, 0xc1],
  huyền: [0xe0, 0xc0],
  hỏi: [0xe5, 0xc5],
  ngã: [0xe3, 0xc3],
  nặng: [0xe4, 0xc4],
};
/** Breve (ă) with each tone, as one byte after a. */
const breve: Record<Tone, [number, number]> = {
  '': [0xea, 0xca],
  sắc: [0xe9, 0xc9],
  huyền: [0xe8, 0xc8],
  hỏi: [0xfa, 0xda],
  ngã: [0xfc, 0xdc],
  nặng: [0xeb, 0xcb],
};
/** i with each tone: one byte. */
const iByte: Record<Tone, [number, number]> = {
  '': [0x69, 0x49],
  sắc: [0xed, 0xcd],
  huyền: [0xec, 0xcc],
  hỏi: [0xe6, 0xc6],
  ngã: [0xf3, 0xd3],
  nặng: [0xf2, 0xd2],
};

function vni(base: string, tone: Tone, upper: boolean): string {
  const k = upper ? 1 : 0;
  const letter = (c: string) => (upper ? c.toUpperCase() : c);
  switch (base) {
    case 'â':
    case 'ê':
    case 'ô':
      return letter({ â: 'a', ê: 'e', ô: 'o' }[base]) + b(circumflex[tone][k]);
    case 'ă':
      return letter('a') + b(breve[tone][k]);
    case 'ơ':
    case 'ư': {
      const single = base === 'ơ' ? [0xf4, 0xd4][k] : [0xf6, 0xd6][k];
      return b(single) + (tone ? b(toneByte[tone][k]) : '');
    }
    case 'i':
      return b(iByte[tone][k]);
    case 'y':
      if (tone === 'nặng') return b([0xee, 0xce][k]);
      return letter('y') + (tone ? b(toneByte[tone][k]) : '');
    default:
      return letter(base) + (tone ? b(toneByte[tone][k]) : '');
  }
}

const table: [string, string][] = [];
for (const [base, forms] of Object.entries(unicode)) {
  tones.forEach((tone, t) => {
    table.push([forms[t], vni(base, tone, false)]);
    table.push([forms[t].toUpperCase(), vni(base, tone, true)]);
  });
}
table.push(['đ', b(0xf1)], ['Đ', b(0xd1)]);

describe('VNI-Windows against a table written apart from the encoder', () => {
  it('has every letter: 12 bases × 6 tones × 2 cases, and đ Đ', () => {
    expect(table).to.have.length(146);
    expect(new Set(table.map(([u]) => u)).size).to.equal(146);
  });

  for (const [letter, bytes] of table) {
    it(`${letter} ↔ ${[...bytes].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join(' ')}`, () => {
      expect(decodeLegacyVietnamese(bytes, 'vni')).to.equal(letter);
      expect(encodeLegacyVietnamese(letter, 'vni')).to.equal(bytes);
    });
  }

  it('reads a sentence written out byte by byte', () => {
    // "Đẩy mạnh cải cách hành chính" in VNI, letter by letter from the table's rules.
    const bytes =
      b(0xd1) +
      'a' +
      b(0xe5) +
      'y m' +
      'a' +
      b(0xef) +
      'nh c' +
      'a' +
      b(0xfb) +
      'i ca' +
      b(0xf9) +
      'ch ha' +
      b(0xf8) +
      'nh ch' +
      b(0xed) +
      'nh';
    expect(decodeLegacyVietnamese(bytes, 'vni')).to.equal('Đẩy mạnh cải cách hành chính');
    expect(decodeLegacyVietnamese(Uint8Array.from([...bytes].map((c) => c.charCodeAt(0))), 'vni')).to.equal('Đẩy mạnh cải cách hành chính');
  });
});
