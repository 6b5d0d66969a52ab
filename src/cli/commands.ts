import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '../../config/env.schema.js';
import { AppModule } from '../app.module.js';
import { createApp } from '../bootstrap.js';
import { systemActor } from '../modules/access/principal.js';
import { type Role, roles } from '../modules/access/roles.js';
import { UsersService } from '../modules/accounts/users.service.js';
import { migrate } from '../modules/database/migrate.js';
import { seedDemo } from '../modules/demo/demo.seeder.js';
import { SecretsService } from '../modules/secrets/secrets.service.js';
import { importUnits, parseUnitsCsv } from '../modules/units/units-csv.importer.js';
import { UnitsRepository } from '../modules/units/units.repository.js';
import { UnitsService } from '../modules/units/units.service.js';
import { DomainError } from '../domain/errors/domain-error.js';
import { ExitCode, type CliIo } from './cli-io.js';
import { calendarCommand } from './commands/calendar.command.js';
import { parseCommand } from './commands/parse.command.js';
import { planImportCommand } from './commands/plan-import.command.js';
import { reportCommand } from './commands/report.command.js';
import { FulfilmentTalliesRepository } from '../modules/reports/fulfilment-tallies.repository.js';
import { mediaProbeCommand, mediaRenderCommand } from './commands/media.command.js';
import { impliedRRule } from '../domain/calendar/quota-expansion.js';
import { channelsSendCommand } from './commands/channels-send.command.js';
import { dispatchList, dispatchMove, dispatchShow } from './commands/dispatch.command.js';

