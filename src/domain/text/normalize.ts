/**
 * Text hygiene for phrases and plan lines: Unicode NFC, look-alike letters folded to Latin, folding of line breaks and runs of
 * spaces (the seed plans are full of them), removal of invisible characters.
 *
 * `normalizeWithMap` also returns, for every UTF-16 offset of the result, the offset in the
 * NFC form of the input it came from, so spans can be mapped back cheaply.
 */

/** Characters that are blank for our purposes: any Unicode space, tab, line break, NBSP. */
function isBlank(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0x85
  );
}

/** Characters dropped outright: zero-width marks, BOM, soft hyphen, other C0/C1 controls. */
function isInvisible(code: number): boolean {
  return (
    code === 0x200b ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0x2060 ||
    code === 0xfeff ||
    code === 0xad ||
    (code < 0x20 && !isBlank(code)) ||
    code === 0x7f ||
    (code >= 0x80 && code <= 0x9f && code !== 0x85)
  );
}

export interface NormalizedText {
  /** NFC text, blanks folded to one space, trimmed. */
  text: string;
  /** offsets[i] = offset in the NFC input of text[i]; offsets[text.length] = end of the input. */
  offsets: number[];
}

/**
 * NFC, look-alike letters folded (foldLookalikeLetters), every run of blanks (spaces, tabs, line breaks, NBSP) to one space, trim.
 * Legacy text (TCVN3, VNI) must be converted first (see legacy-encoding.ts): TCVN3 uses code
 * points that this function drops as invisible (U+00AD soft hyphen is TCVN3 "ư").
 */
export function normalizeText(input: string): string {
  const nfc = foldLookalikeLetters(toNfc(input));
  // Fast path: nothing to fold or drop.
  if (!NEEDS_FOLDING.test(nfc)) return nfc;
  return normalizeWithMap(nfc).text;
}

/** Anything normalizeWithMap would change in an NFC string. */
const NEEDS_FOLDING = /[\u0000-\u001f\u007f-\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}|^ | $/;

export function normalizeWithMap(input: string): NormalizedText {
  const nfc = foldLookalikeLetters(toNfc(input));
  const out: string[] = [];
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < nfc.length; i++) {
    const code = nfc.charCodeAt(i);
    if (isBlank(code)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (isInvisible(code)) continue;
    if (pendingSpace >= 0) {
      if (out.length > 0) {
        out.push(' ');
        offsets.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    out.push(nfc[i]!);
    offsets.push(i);
  }
  offsets.push(nfc.length);
  return { text: out.join(''), offsets };
}

/** Letter → letter, from two strings of the same length. */
function pairs(from: string, to: string): Record<string, string> {
  return Object.fromEntries([...from].map((ch, i) => [ch, to[i]!]));
}

/**
 * Letters that look like Latin ones, as some pages write Vietnamese words to dodge filters
 * ("báo ᴄáo", "ᴠề", "ngàу" with a Cyrillic у): small capitals, and Cyrillic or Greek letters
 * standing inside a word that also has Latin letters. Each maps to one UTF-16 unit, so
 * offsets do not move.
 */
const SMALL_CAPITALS = pairs('ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ', 'abcdefghijklmnoprstuvwyz');
const OTHER_SCRIPT_LOOKALIKES = pairs('асеһіјорѕухԁԛԝАВСЕНІЈКМОРЅТХУοΑΒΕΖΗΙΚΜΝΟΡΤΧΥ', 'acehijopsyxdqwABCEHIJKMOPSTXYoABEZHIKMNOPTXY');
const LOOKALIKE = new RegExp(`[${Object.keys(SMALL_CAPITALS).join('')}${Object.keys(OTHER_SCRIPT_LOOKALIKES).join('')}]`, 'u');
const WORD_RUN = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const OTHER_SCRIPT_G = new RegExp(`[${Object.keys(OTHER_SCRIPT_LOOKALIKES).join('')}]`, 'gu');

/**
 * Folds look-alike letters to the Latin letters they imitate: small capitals always (no
 * Vietnamese word has one), Cyrillic and Greek look-alikes only inside a word that has a
 * Latin letter too (a small capital counts: a Russian word stays Russian). Idempotent; the result is NFC.
 */
export function foldLookalikeLetters(text: string): string {
  if (!LOOKALIKE.test(text)) return text;
  const folded = text.replace(WORD_RUN, (word) => {
    if (!LOOKALIKE.test(word)) return word;
    const mixed = LATIN.test(word.replace(OTHER_SCRIPT_G, ''));
    let out = '';
    for (const ch of word) out += SMALL_CAPITALS[ch] ?? (mixed ? OTHER_SCRIPT_LOOKALIKES[ch] : undefined) ?? ch;
    return out;
  });
  return folded === text ? text : folded.normalize('NFC');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATE_G = new RegExp(LONE_SURROGATE.source, 'g');

/** NFC that never throws: lone surrogates are replaced by U+FFFD first. */
export function toNfc(input: string): string {
  const safe = LONE_SURROGATE.test(input) ? input.replace(LONE_SURROGATE_G, '\uFFFD') : input;
  return safe.normalize('NFC');
}

/**
 * Lower-cases without changing the length in UTF-16 code units (so offsets stay valid):
 * characters whose lower case has another length (e.g. "İ") are kept as they are.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const l = ch.toLowerCase();
    out += l.length === 1 ? l : ch;
  }
  return out;
}
