import { expect } from 'chai';
import { encodeHTML } from 'entities';
import fc from 'fast-check';
import { decodeCharacterReferences } from '../../../src/domain/text/character-references.js';

describe('text: character references', () => {
  it('reads named, decimal and hexadecimal references as their characters', () => {
    expect(decodeCharacterReferences('ng&agrave;y l&agrave;m vi&#7879;c, Qu&#x1EA3;ng Tr&#7883;&nbsp;x')).to.equal(
      'ngày làm việc, Quảng Trị\u00a0x',
    );
  });

  it('reads a numeric reference to no character (beyond Unicode, a lone surrogate, NUL) as U+FFFD', () => {
    for (const ref of ['&#x110000;', '&#9999999;', '&#xD800;', '&#0;']) expect(decodeCharacterReferences(`a${ref}b`)).to.equal('a\ufffdb');
  });

  it('leaves an ampersand that opens no closed reference, and an unknown name, as written', () => {
    for (const text of ['Bộ TT&TT', 'Sở VH&TT tỉnh', '&copy 2024', 'A & B', '&foo; bar', '&#;', '&;'])
      expect(decodeCharacterReferences(text)).to.equal(text);
  });

  it('reads back any text HTML-encoded by the entities package (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        expect(decodeCharacterReferences(encodeHTML(s))).to.equal(s);
      }),
    );
  });

  it('changes no text without an ampersand (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }).filter((s) => !s.includes('&')),
        (s) => {
          expect(decodeCharacterReferences(s)).to.equal(s);
        },
      ),
    );
  });
});
