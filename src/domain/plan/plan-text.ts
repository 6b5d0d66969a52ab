/**
 * The plan as the reader sees it: numbered source lines, cleaned, then gathered into
 * blocks (a heading, a numbered item, a bullet, a paragraph, a table row). Real plans come
 * hard-wrapped (a line break every 80 characters, blank lines between), with stray double
 * spaces, page numbers and footnote links; a block puts a wrapped sentence back together
 * and remembers, for every character, the line it came from.
 */
import { toNfc } from '../text/normalize.js';
import type { EvidenceLine } from './plan-reading.types.js';

export interface SourceLine {
  /** 1-based line number in the document. */
  line: number;
  /** Cleaned text: NFC, no markdown emphasis, runs of spaces folded, trimmed (tabs kept for rows). */
  text: string;
  /** The line as written, trimmed, for evidence. */
  raw: string;
}

export type BlockKind = 'roman' | 'numbered' | 'bullet' | 'row' | 'paragraph';

export interface TextBlock {
  kind: BlockKind;
  /** Whole block, lines joined with one space, marker included. */
  text: string;
  /** Text after the marker ("1.2.", "-", "II."). */
  body: string;
  /** The marker: "II", "1.2", "-", or "" for paragraphs and rows. */
  marker: string;
  /** Depth of a numbered marker: "1." = 1, "1.2." = 2. 0 otherwise. */
  depth: number;
  /** Cells of a table row. */
  cells: string[];
  /** Source line numbers, in order, and the offset in `text` where each starts. */
  lines: number[];
  starts: number[];
  /** Index of the block in the document. */
  index: number;
}

const ROMAN = /^([IVX]{1,5})\s*\.\s*(?=\S)/;
const NUMBERED = /^(\d{1,2}(?:\s?\.\s?\d{1,2}){0,3})\s?[.)]\s*(?=\S)/;
const BULLET = /^([-–—+•·*○▪●◦])\s*(?=\S)/;
const STARTERS = /^(?:Thực hiện|Căn cứ|Trên đây|Nơi nhận|Số\s*:|KẾ HOẠCH|TM\.|KT\.|Q\.\s*CHỦ TỊCH|Phụ lục|PHỤ LỤC|Tổng số)/u;
const TERMINAL = /[.;:!?]["”)]*$/u;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
const PAGE_NUMBER = /^(?:-\s*)?\d{1,3}(?:\s*-)?$/;
const LOWER_START = /^[\p{Ll}\d(„“"'’,;]/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;

/** Splits and cleans the lines of a document. Empty lines are kept out. */
export function sourceLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/^\uFEFF/, '');
    for (const part of pipeCells(raw)) {
      const clean = cleanLine(part);
      if (clean === '' || URL_ONLY.test(clean) || PAGE_NUMBER.test(clean)) continue;
      out.push({ line: i + 1, text: clean, raw: toNfc(part).replace(/\s+/g, ' ').trim() });
    }
  }
  return out;
}

/**
 * A table copied as text with "|" between cells: three cells or more are a row (tab-separated,
 * as a .docx table arrives); two are the two columns of a header table ("ỦY BAN NHÂN DÂN |
 * CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |"), read as two lines of the same line number.
 */
function pipeCells(raw: string): string[] {
  if (raw.includes('\t') || !/\s\|(?:\s|$)/u.test(raw)) return [raw];
  const cells = raw.split('|').map((c) => c.trim());
  const filled = cells.filter((c) => c !== '');
  if (filled.length >= 3) return [cells.filter((c, k) => c !== '' || (k > 0 && k < cells.length - 1)).join('\t')];
  return filled;
}

function cleanLine(raw: string): string {
  let s = toNfc(raw)
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/\[bookmark:[^\]]*\]/gi, '')
    .replace(/\*\*/g, '')
    .replace(/\(\*([^*()]+)\*\)/g, '($1)');
  // Keep tabs (table cells); fold other blanks.
  s = s.replace(/[^\S\t]+/g, ' ');
  const cells = s.split('\t').map((c) => c.trim());
  if (cells.filter((c) => c !== '').length >= 3) return cells.join('\t');
  return s.replace(/\t/g, ' ').replace(/ {2,}/g, ' ').trim();
}

function isAllCaps(text: string): boolean {
  return HAS_LETTER.test(text) && !HAS_LOWER.test(text);
}

