import { writeFileSync } from 'node:fs';
import type { INestApplicationContext } from '@nestjs/common';
import { DomainError } from '../../domain/errors/domain-error.js';
import { systemActor } from '../../modules/access/principal.js';
import { ReportFilesService } from '../../modules/reports/report-files.service.js';
import { ReportsService } from '../../modules/reports/reports.service.js';
import { UnitsRepository } from '../../modules/units/units.repository.js';
import { type CliIo, ExitCode } from '../cli-io.js';

export interface ReportOptions {
  unit: string;
  period: string;
  format?: string;
  out?: string;
}

const formats = ['json', 'xlsx', 'docx'] as const;

/** `loa report --unit CODE --period 2024-Q1 --format json|xlsx|docx --out FILE`: the same report as the HTTP route. */
export async function reportCommand(app: INestApplicationContext, opts: ReportOptions, io: CliIo): Promise<number> {
  const format = (opts.format ?? 'json') as (typeof formats)[number];
  if (!formats.includes(format)) {
    io.stderr.write(`Lỗi (USAGE): định dạng phải là một trong: ${formats.join(', ')}\n`);
    return ExitCode.usage;
  }
  if (format !== 'json' && !opts.out) {
    io.stderr.write('Lỗi (USAGE): tệp xlsx, docx cần --out TỆP\n');
    return ExitCode.usage;
  }
  const unit = await app.get(UnitsRepository).findByCode(opts.unit);
  if (!unit) throw new DomainError('NOT_FOUND', `Không tìm thấy đơn vị có mã ${opts.unit}.`, { code: opts.unit });
  const report = await app.get(ReportsService).report(systemActor, unit.id, opts.period);
  const body =
    format === 'json'
      ? Buffer.from(JSON.stringify(report, null, 2) + '\n')
      : (await app.get(ReportFilesService).render(report, format)).body;
  if (opts.out) {
    writeFileSync(opts.out, body);
    io.stdout.write(
      `Đã ghi báo cáo ${report.period.title} của ${report.unit.name} vào ${opts.out} (${report.rows.length} dòng, hoàn thành ${report.totals.completion === null ? '—' : `${Math.round(report.totals.completion * 1000) / 10}%`}).\n`,
    );
  } else {
    io.stdout.write(body);
  }
  return ExitCode.ok;
}
