import ExcelJS from 'exceljs';
import { shortDate } from '../../domain/reports/reporting-period.js';
import type { Report } from './reports.service.js';

const pct = (n: number | null) => (n === null ? null : Math.round(n * 10_000) / 10_000);

/**
 * The report as a workbook (exceljs): the fulfilment sheet with Vietnamese headers and numbers
 * stored as numbers, the score, the roll-up of the units under a parent on its own sheet, and
 * the proof links.
 */
export async function renderReportXlsx(r: Report): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Loa';
  wb.created = new Date(r.generatedAt);

  const ws = wb.addWorksheet('Báo cáo');
  ws.addRow([`Báo cáo kết quả thực hiện công tác tuyên truyền CCHC ${r.period.title}`]).font = { bold: true, size: 13 };
  ws.addRow([
    `${r.unit.name}; số liệu từ ${shortDate(r.period.from, true)} đến ${shortDate(r.period.to, true)}; hạn báo cáo ${shortDate(r.period.dueOn, true)}`,
  ]);
  ws.addRow([]);
  const header = ws.addRow([
    'STT',
    'Kế hoạch',
    'Nhiệm vụ',
    'Kênh',
    'Kế hoạch (lượt)',
    'Đã xếp lịch',
    'Đã duyệt',
    'Đã đăng (có minh chứng)',
    'Đăng trễ',
    'Bỏ lỡ',
    'Còn thiếu',
    'Nhiệm vụ thường xuyên',
  ]);
  header.font = { bold: true };
  r.rows.forEach((row, i) => {
    ws.addRow([
      i + 1,
      row.planNumber ?? '',
      row.title,
      row.channelName,
      row.planned,
      row.filled,
      row.approved,
      row.published,
      row.late,
      row.missed,
      row.gap,
      row.open ? 'Có' : '',
    ]);
  });
  const total = ws.addRow([
    '',
    '',
    'Tổng cộng',
    '',
    r.totals.planned,
    null,
    null,
    r.totals.published,
    null,
    null,
    Math.max(0, r.totals.planned - r.totals.counted),
    '',
  ]);
  total.font = { bold: true };
  ws.addRow([]);
  ws.addRow(['', '', 'Tỷ lệ hoàn thành', '', pct(r.totals.completion)]).getCell(5).numFmt = '0.0%';
  ws.addRow(['', '', 'Điểm tiêu chí tuyên truyền CCHC hôm nay', '', r.score.points]);
  ws.addRow(['', '', 'Điểm dự kiến cuối kỳ', '', r.score.projected.points]);
  ws.addRow(['', '', 'Điểm tối đa', '', r.score.criterion.maxPoints]);
  for (const need of r.score.needs) ws.addRow(['', '', need.message]);
  ws.columns.forEach((c, i) => (c.width = [6, 14, 60, 28, 14, 12, 10, 14, 10, 10, 10, 14][i] ?? 12));

  if (r.rollup) {
    const ru = wb.addWorksheet('Tổng hợp đơn vị');
    ru.addRow([
      'STT',
      'Mã',
      'Đơn vị',
      'Cấp',
      'Kế hoạch (lượt)',
      'Đã đăng',
      'Đến hạn',
      'Tỷ lệ hoàn thành',
      'Chậm tiến độ',
      'Điểm hôm nay',
      'Điểm dự kiến',
    ]).font = { bold: true };
    r.rollup.units.forEach((u, i) => {
      const row = ru.addRow([
        i + 1,
        u.code ?? '',
        u.name,
        u.level,
        u.planned,
        u.published,
        u.dueSoFar,
        u.completion,
        u.behind ? 'Có' : '',
        u.points,
        u.projectedPoints,
      ]);
      row.getCell(8).numFmt = '0.0%';
    });
    ru.columns.forEach((c, i) => (c.width = [6, 10, 40, 12, 14, 10, 10, 16, 14, 12, 12][i] ?? 12));
  }

  const pr = wb.addWorksheet('Minh chứng');
  pr.addRow(['STT', 'Nhiệm vụ', 'Kênh', 'Ngày đăng', 'Đường dẫn']).font = { bold: true };
  r.proofs.forEach((p, i) => pr.addRow([i + 1, p.title, p.channelName, shortDate(p.publishedOn, true), p.url ?? '']));
  pr.columns.forEach((c, i) => (c.width = [6, 60, 28, 12, 60][i] ?? 12));

  return Buffer.from(await wb.xlsx.writeBuffer());
}
