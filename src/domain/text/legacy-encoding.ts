/**
 * Detection and conversion of the two legacy Vietnamese encodings still found in old plan
 * files: TCVN3 ("ABC", the .Vn* fonts) and VNI (VNI-Windows, the VNI-* fonts).
 *
 * Sources (tables written out by hand from the published standards):
 * - TCVN 5712:1993 "Công nghệ thông tin – Bộ mã chuẩn 8-bit kí tự Việt dùng trong trao đổi
 *   thông tin", table VN1. The ABC fonts implement its subset VN3 (all lower-case toned
 *   letters in 0xB5–0xFE, the base letters ĂÂÊÔƠƯĐ / ăâêôơưđ in 0xA1–0xAE); VN1 adds the
 *   upper-case toned letters in the remaining gaps (0x01–0x17, 0x80–0x9F, 0xAF, 0xBA, 0xBF–0xC5,
 *   0xCD, 0xD9–0xDB, 0xE0, 0xF0, 0xFF) and the five combining tone marks in 0xB0–0xB4.
 *   Text typed in the upper-case ABC fonts (.VnTimeH) reuses the lower-case codes: its case
 *   cannot be recovered from the bytes.
 * - VNI-Windows (VNI Software, 1991–): a toned letter is its base letter followed by one
 *   "mark" byte that carries the vowel modifier and the tone together (e.g. "aá" = ấ,
 *   "eä" = ệ, "aë" = ặ), except for đ ("ñ"), ơ ("ô"), ư ("ö"), the toned i ("ì í æ ó ò")
 *   and ỵ ("î"), which are single bytes. Upper-case letters use the upper-case marks.
 *
 * Legacy text reaches us either as bytes or as a string whose characters are those bytes
 * read as Latin-1 (code points U+0000–U+00FF); both are accepted.
 */
import { toNfc } from './normalize.js';

export type LegacyEncoding = 'tcvn3' | 'vni';

// ---------------------------------------------------------------------------------------
// TCVN3 (TCVN 5712:1993, VN1)

/** Code points for bytes 0x80–0xFF, in order (combining marks at 0xB0–0xB4). */
const TCVN3_HIGH =
  // 0x80–0x8F
  'ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ' +
  // 0x90–0x9F
  'ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ' +
  // 0xA0–0xAF
  '\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ' +
  // 0xB0–0xBF
  '\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ' +
  // 0xC0–0xCF
  'ẮẦẨẪẤỀặầẩẫấậèỂẻẽ' +
  // 0xD0–0xDF
  'éẹềểễếệìỉỄẾỒĩíịò' +
  // 0xE0–0xEF
  'Ổỏõóọồổỗốộờởỡớợù' +
  // 0xF0–0xFF
  'ỖủũúụừửữứựỳỷỹýỵỐ';

/** Upper-case toned letters that VN1 places among the C0 control codes. */
const TCVN3_LOW: ReadonlyArray<readonly [number, string]> = [
  [0x01, 'Ú'],
  [0x02, 'Ụ'],
  [0x04, 'Ừ'],
  [0x05, 'Ử'],
  [0x06, 'Ữ'],
  [0x11, 'Ứ'],
  [0x12, 'Ự'],
  [0x13, 'Ỳ'],
  [0x14, 'Ỷ'],
  [0x15, 'Ỹ'],
  [0x16, 'Ý'],
  [0x17, 'Ỵ'],
];

const TCVN3_DECODE: string[] = (() => {
  const table: string[] = [];
  for (let b = 0; b < 0x80; b++) table.push(String.fromCharCode(b));
  for (const [b, ch] of TCVN3_LOW) table[b] = ch;
  for (let b = 0x80; b <= 0xff; b++) table.push(TCVN3_HIGH[b - 0x80]!);
  return table;
})();

const TCVN3_ENCODE: Map<string, number> = (() => {
  const map = new Map<string, number>();
  TCVN3_DECODE.forEach((ch, b) => {
    if (b >= 0x20 || TCVN3_LOW.some(([low]) => low === b)) {
      if (!map.has(ch)) map.set(ch, b);
    }
  });
  return map;
})();

// ---------------------------------------------------------------------------------------
// VNI-Windows

type Modifier = '' | 'circumflex' | 'breve' | 'horn';
type Tone = '' | 'grave' | 'acute' | 'hook' | 'tilde' | 'dot';

const TONE_COMBINING: Record<Exclude<Tone, ''>, string> = {
  grave: '\u0300',
  acute: '\u0301',
  hook: '\u0309',
  tilde: '\u0303',
  dot: '\u0323',
};
const MODIFIER_COMBINING: Record<Exclude<Modifier, ''>, string> = {
  circumflex: '\u0302',
  breve: '\u0306',
  horn: '\u031B',
};

