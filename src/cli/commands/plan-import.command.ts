/**
 * `loa plan import FILE [--json]`: reads a plan (.docx, .pdf with text, .txt in any
 * Vietnamese encoding; "-" reads standard input) and prints it, for a person or, with
 * --json, as one JSON object (the contract of issue 5). Nothing is stored.
 */
import { readFile } from 'node:fs/promises';
import { ChannelCatalogue } from '../../../config/channels/channel-catalogue.js';
import { isDomainError } from '../../domain/errors/domain-error.js';
import type { Quota, ReportingPeriod, Timeframe, TimePoint } from '../../domain/grammar/phrase.types.js';
import type { PlanReading } from '../../domain/plan/plan-reading.types.js';
import { importPlanFile, type ImportedPlan } from '../../modules/plans/readers/plan-file.reader.js';
import { ExitCode, type CliIo } from '../cli-io.js';

export interface PlanImportOptions {
  json?: boolean;
}

export async function planImportCommand(file: string, opts: PlanImportOptions, io: CliIo): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await readStream(io.stdin) : await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? `Không tìm thấy tệp "${file}".`
        : code === 'EISDIR'
          ? `"${file}" là một thư mục, không phải tệp.`
          : `Không đọc được tệp "${file}".`;
    io.stderr.write(`Lỗi: ${message} [FILE_UNREADABLE]\n`);
    return ExitCode.badInput;
  }
  let imported: ImportedPlan;
  const vocabulary = ChannelCatalogue.load().vocabulary;
  try {
    imported = await importPlanFile(bytes, vocabulary);
  } catch (error) {
    if (isDomainError(error)) {
      io.stderr.write(`Lỗi: ${error.message} [${error.code}]\n`);
      const ev = error.evidence;
      if (typeof ev.line === 'number' && typeof ev.text === 'string' && ev.text !== '') io.stderr.write(`  dòng ${ev.line}: ${ev.text}\n`);
      if (Array.isArray(ev.issues)) for (const i of ev.issues) io.stderr.write(`  - ${String(i)}\n`);
      return error.code.startsWith('CONFIG_') ? ExitCode.internal : ExitCode.badInput;
    }
    io.stderr.write(`Lỗi nội bộ khi nhập kế hoạch: ${error instanceof Error ? error.message : String(error)} [INTERNAL]\n`);
    return ExitCode.internal;
  }
  if (opts.json) io.stdout.write(`${JSON.stringify(imported.plan)}\n`);
  else io.stdout.write(summary(imported, new Map(vocabulary.channels.map((c) => [c.id, c.label]))));
  return ExitCode.ok;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const LEVEL: Record<string, string> = { province: 'cấp tỉnh', district: 'cấp huyện', commune: 'cấp xã' };
const PER: Record<string, string> = { day: 'ngày', week: 'tuần', month: 'tháng', quarter: 'quý', year: 'năm', campaign: 'đợt' };
const PERIOD: Record<ReportingPeriod, string> = {
  week: 'tuần',
  month: 'tháng',
  quarter: 'quý',
  'half-year': '6 tháng',
  'nine-months': '9 tháng',
  year: 'năm',
};

