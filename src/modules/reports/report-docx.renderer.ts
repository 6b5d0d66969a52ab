import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { shortDate } from '../../domain/reports/reporting-period.js';
import type { Report } from './reports.service.js';

const FONT = 'Times New Roman';
/** Half-points: 13 pt body, 14 pt headings (Decree 30/2020/NĐ-CP, appendix I). */
const BODY = 26;
const HEAD = 28;
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: o.size ?? BODY, bold: o.bold, italics: o.italics });
const para = (children: (TextRun | ExternalHyperlink)[], o: { center?: boolean; right?: boolean; indent?: boolean } = {}) =>
  new Paragraph({
    children,
    alignment: o.center ? AlignmentType.CENTER : o.right ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
    indent: o.indent ? { firstLine: 567 } : undefined,
    spacing: { after: 80 },
  });
const pct = (n: number | null) =>
  n === null ? 'không có chỉ tiêu' : `${(n * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
/** A score with the Vietnamese decimal comma (0,25). */
const points = (n: number): string => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
const num = (n: number | null) => (n === null ? '—' : String(n));

function placeOf(name: string): string {
  return name
    .replace(/^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/i, '')
    .replace(/^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+/i, '');
}

function cell(text: string, o: { bold?: boolean; center?: boolean; width?: number } = {}): TableCell {
  return new TableCell({
    children: [para([run(text, { bold: o.bold, size: 24 })], { center: o.center })],
    width: o.width ? { size: o.width, type: WidthType.PERCENTAGE } : undefined,
  });
}

/** The narrative an officer would write from the numbers, in a few sentences. */
export function narrativeOf(r: Report): string[] {
  const t = r.totals;
  const lines = [
    `Trong kỳ báo cáo (số liệu từ ngày ${shortDate(r.period.from, true)} đến ngày ${shortDate(r.period.to, true)}), ${r.unit.name} thực hiện ${r.plans.length} kế hoạch tuyên truyền cải cách hành chính với ${t.planned} lượt tin, bài, chương trình theo kế hoạch; đã đăng, phát ${t.published} lượt có minh chứng, đạt ${pct(t.completion)} kế hoạch.`,
  ];
  const late = r.rows.reduce((s, x) => s + x.late, 0);
  const missed = r.rows.reduce((s, x) => s + x.missed, 0);
  if (late || missed) lines.push(`Có ${late} lượt đăng trễ so với lịch và ${missed} lượt đến hạn nhưng chưa đăng.`);
  const open = r.rows.filter((x) => x.open);
  if (open.length)
    lines.push(
      `${open.length} nhiệm vụ thường xuyên (không có chỉ tiêu số lượng) được theo dõi, đã đăng ${open.reduce((s, x) => s + x.published, 0)} lượt.`,
    );
  const channels = [...new Set(r.rows.filter((x) => x.published > 0).map((x) => x.channelName))];
  if (channels.length) lines.push(`Các hình thức đã sử dụng: ${channels.join('; ')}.`);
  lines.push(
    `Theo tiêu chí "${r.score.criterion.name}" (tối đa ${points(r.score.criterion.maxPoints)} điểm), điểm tự đánh giá hiện tại là ${points(r.score.points)} điểm; nếu giữ nhịp độ hiện nay, điểm dự kiến cuối kỳ là ${points(r.score.projected.points)} điểm.`,
  );
  if (r.score.needs.length) lines.push(`Để đạt điểm tối đa: ${r.score.needs.map((n) => n.message).join('; ')}.`);
  if (r.rollup?.behind.length) {
    const names = r.rollup.units
      .filter((u) => u.behind)
      .slice(0, 10)
      .map((u) => u.name);
    lines.push(
      `Có ${r.rollup.behind.length} đơn vị chậm tiến độ${names.length ? `: ${names.join(', ')}${r.rollup.behind.length > names.length ? '…' : ''}` : ''}.`,
    );
  }
  return lines;
}

/**
 * The report as an administrative document in the format of Decree 30/2020/NĐ-CP: the issuing
 * authority and the national heading side by side, the number and the place and date line, the
 * title, a narrative written from the numbers, the fulfilment table, and the proof links as an
 * appendix; Times New Roman 13–14 pt.
 */
export async function renderReportDocx(r: Report): Promise<Buffer> {
  const issuer = { parentName: r.unit.parentName };
  const [y, m, d] = r.today.split('-').map(Number);
  const heading = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 40, type: WidthType.PERCENTAGE },
            borders: noBorders,
            children: [
              ...(issuer.parentName ? [para([run(issuer.parentName.toUpperCase())], { center: true })] : []),
              para([run(r.unit.name.toUpperCase(), { bold: true })], { center: true }),
              para([run('Số:        /BC-UBND')], { center: true }),
            ],
          }),
          new TableCell({
            width: { size: 60, type: WidthType.PERCENTAGE },
            borders: noBorders,
            children: [
              para([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true })], { center: true }),
              para([run('Độc lập - Tự do - Hạnh phúc', { bold: true, size: HEAD })], { center: true }),
              para(
                [
                  run(`${placeOf(r.unit.name)}, ngày ${String(d).padStart(2, '0')} tháng ${String(m).padStart(2, '0')} năm ${y}`, {
                    italics: true,
                    size: HEAD,
                  }),
                ],
                { center: true },
              ),
            ],
          }),
        ],
      }),
    ],
  });
  const columns = ['STT', 'Nhiệm vụ', 'Kênh', 'Kế hoạch', 'Đã đăng', 'Trễ', 'Bỏ lỡ', 'Còn thiếu'];
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c, { bold: true, center: true })) }),
      ...r.rows.map(
        (x, i) =>
          new TableRow({
            children: [
              cell(String(i + 1), { center: true }),
              cell(x.title, { width: 36 }),
              cell(x.channelName, { width: 18 }),
              cell(num(x.planned), { center: true }),
              cell(String(x.published), { center: true }),
              cell(String(x.late), { center: true }),
              cell(String(x.missed), { center: true }),
              cell(String(x.gap), { center: true }),
            ],
          }),
      ),
      new TableRow({
        children: [
          cell(''),
          cell('Tổng cộng', { bold: true }),
          cell(''),
          cell(String(r.totals.planned), { bold: true, center: true }),
          cell(String(r.totals.published), { bold: true, center: true }),
          cell(''),
          cell(''),
          cell(String(Math.max(0, r.totals.planned - r.totals.counted)), { bold: true, center: true }),
        ],
      }),
    ],
  });
  const appendix: Paragraph[] = [
    new Paragraph({ children: [new PageBreak()] }),
    para([run('PHỤ LỤC', { bold: true, size: HEAD })], { center: true }),
    para([run('Minh chứng đăng tải, phát sóng trong kỳ báo cáo', { bold: true, size: HEAD })], { center: true }),
    ...(r.proofs.length === 0
      ? [para([run('Không có minh chứng trong kỳ.', { italics: true })])]
      : r.proofs.map((p, i) =>
          para([
            run(`${i + 1}. ${shortDate(p.publishedOn, true)}, ${p.channelName}: ${p.title}${p.url ? ' — ' : ''}`),
            ...(p.url
              ? [
                  new ExternalHyperlink({
                    link: p.url,
                    children: [new TextRun({ text: p.url, font: FONT, size: BODY, style: 'Hyperlink' })],
                  }),
                ]
              : []),
          ]),
        )),
  ];
  const doc = new Document({
    creator: 'Loa',
    title: `Báo cáo kết quả thực hiện công tác tuyên truyền CCHC ${r.period.title}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: [
          heading,
          para([run('')]),
          para([run('BÁO CÁO', { bold: true, size: HEAD })], { center: true }),
          para([run(`Kết quả thực hiện công tác tuyên truyền CCHC ${r.period.title}`, { bold: true, size: HEAD })], { center: true }),
          ...narrativeOf(r).map((line) => para([run(line, { size: HEAD })], { indent: true })),
          table,
          para([run('')]),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            borders: noBorders,
            rows: [
              new TableRow({
                children: [
                  new TableCell({
                    borders: noBorders,
                    children: [
                      para([run('Nơi nhận:', { bold: true, italics: true, size: 24 })]),
                      para([run(`- ${issuer.parentName ?? 'Cơ quan cấp trên'};`, { size: 22 })]),
                      para([run('- Lưu: VT.', { size: 22 })]),
                    ],
                  }),
                  new TableCell({
                    borders: noBorders,
                    children: [
                      para([run('TM. ỦY BAN NHÂN DÂN', { bold: true, size: HEAD })], { center: true }),
                      para([run('CHỦ TỊCH', { bold: true, size: HEAD })], { center: true }),
                    ],
                  }),
                ],
              }),
            ],
          }),
          ...appendix,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
