/** `loa` speaks Vietnamese: commander's headings and usage errors, the calendar's year check, the plan summary's channel names. */
import { expect } from 'chai';
import { Command } from 'commander';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { speakVietnamese, translateCommanderError } from '../../../src/cli/cli-vietnamese.js';
import { calendarCommand } from '../../../src/cli/commands/calendar.command.js';
import { planImportCommand } from '../../../src/cli/commands/plan-import.command.js';
import { ExitCode, type CliIo } from '../../../src/cli/cli-io.js';
import { smallPlanText } from '../../support/small-plan.js';

function io(): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (c: Buffer) => (o += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (e += c.toString('utf8')));
  return { io: { stdin: new PassThrough(), stdout, stderr }, out: () => o, err: () => e };
}

describe('loa in Vietnamese', () => {
  let dir: string;
  let planFile: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'loa-cli-'));
    planFile = join(dir, 'kh.txt');
    writeFileSync(planFile, smallPlanText);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('titles its help in Vietnamese, subcommands included', () => {
    const program = speakVietnamese(new Command('loa'));
    program.command('calendar').description('Lịch').argument('<planFile>').option('--format <format>', 'json | ics', 'json');
    const top = program.helpInformation();
    expect(top)
      .to.include('Cách dùng: loa [tùy chọn] [lệnh]')
      .and.include('Tùy chọn:')
      .and.include('Lệnh:')
      .and.include('hiển thị trợ giúp');
    const sub = program.commands[0].helpInformation();
    expect(sub).to.include('Cách dùng: loa calendar [tùy chọn] <planFile>').and.include('(mặc định: "json")');
    expect(top + sub).not.to.match(/Usage:|Options:|Commands:|display help|default:/);
  });

  it('translates commander’s usage errors', () => {
    expect(translateCommanderError("error: unknown option '--bogus'\n")).to.equal("Lỗi (USAGE): không có tùy chọn '--bogus'\n");
    expect(translateCommanderError("error: unknown command 'calender'\n(Did you mean calendar?)\n")).to.equal(
      "Lỗi (USAGE): không có lệnh 'calender' (có phải ý bạn là calendar?)\n",
    );
    expect(translateCommanderError("error: missing required argument 'file'\n")).to.equal("Lỗi (USAGE): thiếu tham số bắt buộc 'file'\n");
    expect(translateCommanderError("error: option '--year <YYYY>' argument missing\n")).to.equal(
      "Lỗi (USAGE): tùy chọn '--year <YYYY>' cần một giá trị\n",
    );
  });

  it('warns and exits 2 when --year asks for a year the plan has no slot in', async () => {
    const t = io();
    expect(await calendarCommand(planFile, { year: '2025' }, t.io)).to.equal(ExitCode.badInput);
    expect(t.err()).to.include('CALENDAR_YEAR_MISMATCH').and.include('kế hoạch là của năm 2024').and.include('--year 2024');
    expect(t.out()).to.equal('');
    const ok = io();
    expect(await calendarCommand(planFile, { year: '2024' }, ok.io)).to.equal(ExitCode.ok);
    expect((JSON.parse(ok.out()) as { slots: unknown[] }).slots.length).to.be.greaterThan(0);
  });

  it('warns and exits 2 when the plan sets no quantity for any task, naming the tasks', async () => {
    const noQuota = join(dir, 'khong-chi-tieu.txt');
    writeFileSync(noQuota, smallPlanText.replace(/^- (Tần suất|Thời gian):.*\n/gmu, ''));
    const t = io();
    const code = await calendarCommand(noQuota, { year: '2024' }, t.io);
    expect(t.err(), t.out()).to.include('CALENDAR_EMPTY').and.include('cần nhập chỉ tiêu (số lượng) cho nhiệm vụ 1, 2');
    expect(code).to.equal(ExitCode.badInput);
    expect(t.out()).to.equal('');
  });

  it('names channels, formats and fields in Vietnamese in a plan’s summary', async () => {
    const t = io();
    expect(await planImportCommand(planFile, {}, t.io)).to.equal(ExitCode.ok);
    expect(t.out())
      .to.include('Cổng/Trang thông tin điện tử')
      .and.include('Định dạng: văn bản (.txt)')
      .and.match(/Nhiệm vụ \d+ — Chủ trì: /);
    expect(t.out()).not.to.match(/web-portal|radio|leads:|reporting\.periods/);
  });
});
