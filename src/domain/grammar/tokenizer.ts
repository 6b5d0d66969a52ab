/**
 * Lexical tokens of a normalised phrase: numbers, words, clock marks ("11h05") and single
 * symbols. Offsets are UTF-16 offsets into the normalised text. One linear pass, no
 * backtracking: safe on any input.
 */
import { lowerSameLength } from '../text/normalize.js';

export type TokenType = 'num' | 'word' | 'clock' | 'sym';

export interface Token {
  type: TokenType;
  /** The text as written. */
  raw: string;
  /** Lower-cased (same length as raw). */
  low: string;
  start: number;
  end: number;
  /** True when blank space precedes the token. */
  spaceBefore: boolean;
  /** num: its value; clock: hours. */
  value: number;
  /** clock: minutes. */
  minutes: number;
}

const WORD = /[\p{L}\p{M}]+/uy;
/** Words that lead a date, glued to "ngày" / "tháng" / "năm" (no Vietnamese syllable is spelt so). */
const GLUED = /^(hết|đến|từ|trước|vào|sau|trong|tới)(ngày|tháng|năm)$/u;
const DIGITS = /[0-9]+/y;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  WORD.lastIndex = i;
  return WORD.test(text);
}

/**
 * Where a capital starts a second word inside [start, end), or -1: after two small letters and before a small one
 * ("quyếtTrong"), which no Vietnamese syllable nor a name like "iPhone", "eKYC" or "VNeID" has.
 */
function gluedCapital(text: string, low: string, start: number, end: number): number {
  for (let k = start + 2; k + 1 < end; k++) {
    const upper = text[k] !== low[k];
    if (upper && text[k - 1] === low[k - 1] && text[k - 2] === low[k - 2] && text[k + 1] === low[k + 1] && isLetterAt(text, k + 1))
      return k;
  }
  return -1;
}

export function tokenize(text: string): Token[] {
  const low = lowerSameLength(text);
  const tokens: Token[] = [];
  let i = 0;
  let space = false;
  const push = (type: TokenType, start: number, end: number, value = 0, minutes = 0): void => {
    tokens.push({ type, raw: text.slice(start, end), low: low.slice(start, end), start, end, spaceBefore: space, value, minutes });
    space = false;
  };
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      space = true;
      i++;
      continue;
    }
    // Emphasis marks left by document converters ("**30/11/2025**") are not part of the phrase.
    if (code === 42 /* * */) {
      i++;
      continue;
    }
    if (isDigit(code)) {
      DIGITS.lastIndex = i;
      DIGITS.test(text);
      const end = DIGITS.lastIndex;
      const value = Number(text.slice(i, end).slice(-15));
      // Clock: "11h05", "8h", "19h30'", "7g30"
      const hc = low.charCodeAt(end);
      if ((hc === 104 || hc === 103) && end - i <= 2 && value <= 24) {
        let j = end + 1;
        let minutes = 0;
        DIGITS.lastIndex = j;
        if (DIGITS.test(text) && DIGITS.lastIndex - j === 2) {
          minutes = Number(text.slice(j, DIGITS.lastIndex));
          j = DIGITS.lastIndex;
          if (low.startsWith('ph', j) && !isLetterAt(text, j + 2)) j += 2;
          else if (low[j] === 'p' && !isLetterAt(text, j + 1)) j += 1;
        }
        if (!isLetterAt(text, j) && !isDigit(text.charCodeAt(j)) && minutes < 60) {
          // "19h30'", "17h50’", "14h00′" (a prime): the minute mark.
          if (text[j] === "'" || text[j] === '’' || text[j] === '′') j++;
          push('clock', i, j, value, minutes);
          i = j;
          continue;
        }
      }
      push('num', i, end, value);
      i = end;
      continue;
    }
    WORD.lastIndex = i;
    if (WORD.test(text)) {
      const end = WORD.lastIndex;
      // "đến hếtngày 13.11.2022", "trướcngày": a date word glued to the word before it is two words.
      const lastCode = low.charCodeAt(end - 1);
      const glued = end - i >= 6 && (lastCode === 121 || lastCode === 103 || lastCode === 109) ? GLUED.exec(low.slice(i, end)) : null;
      if (glued) {
        push('word', i, i + glued[1]!.length);
        push('word', i + glued[1]!.length, end);
        i = end;
        continue;
      }
      // "Thời gian giải quyếtTrong thời hạn …": a line break lost between two words leaves a capital inside one; it is two.
      const seam = gluedCapital(text, low, i, end);
      if (seam > 0) {
        push('word', i, seam);
        space = true;
        i = seam;
        continue;
      }
      // "356.000m³/ngày", "50 km²": a superscript power is part of the measure's name, as "m3" is.
      if (/^(?:m|km|cm|dm)$/u.test(low.slice(i, end)) && (text[end] === '²' || text[end] === '³')) {
        push('word', i, end + 1);
        i = end + 1;
        continue;
      }
      push('word', i, end);
      i = end;
      continue;
    }
    // One symbol (a whole surrogate pair counts as one).
    const size = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    push('sym', i, i + size);
    i += size;
  }
  return tokens;
}
