/**
 * A .docx plan, read with mammoth: paragraphs become lines, and a real table becomes one
 * tab-separated line per row (a cell's paragraphs joined with a space), the shape the plan
 * reader knows from appendix tables. Auto-numbered lists get their numbers back ("1. ",
 * "1.2. "), bulleted lists a "- ", so the reader sees the structure Word showed.
 */
import mammoth from 'mammoth';
import { inputError } from './input-errors.js';

export async function readDocx(bytes: Uint8Array): Promise<string> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    throw inputError('DOCX_UNREADABLE', 'Không đọc được tệp .docx (tệp hỏng hoặc không đúng định dạng Word).', {
      cause: error instanceof Error ? error.message : String(error),
    });
  }
  return htmlToPlanText(html);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

interface ListState {
  ordered: boolean;
  counter: number;
}

/** mammoth's HTML (p, h1–h6, ol/ul/li, table/tr/td/th, br) → lines of plan text. */
export function htmlToPlanText(html: string): string {
  const lines: string[] = [];
  const lists: ListState[] = [];
  let tableDepth = 0;
  let row: string[] | null = null;
  let cell: string[] | null = null;
  let text = '';
  const flushText = () => {
    const t = decodeEntities(text)
      .replace(/[\t ]+/g, ' ')
      .trim();
    text = '';
    return t;
  };
  const endParagraph = () => {
    const t = flushText();
    if (cell) {
      if (t !== '') cell.push(t);
    } else if (t !== '') lines.push(t);
  };
  const tagRe = /<(\/?)([a-zA-Z0-9]+)[^>]*?(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = tagRe.exec(html))) {
    if (m[4] !== undefined) {
      text += m[4];
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    switch (tag) {
      case 'p':
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        if (closing) endParagraph();
        else if (text.trim() !== '') endParagraph();
        break;
      case 'br':
        if (cell) text += ' ';
        else endParagraph();
        break;
      case 'ol':
      case 'ul':
        endParagraph();
        if (closing) lists.pop();
        else lists.push({ ordered: tag === 'ol', counter: 0 });
        break;
      case 'li':
        endParagraph();
        if (!closing) {
          const list = lists[lists.length - 1];
          if (list) {
            list.counter++;
            text = list.ordered
              ? `${lists
                  .filter((l) => l.ordered)
                  .map((l) => l.counter)
                  .join('.')}. `
              : '- ';
          }
        }
        break;
      case 'table':
        endParagraph();
        tableDepth += closing ? -1 : 1;
        break;
      case 'tr':
        if (tableDepth > 1) break;
        if (!closing) row = [];
        else if (row) {
          if (row.some((c) => c !== '')) lines.push(row.join('\t'));
          row = null;
        }
        break;
      case 'td':
      case 'th':
        if (tableDepth > 1) {
          text += ' ';
          break;
        }
        if (!closing) cell = [];
        else if (cell) {
          endParagraph();
          row?.push(cell.join(' ').replace(/\t/g, ' '));
          cell = null;
        }
        break;
      default:
        break;
    }
  }
  endParagraph();
  return lines.join('\n');
}
