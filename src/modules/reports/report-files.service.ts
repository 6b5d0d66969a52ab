import { Injectable } from '@nestjs/common';
import { renderReportDocx } from './report-docx.renderer.js';
import { renderReportXlsx } from './report-xlsx.renderer.js';
import type { Report } from './reports.service.js';

export interface ReportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

const types = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** Renders a report as a file, for HTTP and for `loa report --out`. */
@Injectable()
export class ReportFilesService {
  async render(report: Report, format: 'xlsx' | 'docx'): Promise<ReportFile> {
    const body = format === 'xlsx' ? await renderReportXlsx(report) : await renderReportDocx(report);
    const name = `bao-cao-${(report.unit.code ?? report.unit.id).replace(/[^A-Za-z0-9._-]/g, '_')}-${report.period.label}.${format}`;
    return { body, contentType: types[format], fileName: name };
  }
}
