/**
 * The PDF port on pdfkit (pure JavaScript, no native code): one page of the trim size plus the
 * bleed on every side, the picture scaled to cover the whole page (bleed included) and centred,
 * the TrimBox and BleedBox written so the print shop's RIP knows where to cut. The picture is
 * embedded as it is (never resampled): its dpi on paper is what the adapter computed.
 */
import PDFDocument from 'pdfkit';
import type { PdfRenderer, PrintJob } from '../ports.js';

const PT_PER_MM = 72 / 25.4;

export const pdfkitRenderer: PdfRenderer = {
  render(job: PrintJob): Promise<Uint8Array> {
    const w = (job.widthMm + 2 * job.bleedMm) * PT_PER_MM;
    const h = (job.heightMm + 2 * job.bleedMm) * PT_PER_MM;
    const b = job.bleedMm * PT_PER_MM;
    const doc = new PDFDocument({ size: [w, h], margin: 0, autoFirstPage: false, info: { Title: job.title, Creator: 'Loa' } });
    const chunks: Buffer[] = [];
    const done = new Promise<Uint8Array>((resolve, reject) => {
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      doc.on('error', reject);
    });
    doc.addPage({ size: [w, h], margin: 0 });
    const page = doc.page as unknown as { dictionary: { data: Record<string, unknown> } };
    page.dictionary.data.TrimBox = [b, b, w - b, h - b];
    page.dictionary.data.BleedBox = [0, 0, w, h];
    doc.image(Buffer.from(job.image.data), 0, 0, { cover: [w, h], align: 'center', valign: 'center' });
    doc.end();
    return done;
  },
};
