import { decodeHTMLStrict } from 'entities';

/** A character reference as HTML writes one, with its closing ';' ("&agrave;", "&#7889;", "&#x1ED1;", "&nbsp;"). */
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;

/**
 * Text copied from a page's HTML source keeps its character references ("ng&agrave;y l&agrave;m
 * việc"): each one that HTML defines becomes its character, through the `entities` package's
 * table. Only references closed by ';' are read, so "Bộ TT&TT" and "&copy" stay as written, and
 * an unknown name ("&foo;") is kept. Applied once, at the edge (a second pass would read
 * "&amp;lt;" twice).
 */
export function decodeCharacterReferences(text: string): string {
  return text.includes('&') ? text.replace(CHARACTER_REFERENCE, (ref) => decodeHTMLStrict(ref)) : text;
}
