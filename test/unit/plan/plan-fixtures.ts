/**
 * Test fixtures for the plan reader: the five real seeds (read at test time from
 * ../shared/seeds next to the repository), the vocabulary, and the same plans saved as a
 * .docx (tables as real Word tables, built with `docx`) and as a text-layer PDF (built with
 * `pdfkit`, DejaVu Sans embedded for the Vietnamese glyphs, tables drawn cell by cell).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import PDFDocument from 'pdfkit';
import { loadChannelVocabulary } from '../../../config/channels/vocabulary.loader.js';
import type { ChannelVocabulary } from '../../../config/channels/channel-vocabulary.types.js';
import type { PlanReading } from '../../../src/domain/plan/plan-reading.types.js';

/** The repository root: the first folder above this file that holds package.json and is not dist/. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!(existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src')))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
  return dir;
}

export const SEED_DIR = resolve(repoRoot(), '..', 'shared', 'seeds');

export function seedFile(prefix: string): string {
  const name = readdirSync(SEED_DIR).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!name) throw new Error(`seed ${prefix} not found in ${SEED_DIR}`);
  return join(SEED_DIR, name);
}

export function seedText(prefix: string): string {
  return readFileSync(seedFile(prefix), 'utf8');
}

export const SEEDS = ['000', '001', '002', '003', '004'] as const;

let vocabulary: ChannelVocabulary | null = null;
export function testVocabulary(): ChannelVocabulary {
  vocabulary ??= loadChannelVocabulary();
  return vocabulary;
}

type Piece = { kind: 'line'; text: string } | { kind: 'table'; rows: string[][] };

function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const cells = raw.split('\t').map((c) => c.trim());
    if (cells.filter((c) => c !== '').length >= 3) {
      const last = out[out.length - 1];
      if (last && last.kind === 'table') last.rows.push(cells);
      else out.push({ kind: 'table', rows: [cells] });
      continue;
    }
    const line = raw.replace(/\t/g, ' ').trim();
    if (line === '') continue;
    out.push({ kind: 'line', text: line });
  }
  return out;
}

/** The plan as a Word document: one paragraph per line, tab-separated rows as a real table. */
export async function planAsDocx(text: string): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [];
  for (const p of pieces(text)) {
    if (p.kind === 'line') {
      children.push(new Paragraph({ children: [new TextRun(p.text)] }));
      continue;
    }
    const columns = Math.max(...p.rows.map((r) => r.length));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: p.rows.map(
          (r) =>
            new TableRow({
              children: Array.from({ length: columns }, (_, i) => new TableCell({ children: [new Paragraph(r[i] ?? '')] })),
            }),
        ),
      }),
    );
  }
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/** The plan as a PDF with a text layer: prose wrapped to the page, tables drawn cell by cell. */
export async function planAsPdf(text: string): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 40, autoFirstPage: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolveDone) => doc.on('end', () => resolveDone()));
  doc.registerFont('body', FONT);
  doc.font('body').fontSize(9);
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  for (const p of pieces(text)) {
    if (p.kind === 'line') {
      doc.text(p.text, left, doc.y, { width });
      continue;
    }
    const columns = Math.max(...p.rows.map((r) => r.length));
    const weights = columns === 6 ? [0.06, 0.32, 0.16, 0.18, 0.14, 0.14] : Array.from({ length: columns }, () => 1 / columns);
    const widths = weights.map((w) => w * width);
    for (const r of p.rows) {
      const heights = widths.map((w, i) => doc.heightOfString(r[i] || ' ', { width: w - 6 }));
      const h = Math.max(...heights) + 4;
      if (doc.y + h > bottom()) doc.addPage();
      const top = doc.y;
      let x = left;
      widths.forEach((w, i) => {
        doc.rect(x, top, w, h).stroke();
        if (r[i]) doc.text(r[i]!, x + 3, top + 2, { width: w - 6 });
        x += w;
      });
      doc.x = left;
      doc.y = top + h;
    }
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** What must be the same whichever file format the plan came in. */
export function comparable(plan: PlanReading) {
  return {
    issuer: plan.issuer,
    number: plan.number,
    issuedOn: plan.issuedOn,
    year: plan.year,
    implements: plan.implements.map((i) => ({ number: i.number, issuedOn: i.issuedOn, issuer: i.issuer })),
    channels: plan.channels,
    reporting: { periods: plan.reporting.periods, deadline: plan.reporting.deadline },
    tasks: plan.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      channels: t.channels,
      products: t.products,
      quota: t.quota,
      timeframe: t.timeframe,
      deadline: t.deadline,
      leads: t.leads,
      cooperators: t.cooperators,
      optional: t.optional,
    })),
  };
}