function vnDate(iso: string | null | undefined): string {
  if (!iso) return '…';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}${m[4] ? ` ${m[4]}` : ''}` : iso;
}

/** An end of a span for people; the grammar gives null for an open end ("từ ngày 11/8"). */
function point(p: TimePoint | null | undefined): string {
  if (p === undefined || p === null) return '…';
  if (typeof p === 'string') return vnDate(p);
  if ('event' in p) return String(p.event);
  if ('dayOfMonth' in p) return `ngày ${String(p.dayOfMonth)} hằng tháng`;
  return `${p.day}/${p.month}`;
}

export function formatQuota(q: Quota): string {
  const count =
    typeof q.count === 'number'
      ? String(q.count)
      : q.countMin !== undefined || q.countMax !== undefined
        ? `${q.countMin ?? '…'}–${q.countMax ?? '…'}`
        : '?';
  const prefix = q.atLeast ? 'ít nhất ' : q.atMost ? 'tối đa ' : q.approx ? 'khoảng ' : '';
  const per = q.per ? `/${PER[q.per] ?? q.per}` : '';
  const duration =
    q.durationMin !== undefined
      ? ` (${q.durationMin}${q.durationMax !== undefined && q.durationMax !== q.durationMin ? `–${q.durationMax}` : ''} phút)`
      : '';
  return `${prefix}${count} ${q.unit ?? ''}${per}${duration}`.replace(/\s+/g, ' ').trim();
}

export function formatTimeframe(t: Timeframe): string {
  if (t.date) return vnDate(t.date);
  const span = `${point(t.from as TimePoint | null | undefined)} – ${point(t.to as TimePoint | null | undefined)}`;
  return t.recurring === 'continuous' ? `thường xuyên, ${span}` : span;
}

/** What a person reads for a format and a field named by the reader. */
const FORMAT: Record<string, string> = { text: 'văn bản (.txt)', docx: 'Word (.docx)', pdf: 'PDF' };
const FIELD: Record<string, string> = {
  leads: 'đơn vị chủ trì',
  cooperators: 'đơn vị phối hợp',
  quota: 'chỉ tiêu',
  timeframe: 'thời gian',
  deadline: 'thời hạn',
  channels: 'kênh',
  products: 'sản phẩm',
  title: 'tên nhiệm vụ',
  year: 'năm',
  number: 'số kế hoạch',
  issuedOn: 'ngày ban hành',
  issuer: 'cơ quan ban hành',
  'reporting.periods': 'kỳ báo cáo',
  'reporting.deadline': 'hạn báo cáo',
};

function summary({ plan, document }: ImportedPlan, labels: Map<string, string>): string {
  const channel = (c: string) => labels.get(c) ?? c;
  const out: string[] = [];
  const head = [
    plan.number ? `Kế hoạch số ${plan.number}` : 'Kế hoạch (chưa có số)',
    plan.issuedOn ? `ngày ${vnDate(plan.issuedOn)}` : null,
    plan.issuer ? `của ${plan.issuer}` : null,
    plan.level ? `(${LEVEL[plan.level]})` : null,
  ];
  out.push(head.filter(Boolean).join(' '));
  if (plan.title) out.push(`Tiêu đề: ${plan.title}`);
  out.push(
    `Năm: ${plan.year ?? 'chưa rõ'}${plan.place ? ` · Nơi ban hành: ${plan.place}` : ''} · Định dạng: ${FORMAT[document.format] ?? document.format}`,
  );
  for (const note of document.notes) out.push(`Ghi chú: ${note}`);
  for (const p of plan.implements)
    out.push(`Thực hiện Kế hoạch số ${p.number}${p.issuedOn ? ` ngày ${vnDate(p.issuedOn)}` : ''}${p.issuer ? ` của ${p.issuer}` : ''}`);
  out.push(
    `Kênh: ${plan.channels.map((c) => (plan.optionalChannels.includes(c) ? `${channel(c)} (nếu có)` : channel(c))).join('; ') || 'không có'}`,
  );
  out.push('', `Nhiệm vụ (${plan.tasks.length}):`);
  for (const t of plan.tasks) {
    out.push(`  ${t.id}. ${t.title.length > 110 ? `${t.title.slice(0, 107)}…` : t.title}${t.optional ? ' (nếu có)' : ''}`);
    const facts = [
      t.channels.length > 0 ? `kênh: ${t.channels.map(channel).join('; ')}` : null,
      t.products.length > 0 ? `sản phẩm: ${t.products.join(', ')}` : null,
      t.quota ? `chỉ tiêu: ${formatQuota(t.quota)}` : null,
      t.timeframe ? `thời gian: ${formatTimeframe(t.timeframe)}` : null,
      t.deadline?.before && typeof t.deadline.before === 'string' ? `hạn: trước ${vnDate(t.deadline.before)}` : null,
      t.deadline?.onOrBefore && typeof t.deadline.onOrBefore === 'string' ? `hạn: chậm nhất ${vnDate(t.deadline.onOrBefore)}` : null,
      t.leads.length > 0 ? `chủ trì: ${t.leads.join('; ')}` : null,
      t.cooperators.length > 0 ? `phối hợp: ${t.cooperators.join('; ')}` : null,
    ].filter(Boolean);
    if (facts.length > 0) out.push(`     ${facts.join(' · ')}`);
  }
  out.push('', `Báo cáo: ${reportingText(plan)}`);
  if (plan.needsReview.length > 0) {
    out.push('', `Cần kiểm tra (${plan.needsReview.length}):`);
    for (const n of plan.needsReview)
      out.push(
        `  - ${n.taskId ? `nhiệm vụ ${n.taskId}, ` : ''}${FIELD[n.field] ?? n.field}: ${n.reason}${n.evidence ? ` (dòng ${n.evidence.line})` : ''}`,
      );
  }
  return `${out.join('\n')}\n`;
}

function reportingText(plan: PlanReading): string {
  const periods = plan.reporting.periods.map((p) => PERIOD[p]).join(', ') || 'chưa rõ kỳ báo cáo';
  const d = plan.reporting.deadline;
  const deadline =
    d && typeof d.before === 'string'
      ? `; hạn trước ${vnDate(d.before)}`
      : d && typeof d.onOrBefore === 'string'
        ? `; hạn chậm nhất ${vnDate(d.onOrBefore)}`
        : '';
  return `${periods}${deadline}`;
}
