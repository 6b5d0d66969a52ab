/**
 * `loa plan import FILE [--json]`: reads a plan (.docx, .pdf with text, .txt in any
 * Vietnamese encoding; "-" reads standard input) and prints it, for a person or, with
 * --json, as one JSON object (the contract of issue 5). Nothing is stored.
 */
import { readFile } from 'node:fs/promises';
import { ChannelCatalogue } from '../../../config/channels/channel-catalogue.js';
import { isDomainError } from '../../domain/errors/domain-error.js';
import { describePhrase } from '../../domain/grammar/describe-phrase.js';
import type { PlanReading } from '../../domain/plan/plan-reading.types.js';
import { planFieldName, reviewNoteName } from '../../domain/plan/review-notes.js';
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

function vnDate(iso: string | null | undefined): string {
  if (!iso) return '…';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}${m[4] ? ` ${m[4]}` : ''}` : iso;
}

/** What a person reads for a format. */
const FORMAT: Record<string, string> = { text: 'văn bản (.txt)', docx: 'Word (.docx)', pdf: 'PDF' };

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
      // The readings in the words the web app's review screen uses (describe-phrase.ts).
      t.quota ? `${planFieldName.quota!.toLowerCase()}: ${describePhrase('quota', t.quota)}` : null,
      t.timeframe ? `${planFieldName.timeframe!.toLowerCase()}: ${describePhrase('timeframe', t.timeframe)}` : null,
      t.deadline ? `${planFieldName.deadline!.toLowerCase()}: ${describePhrase('deadline', t.deadline)}` : null,
      t.leads.length > 0 ? `chủ trì: ${t.leads.join('; ')}` : null,
      t.cooperators.length > 0 ? `phối hợp: ${t.cooperators.join('; ')}` : null,
    ].filter(Boolean);
    if (facts.length > 0) out.push(`     ${facts.join(' · ')}`);
  }
  out.push('', reportingText(plan));
  if (plan.needsReview.length > 0) {
    out.push('', `Cần kiểm tra (${plan.needsReview.length}):`);
    for (const n of plan.needsReview) out.push(`  - ${reviewNoteName(n)}: ${n.reason}${n.evidence ? ` (dòng ${n.evidence.line})` : ''}`);
  }
  return `${out.join('\n')}\n`;
}

/** "Báo cáo quý, 6 tháng và năm, hạn trước ngày 30/11/2026", as the review screen says it. */
function reportingText(plan: PlanReading): string {
  if (plan.reporting.periods.length === 0 && !plan.reporting.deadline) return 'Báo cáo: chưa rõ kỳ báo cáo';
  const said = describePhrase('reporting', plan.reporting);
  return said.startsWith('báo cáo') ? `B${said.slice(1)}` : `Báo cáo: ${said}`;
}
