/** `loa plan import FILE [--json]`, run against in-memory streams. */
import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { planImportCommand } from '../../../src/cli/commands/plan-import.command.js';
import { ExitCode, type CliIo } from '../../../src/cli/cli-io.js';
import type { PlanReading } from '../../../src/domain/plan/plan-reading.types.js';
import { comparable, repoRoot } from './plan-fixtures.js';

function memoryIo(stdin = ''): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const input = new PassThrough();
  input.end(stdin);
  return { io: { stdin: input, stdout, stderr }, out: () => out, err: () => err };
}

const example = (ext: string) => join(repoRoot(), 'examples', `ke-hoach-tuyen-truyen-cchc-2026.${ext}`);

describe('loa plan import', function () {
  this.timeout(20_000);

  it('--json prints the example plan as one JSON object, with nothing to review', async () => {
    const { io, out, err } = memoryIo();
    expect(await planImportCommand(example('txt'), { json: true }, io)).to.equal(ExitCode.ok);
    expect(err()).to.equal('');
    const lines = out().trim().split('\n');
    expect(lines).to.have.length(1);
    const plan = JSON.parse(lines[0]!) as PlanReading;
    expect(plan).to.include({ issuer: 'UBND xã Tân Phong', level: 'commune', number: '12/KH-UBND', issuedOn: '2026-01-20', year: 2026 });
    expect(plan.implements.map((p) => p.number)).to.deep.equal(['08/KH-UBND']);
    expect(plan.tasks).to.have.length(6);
    expect(plan.tasks[0]!.quota).to.include({ count: 3, unit: 'tin, bài', per: 'month' });
    expect(plan.tasks[1]!.quota).to.include({ count: 1, per: 'month', durationMin: 10, durationMax: 15 });
    expect(plan.tasks[2]!.channels).to.deep.equal(['zalo-oa']);
    expect(plan.tasks[3]!.channels).to.include('led-screen');
    expect(plan.reporting.periods).to.deep.equal(['quarter', 'half-year', 'year']);
    expect(plan.reporting.deadline).to.include({ before: '2026-11-30' });
    expect(plan.needsReview).to.deep.equal([]);
  });

  it('the example .docx imports to the same plan as the .txt', async () => {
    const a = memoryIo();
    const b = memoryIo();
    expect(await planImportCommand(example('txt'), { json: true }, a.io)).to.equal(ExitCode.ok);
    expect(await planImportCommand(example('docx'), { json: true }, b.io)).to.equal(ExitCode.ok);
    expect(comparable(JSON.parse(b.out()) as PlanReading)).to.deep.equal(comparable(JSON.parse(a.out()) as PlanReading));
  });

  it('without --json prints a summary for a person, in Vietnamese', async () => {
    const { io, out } = memoryIo();
    expect(await planImportCommand(example('txt'), {}, io)).to.equal(ExitCode.ok);
    expect(out()).to.include('Kế hoạch số 12/KH-UBND ngày 20/01/2026 của UBND xã Tân Phong (cấp xã)');
    expect(out()).to.include('Nhiệm vụ (6):');
    // The readings in the review screen's words (describe-phrase.ts).
    expect(out()).to.include('tần suất: 3 tin, bài mỗi tháng');
    expect(out()).to.include('tần suất: 1 chương trình mỗi tháng, thời lượng 10–15 phút');
    expect(out()).to.include('thời gian: 01/04/2026 – 30/06/2026');
    expect(out()).to.include('Báo cáo quý, 6 tháng và năm, hạn trước ngày 30/11/2026');
    expect(out()).not.to.match(/\b\d{4}-\d{2}-\d{2}\b/);
  });

  it('reads standard input for "-"', async () => {
    const { io, out } = memoryIo('KẾ HOẠCH\nTuyên truyền CCHC năm 2025\nII. HÌNH THỨC TUYÊN TRUYỀN\n- Đưa tin trên Đài truyền thanh xã.');
    expect(await planImportCommand('-', { json: true }, io)).to.equal(ExitCode.ok);
    expect((JSON.parse(out()) as PlanReading).channels).to.deep.equal(['radio']);
  });

  it('a missing file: exit 2, a Vietnamese message and the code on stderr', async () => {
    const { io, out, err } = memoryIo();
    expect(await planImportCommand('/khong/co/tep-nay.txt', { json: true }, io)).to.equal(ExitCode.badInput);
    expect(out()).to.equal('');
    expect(err()).to.include('Không tìm thấy tệp').and.include('[FILE_UNREADABLE]');
  });

  it('a document that is not a plan: exit 2 with PLAN_NOT_RECOGNIZED', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loa-plan-'));
    const file = join(dir, 'thu-moi.txt');
    writeFileSync(file, 'Thư mời dự tiệc cưới\nTrân trọng kính mời bạn đến dự lễ thành hôn của chúng tôi.');
    const { io, out, err } = memoryIo();
    expect(await planImportCommand(file, { json: true }, io)).to.equal(ExitCode.badInput);
    expect(out()).to.equal('');
    expect(err())
      .to.match(/^Lỗi: Văn bản không phải là một kế hoạch/)
      .and.include('[PLAN_NOT_RECOGNIZED]');
  });

  it('an empty file: exit 2 with INPUT_EMPTY', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loa-plan-'));
    const file = join(dir, 'rong.docx');
    writeFileSync(file, '');
    const { io, err } = memoryIo();
    expect(await planImportCommand(file, {}, io)).to.equal(ExitCode.badInput);
    expect(err()).to.include('[INPUT_EMPTY]');
  });
});
