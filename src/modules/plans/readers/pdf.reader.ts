/**
 * A .pdf plan with a text layer, read with unpdf (pdf.js). The text items of each page are
 * put back into lines by their position; a wide gap between items becomes a tab, and the
 * rows of a table (cells wrapped over several lines) are rebuilt column by column, so an
 * appendix table reaches the plan reader as one tab-separated line per row. A scanned PDF
 * (images, no text) is refused with a message saying so.
 */
import { extractTextItems, getDocumentProxy } from 'unpdf';
import { inputError } from './input-errors.js';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Cell {
  text: string;
  x: number;
  end: number;
}

interface Line {
  y: number;
  size: number;
  cells: Cell[];
}

export async function readPdf(bytes: Uint8Array): Promise<string> {
  let pages: Item[][];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const { items } = await extractTextItems(pdf);
    pages = items.map((page) =>
      page
        .filter((i) => typeof i.str === 'string')
        .map((i) => ({ str: i.str, x: i.x, y: i.y, width: i.width, size: i.fontSize || i.height || 10 })),
    );
  } catch (error) {
    throw inputError('PDF_UNREADABLE', 'Không đọc được tệp .pdf (tệp hỏng, được đặt mật khẩu hoặc không đúng định dạng).', {
      cause: error instanceof Error ? error.message : String(error),
    });
  }
  const chars = pages.reduce((n, p) => n + p.reduce((k, i) => k + i.str.trim().length, 0), 0);
  if (chars === 0)
    throw inputError(
      'PDF_NO_TEXT',
      'Tệp PDF không có lớp chữ (có lẽ là bản scan, chỉ có hình ảnh): Loa không nhận dạng chữ từ ảnh. Hãy tải lên bản .docx hoặc bản PDF xuất từ Word.',
      { pages: pages.length },
    );
  // Tables run on over page breaks: rebuild them over the lines of all pages in order.
  return rebuildTables(pages.flatMap((p) => pageLines(p))).join('\n');
}

function pageLines(items: Item[]): Line[] {
  // pdf.js adds blank items that span the gap between two runs: a gap is measured, not a text.
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let group: Item[] = [];
  const flush = () => {
    if (group.length === 0) return;
    group.sort((a, b) => a.x - b.x);
    const size = Math.max(...group.map((g) => g.size));
    const cells: Cell[] = [];
    for (const it of group) {
      const last = cells[cells.length - 1];
      const gap = last ? it.x - last.end : 0;
      if (last && gap < size * 0.5) {
        const joiner = gap > size * 0.12 && !/\s$/.test(last.text) && !/^\s/.test(it.str) ? ' ' : '';
        last.text += joiner + it.str;
        last.end = Math.max(last.end, it.x + it.width);
      } else if (it.str.trim() !== '' || last) {
        if (it.str.trim() === '') continue;
        cells.push({ text: it.str, x: it.x, end: it.x + it.width });
      }
    }
    const clean = cells.map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ').trim() })).filter((c) => c.text !== '');
    if (clean.length > 0) lines.push({ y: group[0]!.y, size, cells: clean });
    group = [];
  };
  for (const it of sorted) {
    if (group.length > 0 && Math.abs(group[0]!.y - it.y) > Math.max(2, group[0]!.size * 0.45)) flush();
    group.push(it);
  }
  flush();
  return lines;
}

/**
 * Lines with three or more cells open a table; the column anchors are their cells' left
 * edges. Following lines whose pieces fall inside the columns are continuations of the
 * current row (a wrapped cell) or, when the first column has text, a new row.
 */
/** A cell of a table's header row: "STT", "Nhiệm vụ", "Thời gian thực hiện", "Đơn vị chủ trì"… */
const TABLE_HEADER =
  /^(?:stt|tt)$|nhiệm vụ|nội dung|hoạt động|thời gian|thời hạn|chủ trì|phối hợp|thực hiện|kết quả|sản phẩm|tần suất|hình thức/iu;

function rebuildTables(lines: Line[]): string[] {
  const out: string[] = [];
  let anchors: number[] | null = null;
  let row: string[] | null = null;
  const emitRow = () => {
    if (row) out.push(row.map((c) => c.trim()).join('\t'));
    row = null;
  };
  const columnOf = (cell: Cell, tol: number): number => {
    if (!anchors) return -1;
    for (let i = anchors.length - 1; i >= 0; i--) {
      if (cell.x >= anchors[i]! - tol) {
        const next = anchors[i + 1];
        return next === undefined || cell.end <= next + tol ? i : -1;
      }
    }
    return -1;
  };
  for (const line of lines) {
    const tol = line.size * 0.8;
    if (anchors) {
      const cols = line.cells.map((c) => columnOf(c, tol));
      const fits = cols.every((c) => c >= 0) && new Set(cols).size === cols.length;
      if (fits) {
        const startsRow = cols[0] === 0 && (line.cells.length >= 2 || /^\d+[.)]?$/.test(line.cells[0]!.text));
        if (startsRow || !row) {
          emitRow();
          row = anchors.map(() => '');
        }
        cols.forEach((c, k) => {
          row![c] = row![c] ? `${row![c]} ${line.cells[k]!.text}` : line.cells[k]!.text;
        });
        continue;
      }
      emitRow();
      anchors = null;
    }
    if (line.cells.length >= 3 && line.cells.filter((c) => TABLE_HEADER.test(c.text)).length >= 2) {
      anchors = line.cells.map((c) => c.x);
      row = line.cells.map((c) => c.text);
      continue;
    }
    out.push(line.cells.map((c) => c.text).join(' '));
  }
  emitRow();
  return out;
}
