/**
 * Property-based tests: for any string the parser returns a reading or throws a DomainError
 * with a stable code and a Vietnamese message, never anything else (PHRASE_UNREADABLE, the
 * guard's answer to an internal fault, is a failure here); huge input is refused
 * or read without blowing up (the patterns are PEG-style, linear in the input).
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { DomainError } from '../../../src/domain/errors/domain-error.js';
import { classifyPhrase, parsePhrase } from '../../../src/domain/grammar/parse-phrase.js';
import type { PhraseKind, PhraseReading } from '../../../src/domain/grammar/phrase.types.js';

const KINDS: PhraseKind[] = ['quota', 'timeframe', 'deadline', 'reporting'];
const CODES = [
  'PHRASE_EMPTY',
  'PHRASE_UNRECOGNIZED',
  'PHRASE_TOO_LONG',
  'PHRASE_NOT_TEXT',
  'PHRASE_REF_DATE_INVALID',
  'PHRASE_KIND_INVALID',
  'PHRASE_SPAN_REVERSED',
  'PHRASE_DATE_IMPOSSIBLE',
];

/** Words and symbols of real phrases, to build adversarial near-phrases. */
const VOCAB = [
  'mỗi',
  'hằng',
  'hàng',
  'tháng',
  'tuần',
  'quý',
  'năm',
  'ngày',
  'thứ',
  'ba',
  'hai',
  'một',
  'tin',
  'bài',
  ',',
  '/',
  '-',
  '–',
  '(',
  ')',
  '01',
  '03',
  '10',
  '15',
  '2024',
  '12',
  '31',
  '30/11/2025',
  'trước',
  'từ',
  'đến',
  'hết',
  'chậm nhất',
  'ít nhất',
  'tối đa',
  'không quá',
  'khoảng',
  'II',
  'III',
  'IV',
  'I',
  'giờ',
  'phút',
  'tiếng',
  '11h05',
  'sáng',
  'tối',
  'chiều',
  'báo cáo',
  'định kỳ',
  '6 tháng',
  '9 tháng',
  'tuần thứ',
  'cuối',
  'đầu',
  'Chủ nhật',
  '%',
  '≥',
  'lần',
  'kỳ',
  'giai đoạn',
  'tầm nhìn',
  'dự kiến',
  'HIV/AIDS',
  '465/KH-UBND',
  ':',
  '.',
  '\n',
  '  ',
  '\u0301',
  '\u00ad',
  '\u0000',
  '\ud800',
  '😀',
  'İ',
];
const nearPhrase = fc.array(fc.constantFrom(...VOCAB), { maxLength: 40 }).map((ws) => ws.join(' '));
/** Times of every shape, joined as news and plans join them: "Sáng ngày 05/4, … quý I năm 2024", "ngày 01, … tháng 7 năm 2022". */
const timeChunk = fc.oneof(
  fc.integer({ min: 0, max: 32 }).map((d) => `ngày ${String(d).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 13 })).map(([d, m]) => `${d}/${m}`),
  fc
    .tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2030 }))
    .map(([d, m, y]) => `${d}/${m}/${y}`),
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 2000, max: 2030 })))
    .map(([m, y]) => `tháng ${m}${y ? ` năm ${y}` : ''}`),
  fc.integer({ min: 2000, max: 2030 }).map((y) => `năm ${y}`),
  fc.constantFrom('quý I', 'quý IV năm 2024', '6 tháng đầu năm 2023', 'cuối tháng 3', 'đầu năm', 'hằng tháng', 'Tết Nguyên đán', 'đến nay'),
);
const joiner = fc.constantFrom(', ', ' và ', ' đến ', ' từ ', ' - ', ' họp ', ' tổng kết ', ' trước ', ' sau ', ' (', ') ', '; ');
const timeList = fc
  .tuple(
    fc.constantFrom('', 'Sáng ', 'Chiều ', 'Ngày ', 'Từ ', 'Hôm nay, '),
    fc.array(fc.tuple(timeChunk, joiner), { minLength: 1, maxLength: 5 }),
  )
  .map(([lead, parts]) => lead + parts.map(([c, j]) => c + j).join(''));
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.uint8Array({ maxLength: 300 }).map((b) => String.fromCharCode(...b)),
  nearPhrase,
);

function readsOrRefuses(text: string, kind?: PhraseKind, refDate?: string): PhraseReading | DomainError {
  try {
    return parsePhrase(text, { kind, refDate });
  } catch (err) {
    expect(err, `threw a non-domain error for ${JSON.stringify(text.slice(0, 80))}`).to.be.instanceOf(DomainError);
    const e = err as DomainError;
    expect(CODES).to.include(e.code);
    expect(e.message).to.match(/[À-ỹ]/u);
    expect(e.evidence).to.have.property('text');
    return e;
  }
}

describe('grammar: robustness', () => {
  it('any string, any kind: a reading or a DomainError', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.constantFrom(...KINDS), { nil: undefined }), (text, kind) => {
        const out = readsOrRefuses(text, kind);
        if (!(out instanceof DomainError)) {
          expect(KINDS).to.include(out.kind);
          for (const span of Object.values(out.spans)) {
            expect(span.start).to.be.within(0, out.normalized.length);
            expect(span.end).to.be.within(span.start, out.normalized.length);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('near-phrases built from the grammar words never break it', () => {
    fc.assert(
      fc.property(nearPhrase, fc.constantFrom(...KINDS), fc.constantFrom(undefined, '2024-05-14'), (text, kind, refDate) => {
        readsOrRefuses(text, kind, refDate);
      }),
      { numRuns: 2000 },
    );
  });

  it('lists of times of every shape never break it', () => {
    fc.assert(
      fc.property(timeList, fc.constantFrom(...KINDS), fc.constantFrom(undefined, '2024-05-14'), (text, kind, refDate) => {
        readsOrRefuses(text, kind, refDate);
      }),
      { numRuns: 3000 },
    );
  });

  it('classifyPhrase gives a kind or a DomainError', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        try {
          expect(KINDS).to.include(classifyPhrase(text));
        } catch (err) {
          expect(err).to.be.instanceOf(DomainError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('bad options are domain errors too', () => {
    const e1 = readsOrRefuses('Quý I/2024', 'timeframe', '2024-02-30');
    expect(e1).to.be.instanceOf(DomainError).and.have.property('code', 'PHRASE_REF_DATE_INVALID');
    const e2 = readsOrRefuses('Quý I/2024', 'whatever' as PhraseKind);
    expect(e2).to.be.instanceOf(DomainError).and.have.property('code', 'PHRASE_KIND_INVALID');
    const e3 = (() => {
      try {
        return parsePhrase(undefined as unknown as string);
      } catch (err) {
        return err;
      }
    })();
    expect(e3).to.be.instanceOf(DomainError).and.have.property('code', 'PHRASE_NOT_TEXT');
  });

  it('empty and blank input is PHRASE_EMPTY', () => {
    for (const t of ['', '   ', '\n\t \u00a0', '\u200b']) {
      const e = readsOrRefuses(t, 'quota');
      expect(e).to.be.instanceOf(DomainError).and.have.property('code', 'PHRASE_EMPTY');
    }
  });

  it('text that says nothing of time is PHRASE_UNRECOGNIZED with the whole text as span', () => {
    const e = readsOrRefuses('Cơ quan chủ trì: UBND xã Hành Đức', 'timeframe');
    expect(e).to.be.instanceOf(DomainError).and.have.property('code', 'PHRASE_UNRECOGNIZED');
    expect((e as DomainError).evidence.span).to.deep.equal({ start: 0, end: 'Cơ quan chủ trì: UBND xã Hành Đức'.length });
  });

  it('1 MB of text is refused as too long, whatever it holds', () => {
    const mb = 'mỗi tháng 03 tin, bài/tháng ((((( '.repeat(Math.ceil(1_000_000 / 34)).slice(0, 1_000_000);
    for (const text of [mb, '1'.repeat(1_000_000), '('.repeat(1_000_000), ' '.repeat(999_999) + 'x']) {
      const e = readsOrRefuses(text, 'quota');
      expect(e).to.be.instanceOf(DomainError).and.have.property('code', 'PHRASE_TOO_LONG');
    }
  });

  it('the longest accepted phrase of adversarial repeats is read', () => {
    for (const unit of ['thứ ', '(', '1/', 'tuần thứ ', 'từ ngày 1 đến ', 'ít nhất ', 'tin, ', '-', 'quý I, ']) {
      const text = unit.repeat(Math.floor(1990 / unit.length));
      readsOrRefuses(text, 'quota');
      readsOrRefuses(text, 'timeframe');
      readsOrRefuses(text, 'reporting');
      readsOrRefuses(text, 'deadline');
    }
  });
});