/** Runs `fn` in a Nest application context (no HTTP), closing it afterwards. */
async function withContext<T>(
  config: AppConfig,
  fn: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<T>,
): Promise<T> {
  await migrate(config.database);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'], abortOnError: false });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

/** The sub-commands of `loa`. `done` receives the exit code; -1 means "still running" (serve). */
export function registerCommands(program: Command, io: CliIo, config: () => AppConfig, done: (code: number) => void): void {
  program
    .command('migrate')
    .description('Chạy các migration còn thiếu (run pending database migrations)')
    .action(async () => {
      const ran = await migrate(config().database);
      io.stdout.write(ran.length ? `Đã chạy ${ran.length} migration: ${ran.join(', ')}\n` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.\n');
      done(ExitCode.ok);
    });

  program
    .command('serve')
    .description('Chạy dịch vụ HTTP (serve the HTTP API)')
    .option('--demo', 'tạo dữ liệu mẫu khi cơ sở dữ liệu còn trống (seed demo data on an empty database)')
    .action(async (opts: { demo?: boolean }) => {
      const cfg = config();
      const app = await createApp(cfg);
      if (opts.demo) {
        const demo = await seedDemo(app);
        if (demo.created) {
          io.stdout.write(
            `\nĐã tạo dữ liệu mẫu: 1 tỉnh, 2 xã/phường, kế hoạch mẫu đã kích hoạt:\n` +
              (demo.plans ?? []).map((p) => `  - ${p.unit}: KH ${p.number}, ${p.tasks} nhiệm vụ, ${p.slots} ô lịch\n`).join('') +
              `Tài khoản quản trị: ${demo.adminUsername}\nMật khẩu (chỉ hiện một lần): ${demo.adminPassword}\n\n`,
          );
        }
      }
      await app.listen({ port: cfg.port, host: cfg.host });
      io.stdout.write(`Loa đang chạy tại ${cfg.publicUrl} (tài liệu API: ${cfg.publicUrl}/api/docs)\n`);
      done(-1);
    });

  program
    .command('parse [phrases...]')
    .description('Đọc cụm từ tần suất, thời gian, thời hạn, báo cáo (read quota/timeframe/deadline/reporting phrases)')
    .option('--jsonl', 'đọc JSON lines {"text","kind"?,"refDate"?} từ stdin, ghi một dòng JSON cho mỗi dòng vào')
    .option('--ref-date <YYYY-MM-DD>', 'ngày văn bản, cho cụm từ không ghi năm')
    .option('--kind <kind>', 'quota | timeframe | deadline | reporting')
    .action(async (phrases: string[], opts: { jsonl?: boolean; refDate?: string; kind?: string }) => {
      done(await parseCommand(phrases, opts, io, (q) => impliedRRule(q)));
    });

  const plan = program.command('plan').description('Kế hoạch (plans)');
  plan
    .command('import <file>')
    .description('Đọc một kế hoạch (.docx, .pdf có lớp chữ, .txt) và in ra; --json: một đối tượng JSON')
    .option('--json', 'in JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      done(await planImportCommand(file, opts, io));
    });

  program
    .command('calendar <planFile>')
    .description('Lịch của một kế hoạch, không cần cơ sở dữ liệu (calendar of a plan file)')
    .option('--year <YYYY>', 'năm (mặc định: năm của kế hoạch)')
    .option('--format <format>', 'json | ics', 'json')
    .option('--holidays <dir>', 'thư mục ngày nghỉ <năm>.json (mặc định config/holidays)')
    .action(async (file: string, opts: { year?: string; format?: string; holidays?: string }) => {
      done(await calendarCommand(file, opts, io));
    });

  const media = program.command('media').description('Tệp đa phương tiện (media)');
  media
    .command('probe <file>')
    .description('Loại tệp thật (theo nội dung), kích thước, thời lượng')
    .option('--json', 'in JSON {kind, format, width?, height?, durationSec?, bytes}')
    .action(async (file: string, opts: { json?: boolean }) => {
      done(await mediaProbeCommand(file, opts, io));
    });
  media
    .command('render <file>')
    .description('Tạo các bản theo hồ sơ của kênh (renditions)')
    .requiredOption('--channel <kind>', 'kênh (web-portal, zalo-oa, facebook, led-screen, pano…) hoặc all')
    .requiredOption('--out <dir>', 'thư mục ghi ra')
    .option('--focal <x,y>', 'tâm ảnh 0..1, ví dụ 0.5,0.3')
    .option('--json', 'in JSON {renditions: [...]}')
    .action(async (file: string, opts: { channel: string; out: string; focal?: string; json?: boolean }) => {
      done(await mediaRenderCommand(file, opts, io));
    });

  const units = program.command('units').description('Đơn vị hành chính (units)');
  units
    .command('import <file>')
    .description('Nhập đơn vị từ CSV: code,name,level,parent_code')
    .action(async (file: string) => {
      const rows = parseUnitsCsv(readFileSync(file, 'utf8'));
      const result = await withContext(config(), (app) => importUnits(rows, app.get(UnitsService), app.get(UnitsRepository), systemActor));
      io.stdout.write(`Đã tạo ${result.created} đơn vị, bỏ qua ${result.skipped} đơn vị đã có.\n`);
      done(ExitCode.ok);
    });

  const users = program.command('users').description('Người dùng (users)');
  users
    .command('add')
    .description('Thêm người dùng với một vai trò trên một đơn vị')
    .requiredOption('--username <name>', 'tên đăng nhập')
    .requiredOption('--unit <code>', 'mã đơn vị')
    .requiredOption('--role <role>', `vai trò: ${roles.join(', ')}`)
    .option('--name <displayName>', 'họ tên')
    .option('--email <email>', 'thư điện tử')
    .option('--password-stdin', 'đọc mật khẩu từ stdin (mặc định: sinh ngẫu nhiên và in ra một lần)')
    .action(async (opts: { username: string; unit: string; role: string; name?: string; email?: string; passwordStdin?: boolean }) => {
      if (!(roles as readonly string[]).includes(opts.role)) {
        io.stderr.write(`Lỗi (USAGE): vai trò phải là một trong: ${roles.join(', ')}\n`);
        return done(ExitCode.usage);
      }
      const password = opts.passwordStdin ? (await readAll(io.stdin)).trim() : undefined;
      const result = await withContext(config(), async (app) => {
        const unit = await app.get(UnitsRepository).findByCode(opts.unit);
        if (!unit) {
          throw new DomainError('NOT_FOUND', 'Không tìm thấy đơn vị có mã này.', { code: opts.unit });
        }
        return app.get(UsersService).create(systemActor, {
          username: opts.username,
          displayName: opts.name ?? opts.username,
          email: opts.email,
          password,
          unitId: unit.id,
          role: opts.role as Role,
        });
      });
      io.stdout.write(`Đã tạo người dùng ${result.user.username}.\n`);
      if (result.password) io.stdout.write(`Mật khẩu (chỉ hiện một lần): ${result.password}\n`);
      done(ExitCode.ok);
    });

  program
    .command('report')
    .description('Báo cáo kết quả tuyên truyền CCHC của một đơn vị trong một kỳ (fulfilment report)')
    .requiredOption('--unit <code>', 'mã đơn vị')
    .requiredOption('--period <period>', 'kỳ: 2024-Q1, 2024-H1, 2024-9M, 2024, 2024-03')
    .option('--format <format>', 'json | xlsx | docx', 'json')
    .option('--out <file>', 'ghi ra tệp (bắt buộc với xlsx, docx)')
    .action(async (opts: { unit: string; period: string; format?: string; out?: string }) => {
      done(await withContext(config(), (app) => reportCommand(app, opts, io)));
    });

  program
    .command('report-rebuild')
    .description('Đếm lại bảng tổng hợp của báo cáo toàn tỉnh từ các ô lịch và minh chứng (rebuild fulfilment_tallies)')
    .action(async () => {
      const units = await withContext(config(), (app) => app.get(FulfilmentTalliesRepository).rebuild());
      io.stdout.write(`Đã đếm lại số liệu tổng hợp của ${units} đơn vị.\n`);
      done(ExitCode.ok);
    });

  const dispatch = program.command('dispatch').description('Phát hành qua các kênh (the dispatch outbox)');
  dispatch
    .command('list')
    .description('Các lượt phát hành, mới nhất trước (publications)')
    .option('--unit <unit>', 'đơn vị (mã định danh hoặc mã đơn vị hành chính), và các đơn vị cấp dưới')
    .option('--state <state>', 'trạng thái: queued, sending, published, delivered, unconfirmed, retrying, failed, needs-reauth, cancelled')
    .option('--channel <channel>', 'kênh')
    .option('--json', 'in JSON')
    .action(async (opts: { unit?: string; state?: string; channel?: string; json?: boolean }) =>
      done(await withContext(config(), (app) => dispatchList(app, io, opts))),
    );
  dispatch
    .command('show <id>')
    .description('Một lượt phát hành và nhật ký của nó (a publication and its log)')
    .option('--json', 'in JSON')
    .action(async (id: string, opts: { json?: boolean }) => done(await withContext(config(), (app) => dispatchShow(app, io, id, opts))));
  dispatch
    .command('retry <id>')
    .description('Gửi lại một lượt lỗi, cần kết nối lại hoặc chưa xác nhận (retry)')
    .action(async (id: string) => done(await withContext(config(), (app) => dispatchMove(app, io, id, 'retry'))));
  dispatch
    .command('cancel <id>')
    .description('Hủy một lượt chưa đăng (cancel)')
    .action(async (id: string) => done(await withContext(config(), (app) => dispatchMove(app, io, id, 'cancel'))));

  const channels = program.command('channels').description('Kênh đăng phát (channels)');
  channels
    .command('send')
    .description('Gửi một nội dung qua một kênh như bộ phát hành vẫn làm, để thử kênh (send one item through one adapter)')
    .requiredOption('--account <file>', 'ACCOUNT.json: {"channel","kind", …thông tin đăng nhập}')
    .requiredOption('--item <file>', 'ITEM.json: {"id","title","summary"?,"body","author"?}')
    .option('--attach <file>', 'tệp đính kèm (lặp lại được)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--json', 'dòng cuối là JSON {"state","remoteId","url","attempts"}')
    .action(async (opts: { account: string; item: string; attach: string[]; json?: boolean }) =>
      done(await channelsSendCommand(io, opts, config())),
    );

  const secrets = program.command('secrets').description('Bí mật của kênh (channel secrets)');
  secrets
    .command('reseal')
    .description('Mã hóa lại mọi bí mật bằng khóa đang dùng (after adding a new key first in LOA_SECRET_KEYS)')
    .action(async () => {
      const moved = await withContext(config(), (app) => app.get(SecretsService).reseal());
      io.stdout.write(`Đã mã hóa lại ${moved} bí mật.\n`);
      done(ExitCode.ok);
    });
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