/** Gathers the cleaned lines into blocks. */
export function textBlocks(lines: SourceLine[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: { parts: string[]; lines: number[] } | null = null;
  let currentIsRow = false;
  const flush = () => {
    if (current) blocks.push(makeBlock(current.parts, current.lines, blocks.length));
    current = null;
    currentIsRow = false;
  };
  for (const l of lines) {
    const isRow = l.text.includes('\t');
    if (isRow) {
      flush();
      current = { parts: [l.text], lines: [l.line] };
      currentIsRow = true;
      flush();
      continue;
    }
    if (current && !currentIsRow && continues(current.parts[current.parts.length - 1]!, current.parts[0]!, l.text)) {
      current.parts.push(l.text);
      current.lines.push(l.line);
      continue;
    }
    flush();
    current = { parts: [l.text], lines: [l.line] };
  }
  flush();
  return blocks;
}

/** Whether `next` continues the block whose last line is `prev` (and first line `first`). */
function continues(prev: string, first: string, next: string): boolean {
  if (STARTERS.test(next)) return false;
  const nextBullet = BULLET.exec(next);
  if (nextBullet) {
    // "kinh tế" / "- xã hội": a dash that wraps to the start of a line, mid-sentence.
    const after = next.slice(nextBullet[0].length);
    return nextBullet[1] !== '*' && /^\p{Ll}/u.test(after) && !TERMINAL.test(prev) && prev.length >= 50;
  }
  if (ROMAN.test(next) && isAllCaps(next)) return false;
  if (NUMBERED.test(next)) {
    // "2030; Quyết định" is not an item, "2. Yêu cầu" is: an item marker needs a capital or a quote after it.
    const m = NUMBERED.exec(next)!;
    if (/^[\p{Lu}"“(]/u.test(next.slice(m[0].length))) return false;
  }
  if (isAllCaps(prev) && isAllCaps(next) && isAllCaps(first) && !TERMINAL.test(prev)) {
    return ROMAN.test(first) || NUMBERED.test(first);
  }
  if (isAllCaps(next) && next.length > 3) return false;
  // A bracketed note after a finished sentence is a paragraph of its own.
  if (next.startsWith('(') && TERMINAL.test(prev)) return false;
  if (LOWER_START.test(next)) return true;
  return !TERMINAL.test(prev) && prev.length >= 50;
}

function makeBlock(parts: string[], lines: number[], index: number): TextBlock {
  const starts: number[] = [];
  let text = '';
  for (const p of parts) {
    if (text !== '') text += ' ';
    starts.push(text.length);
    text += p;
  }
  if (parts.length === 1 && text.includes('\t')) {
    return {
      kind: 'row',
      text: text.replace(/\t/g, ' | '),
      body: text,
      marker: '',
      depth: 0,
      cells: text.split('\t'),
      lines,
      starts: [0],
      index,
    };
  }
  let m: RegExpExecArray | null;
  if ((m = ROMAN.exec(text)) && (isAllCaps(text.slice(0, 60)) || text.length < 90)) {
    return { kind: 'roman', text, body: text.slice(m[0].length), marker: m[1]!, depth: 0, cells: [], lines, starts, index };
  }
  if ((m = NUMBERED.exec(text)) && /^[\p{Lu}"“(]/u.test(text.slice(m[0].length))) {
    const marker = m[1]!.replace(/\s/g, '');
    return {
      kind: 'numbered',
      text,
      body: text.slice(m[0].length),
      marker,
      depth: marker.split('.').length,
      cells: [],
      lines,
      starts,
      index,
    };
  }
  if ((m = BULLET.exec(text))) {
    return { kind: 'bullet', text, body: text.slice(m[0].length), marker: m[1]!, depth: 0, cells: [], lines, starts, index };
  }
  return { kind: 'paragraph', text, body: text, marker: '', depth: 0, cells: [], lines, starts, index };
}

/** The source line of an offset in `block.text`. */
export function lineAt(block: TextBlock, offset: number): number {
  let line = block.lines[0]!;
  for (let i = 0; i < block.starts.length; i++) {
    if (block.starts[i]! <= offset) line = block.lines[i]!;
    else break;
  }
  return line;
}

/** Evidence for a span of a block's text (offset in `block.text`). */
export function evidenceAt(block: TextBlock, offset: number, text: string): EvidenceLine {
  return { line: lineAt(block, offset), text: text.trim() };
}

/** Offset of the body in the block's text. */
export function bodyOffset(block: TextBlock): number {
  return block.kind === 'row' ? 0 : block.text.length - block.body.length;
}

export interface Sentence {
  text: string;
  /** Offset in the block's text. */
  offset: number;
}

/** Splits a text into sentences at ". X", "! X", "? X" (X a capital letter). */
export function sentences(text: string, base = 0): Sentence[] {
  const out: Sentence[] = [];
  const re = /(?<=[.!?…])\s+(?=[\p{Lu}])/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const piece = text.slice(start, m.index);
    if (piece.trim() !== '') out.push({ text: piece, offset: base + start });
    start = m.index + m[0].length;
  }
  const last = text.slice(start);
  if (last.trim() !== '') out.push({ text: last, offset: base + start });
  return out;
}

/** The clauses of a sentence, split at semicolons, each with its offset in the document. */
export function clausesOf(s: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of s.text.matchAll(/;\s*/gu)) {
    out.push({ text: s.text.slice(start, m.index), offset: s.offset + start });
    start = m.index + m[0].length;
  }
  out.push({ text: s.text.slice(start), offset: s.offset + start });
  return out.filter((c) => c.text.trim() !== '');
}

/**
 * The blocks that may state duties: all but table rows, outside the Roman sections whose heading
 * says they are about the plan rather than its duties (`notDuties`: purposes, grounds, funding…).
 */
export function dutyBlocks(blocks: readonly TextBlock[], notDuties: RegExp): TextBlock[] {
  const out: TextBlock[] = [];
  let skipping = false;
  for (const b of blocks) {
    if (b.kind === 'roman') skipping = notDuties.test(b.body);
    else if (!skipping && b.kind !== 'row') out.push(b);
  }
  return out;
}