/** The VNI mark bytes (lower-case form; the upper-case mark is the Latin-1 capital). */
const VNI_MARKS: ReadonlyArray<readonly [string, Modifier, Tone]> = [
  ['ø', '', 'grave'],
  ['ù', '', 'acute'],
  ['û', '', 'hook'],
  ['õ', '', 'tilde'],
  ['ï', '', 'dot'],
  ['â', 'circumflex', ''],
  ['à', 'circumflex', 'grave'],
  ['á', 'circumflex', 'acute'],
  ['å', 'circumflex', 'hook'],
  ['ã', 'circumflex', 'tilde'],
  ['ä', 'circumflex', 'dot'],
  ['ê', 'breve', ''],
  ['è', 'breve', 'grave'],
  ['é', 'breve', 'acute'],
  ['ú', 'breve', 'hook'],
  ['ü', 'breve', 'tilde'],
  ['ë', 'breve', 'dot'],
];

/** Single VNI bytes that are whole letters. */
const VNI_SINGLES: ReadonlyArray<readonly [string, string]> = [
  ['ñ', 'đ'],
  ['Ñ', 'Đ'],
  ['ô', 'ơ'],
  ['Ô', 'Ơ'],
  ['ö', 'ư'],
  ['Ö', 'Ư'],
  ['ì', 'ì'],
  ['Ì', 'Ì'],
  ['í', 'í'],
  ['Í', 'Í'],
  ['æ', 'ỉ'],
  ['Æ', 'Ỉ'],
  ['ó', 'ĩ'],
  ['Ó', 'Ĩ'],
  ['ò', 'ị'],
  ['Ò', 'Ị'],
  ['î', 'ỵ'],
  ['Î', 'Ỵ'],
];

const VNI_MARK_BY_CHAR = new Map<string, readonly [Modifier, Tone]>();
for (const [ch, mod, tone] of VNI_MARKS) {
  VNI_MARK_BY_CHAR.set(ch, [mod, tone]);
  VNI_MARK_BY_CHAR.set(ch.toUpperCase(), [mod, tone]);
}
const VNI_SINGLE_DECODE = new Map(VNI_SINGLES);

/** Which modifiers a VNI base letter accepts (ơ and ư are bases already carrying the horn). */
function acceptsModifier(base: string, mod: Modifier): boolean {
  const b = base.toLowerCase();
  if (mod === '') return 'aeiouyơư'.includes(b) && b !== 'i';
  if (mod === 'circumflex') return b === 'a' || b === 'e' || b === 'o';
  if (mod === 'breve') return b === 'a';
  return false;
}

function compose(base: string, mod: Modifier, tone: Tone): string {
  const s = base + (mod ? MODIFIER_COMBINING[mod] : '') + (tone ? TONE_COMBINING[tone] : '');
  return s.normalize('NFC');
}

// ---------------------------------------------------------------------------------------
// Public API

/** Characters of Unicode Vietnamese that lie outside Latin-1 (never produced by legacy text). */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9\u0300-\u0323]/;
const ASCII_LETTER = /[A-Za-z]/;
const TCVN3_SIGNS = /[\u00A1-\u00BE]/;
/** TCVN3 letters that are also ordinary signs in Unicode text (ô ằ â đ … as « » © ®). */
const WEAK_TCVN3_SIGNS = '«»©®°±¡¿';
const VNI_VOWEL = /[aeiouyAEIOUYôöÔÖ]/;
/** Vowel + mark pairs that are also valid Unicode Vietnamese (hoà, khoá, thuê, xuân…). */
const UNICODE_PLAUSIBLE_PAIRS = new Set(['oà', 'oá', 'oã', 'oè', 'oé', 'uâ', 'uê', 'uá', 'uà', 'uã', 'uú', 'oò', 'uy']);

