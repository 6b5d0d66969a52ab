/**
 * Finds the channels and products of the vocabulary in a piece of text. Matching is
 * case-insensitive, on word boundaries, and blind to the two spellings of a tone on
 * "oa/oe/uy" ("hoá" = "hóa", "uỷ" = "ủy"). Excluded phrases ("báo cáo" for the press) are
 * masked first. The compiled form is cached per vocabulary object.
 */
import { toNfc } from '../text/normalize.js';
import type { ChannelVocabulary } from '../../../config/channels/channel-vocabulary.types.js';

export interface TermMatch {
  id: string;
  /** Offset and length in the text given to `match`. */
  index: number;
  length: number;
}

interface CompiledEntry {
  id: string;
  pattern: RegExp;
  exclude: RegExp | null;
  resultOnly: boolean;
}

export interface CompiledVocabulary {
  channels: CompiledEntry[];
  products: CompiledEntry[];
  optional: RegExp | null;
  kinds: Map<string, 'publication' | 'activity'>;
  /** How a person calls each channel, in Vietnamese (for messages). */
  labels: Map<string, string>;
  order: Map<string, number>;
}

const cache = new WeakMap<ChannelVocabulary, CompiledVocabulary>();

/** Old and new tone placement: "oà" and "òa" are the same syllable ending. */
const TONE_PAIRS: Array<[RegExp, string]> = [
  [/o([àáảãạ])(?![\p{L}])/gu, 'TONE_O_A'],
  [/o([èéẻẽẹ])(?![\p{L}])/gu, 'TONE_O_E'],
  [/u([ỳýỷỹỵ])(?![\p{L}])/gu, 'TONE_U_Y'],
];
const MOVE: Record<string, Record<string, string>> = {
  TONE_O_A: { à: 'òa', á: 'óa', ả: 'ỏa', ã: 'õa', ạ: 'ọa' },
  TONE_O_E: { è: 'òe', é: 'óe', ẻ: 'ỏe', ẽ: 'õe', ẹ: 'ọe' },
  TONE_U_Y: { ỳ: 'ùy', ý: 'úy', ỷ: 'ủy', ỹ: 'ũy', ỵ: 'ụy' },
};

/**
 * The text as matching sees it: NFC, lower case, tones placed the new way. Keeps the length
 * of the input in UTF-16 units so offsets stay valid (all replacements are 2 → 2).
 */
export function matchKey(text: string): string {
  let s = toNfc(text);
  const lower = s.toLowerCase();
  s = lower.length === s.length ? lower : s;
  for (const [re, key] of TONE_PAIRS) s = s.replace(re, (_all, v: string) => MOVE[key]![v] ?? _all);
  return s;
}

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

function alternation(terms: string[]): string {
  const keys = [...new Set(terms.map((t) => matchKey(t.trim())).filter((t) => t !== ''))];
  keys.sort((a, b) => b.length - a.length);
  return keys.map(escape).join('|');
}

function boundaryPattern(terms: string[], flags: string): RegExp | null {
  const alt = alternation(terms);
  if (alt === '') return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, flags);
}

export function compileVocabulary(vocabulary: ChannelVocabulary): CompiledVocabulary {
  const hit = cache.get(vocabulary);
  if (hit) return hit;
  const compile = (id: string, terms: string[], exclude: string[] | undefined, resultOnly: boolean): CompiledEntry | null => {
    const pattern = boundaryPattern(terms, 'gu');
    if (!pattern) return null;
    return { id, pattern, exclude: exclude && exclude.length > 0 ? boundaryPattern(exclude, 'gu') : null, resultOnly };
  };
  const compiled: CompiledVocabulary = {
    channels: vocabulary.channels.map((c) => compile(c.id, c.terms, c.exclude, false)).filter((c): c is CompiledEntry => c !== null),
    products: vocabulary.products
      .map((p) => compile(p.id, p.terms, p.exclude, p.resultOnly === true))
      .filter((c): c is CompiledEntry => c !== null),
    optional: boundaryPattern(vocabulary.optionalMarkers, 'u'),
    kinds: new Map(vocabulary.channels.map((c) => [c.id, c.kind])),
    labels: new Map(vocabulary.channels.map((c) => [c.id, c.label])),
    order: new Map(vocabulary.channels.map((c, i) => [c.id, i])),
  };
  cache.set(vocabulary, compiled);
  return compiled;
}

function mask(key: string, exclude: RegExp | null): string {
  if (!exclude) return key;
  exclude.lastIndex = 0;
  return key.replace(exclude, (m) => ' '.repeat(m.length));
}

function matchEntries(entries: CompiledEntry[], text: string, includeResultOnly: boolean): TermMatch[] {
  const key = matchKey(text);
  const out: TermMatch[] = [];
  for (const e of entries) {
    if (e.resultOnly && !includeResultOnly) continue;
    const k = mask(key, e.exclude);
    e.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = e.pattern.exec(k))) {
      out.push({ id: e.id, index: m.index, length: m[0].length });
      if (m[0].length === 0) e.pattern.lastIndex++;
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Every channel mention in the text, in order of appearance. */
export function findChannels(compiled: CompiledVocabulary, text: string): TermMatch[] {
  return matchEntries(compiled.channels, text, false);
}

/** Every product mention; `resultField` admits the products only a result column names. */
export function findProducts(compiled: CompiledVocabulary, text: string, resultField = false): TermMatch[] {
  return matchEntries(compiled.products, text, resultField);
}

/** Offset of the first optional marker ("nếu có"), or -1. */
export function findOptionalMarker(compiled: CompiledVocabulary, text: string): number {
  if (!compiled.optional) return -1;
  const m = compiled.optional.exec(matchKey(text));
  return m ? m.index : -1;
}

/** Unique ids in vocabulary order. */
export function orderedChannels(compiled: CompiledVocabulary, ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => (compiled.order.get(a) ?? 999) - (compiled.order.get(b) ?? 999));
}
