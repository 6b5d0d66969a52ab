#!/usr/bin/env node
// Builds examples/ke-hoach-tuyen-truyen-cchc-2026.docx from the .txt next to it with the
// `docx` package: one Word paragraph per line (headings in bold), so both files carry the
// same plan. Run: node scripts/build-example-docx.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'examples', 'ke-hoach-tuyen-truyen-cchc-2026.txt');
const target = source.replace(/\.txt$/, '.docx');

const lines = readFileSync(source, 'utf8').split(/\r?\n/);
const heading = (line) => /^(KẾ HOẠCH|[IVX]+\.\s)/u.test(line) || /^(ỦY BAN|XÃ )/u.test(line);
const paragraphs = lines
  .filter((line) => line.trim() !== '')
  .map(
    (line) =>
      new Paragraph({
        alignment: /^KẾ HOẠCH$/u.test(line.trim()) ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
        children: [
          new TextRun({ text: line.replace(/\s{3,}/g, '    ').trim(), bold: heading(line.trim()), font: 'Times New Roman', size: 28 }),
        ],
      }),
  );
const doc = new Document({
  creator: 'Loa',
  title: 'Kế hoạch tuyên truyền cải cách hành chính năm 2026 (mẫu)',
  sections: [{ children: paragraphs }],
});
writeFileSync(target, await Packer.toBuffer(doc));
console.log(`đã ghi ${target}`);