/**
 * Says whether a string looks like TCVN3 or VNI text read as Latin-1, or neither (null).
 * Unicode Vietnamese (any letter outside Latin-1) is never legacy.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (text.length === 0 || UNICODE_VIETNAMESE.test(text)) return null;
  let tcvn = 0;
  let vni = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code > 0xff) continue;
    const prev = i > 0 ? text[i - 1]! : '';
    const next = i + 1 < text.length ? text[i + 1]! : '';
    if (TCVN3_SIGNS.test(ch)) {
      const prevLetter = prev !== '' && (ASCII_LETTER.test(prev) || prev.charCodeAt(0) >= 0xc0);
      const nextLetter = next !== '' && (ASCII_LETTER.test(next) || next.charCodeAt(0) >= 0xc0);
      if (WEAK_TCVN3_SIGNS.includes(ch)) {
        // Signs also common in Unicode text count only inside a word (or "®" = đ starting one).
        if ((prevLetter && nextLetter) || (ch === '®' && nextLetter && !prevLetter)) tcvn++;
      } else if (prevLetter || nextLetter) {
        tcvn++;
      }
      continue;
    }
    if (VNI_MARK_BY_CHAR.has(ch) && prev !== '' && VNI_VOWEL.test(prev)) {
      const [mod] = VNI_MARK_BY_CHAR.get(ch)!;
      if (!acceptsModifier(VNI_SINGLE_DECODE.get(prev) ?? prev, mod)) continue;
      if (UNICODE_PLAUSIBLE_PAIRS.has((prev + ch).toLowerCase())) continue;
      vni++;
    }
  }
  if (tcvn > 0 && tcvn >= vni) return 'tcvn3';
  if (vni > 0) return 'vni';
  return null;
}

/**
 * Converts legacy text (a Latin-1 string or the raw bytes) to Unicode NFC. Characters above
 * U+00FF in a string (e.g. typographic quotes added by a word processor) are kept as they are.
 */
export function decodeLegacyVietnamese(input: string | Uint8Array, encoding: LegacyEncoding): string {
  const text = typeof input === 'string' ? input : latin1(input);
  return toNfc(encoding === 'tcvn3' ? decodeTcvn3(text) : decodeVni(text));
}

/** Detects and converts when needed; Unicode text comes back NFC-normalised only. */
export function toUnicodeVietnamese(text: string): { text: string; encoding: LegacyEncoding | null } {
  const encoding = detectLegacyEncoding(text);
  return { text: encoding ? decodeLegacyVietnamese(text, encoding) : toNfc(text), encoding };
}

/** The inverse conversion (Unicode → legacy, as a Latin-1 string), for tests and fixtures. */
export function encodeLegacyVietnamese(text: string, encoding: LegacyEncoding): string {
  const nfc = toNfc(text);
  return encoding === 'tcvn3' ? encodeTcvn3(nfc) : encodeVni(nfc);
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

function decodeTcvn3(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code <= 0xff ? TCVN3_DECODE[code]! : text[i]!;
  }
  return out;
}

function encodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 && !(code < 0x20 && TCVN3_LOW.some(([b]) => b === code))) {
      out += ch;
      continue;
    }
    const b = TCVN3_ENCODE.get(ch);
    out += b === undefined ? ch : String.fromCharCode(b);
  }
  return out;
}

function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const single = VNI_SINGLE_DECODE.get(ch);
    const base = single ?? ch;
    const next = i + 1 < text.length ? text[i + 1]! : '';
    const mark = next ? VNI_MARK_BY_CHAR.get(next) : undefined;
    if (mark && 'aeouyơưAEOUYƠƯ'.includes(base)) {
      const [mod, tone] = mark;
      const horn = base === 'ơ' || base === 'ư' || base === 'Ơ' || base === 'Ư';
      if ((horn && mod === '') || (!horn && acceptsModifier(base, mod))) {
        out += compose(base, mod, tone);
        i++;
        continue;
      }
    }
    out += base;
  }
  return out;
}

function encodeVni(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out += ch;
      continue;
    }
    const single = VNI_SINGLES.find(([, u]) => u === ch);
    if (single) {
      out += single[0];
      continue;
    }
    const parts = ch.normalize('NFD');
    const base = parts[0]!;
    if (!/[aeouyAEOUY]/.test(base)) {
      out += ch;
      continue;
    }
    let mod: Modifier = '';
    let tone: Tone = '';
    for (const m of parts.slice(1)) {
      if (m === '\u0302') mod = 'circumflex';
      else if (m === '\u0306') mod = 'breve';
      else if (m === '\u031B') mod = 'horn';
      else {
        const t = (Object.keys(TONE_COMBINING) as Exclude<Tone, ''>[]).find((k) => TONE_COMBINING[k] === m);
        if (t) tone = t;
      }
    }
    const upper = base !== base.toLowerCase();
    let prefix = base;
    let markMod: Modifier = mod;
    if (mod === 'horn') {
      prefix = base.toLowerCase() === 'o' ? (upper ? 'Ô' : 'ô') : upper ? 'Ö' : 'ö';
      markMod = '';
    }
    if (markMod === '' && tone === '') {
      out += prefix;
      continue;
    }
    const mark = VNI_MARKS.find(([, m, t]) => m === markMod && t === tone);
    if (!mark) {
      out += ch;
      continue;
    }
    out += prefix + (upper ? mark[0].toUpperCase() : mark[0]);
  }
  return out;
}
