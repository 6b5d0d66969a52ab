/**
 * `loa calendar PLAN_FILE --year YYYY [--format json|ics]`: the calendar of a plan file,
 * without a database. JSON is the contract {year, rules[], slots[]}; ics is the iCalendar
 * feed of the same rules.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ChannelCatalogue } from '../../../config/channels/channel-catalogue.js';
import { loadHolidayOverrides } from '../../../config/holidays/holiday-overrides.loader.js';
import { expandPlan } from '../../domain/calendar/plan-calendar.js';
import { toCalendarJson } from '../../domain/calendar/quota-expansion.js';
import { WorkingDayCalendar } from '../../domain/calendar/working-days.js';
import { DomainError } from '../../domain/errors/domain-error.js';
import { buildIcalFeed } from '../../modules/calendar/ical-feed.js';
import { importPlanFile } from '../../modules/plans/readers/plan-file.reader.js';
import { ExitCode, type CliIo } from '../cli-io.js';

export interface CalendarCommandOptions {
  year?: string;
  format?: string;
  holidays?: string;
}

export async function calendarCommand(file: string, opts: CalendarCommandOptions, io: CliIo): Promise<number> {
  const format = opts.format ?? 'json';
  if (format !== 'json' && format !== 'ics') {
    io.stderr.write('Lỗi (USAGE): --format phải là json hoặc ics\n');
    return ExitCode.usage;
  }
  if (opts.year !== undefined && !/^\d{4}$/.test(opts.year)) {
    io.stderr.write('Lỗi (USAGE): --year phải là năm có 4 chữ số\n');
    return ExitCode.usage;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new DomainError('FILE_UNREADABLE', `Không đọc được tệp "${file}".`, { file });
  }
  const channels = ChannelCatalogue.load();
  const { plan } = await importPlanFile(bytes, channels.vocabulary);
  const calendar = new WorkingDayCalendar(opts.holidays ? loadHolidayOverrides(opts.holidays) : loadHolidayOverrides());
  const year = opts.year ? Number(opts.year) : plan.year;
  const expansion = expandPlan(plan, { calendar, schedules: channels.schedules }, year);
  // A year the plan does not cover gives an empty calendar: say so, rather than print nothing and succeed.
  if (plan.year !== null && year !== plan.year && expansion.slots.length === 0) {
    io.stderr.write(
      `Cảnh báo (CALENDAR_YEAR_MISMATCH): kế hoạch là của năm ${plan.year}, không có ô lịch nào trong năm ${year}. Bỏ --year hoặc dùng --year ${plan.year}.\n`,
    );
    return ExitCode.badInput;
  }
  // A plan whose tasks set no quantity nor time gives an empty calendar: name the tasks to complete instead.
  if (expansion.slots.length === 0 && plan.tasks.length > 0) {
    const missing = plan.tasks.filter((t) => !t.quota).map((t) => t.id);
    io.stderr.write(
      `Cảnh báo (CALENDAR_EMPTY): kế hoạch không có ô lịch nào trong năm ${year}${missing.length > 0 ? `; cần nhập chỉ tiêu (số lượng) cho nhiệm vụ ${missing.join(', ')}` : ''} (xem "loa plan import").\n`,
    );
    return ExitCode.badInput;
  }
  if (format === 'json') {
    io.stdout.write(JSON.stringify(toCalendarJson(expansion)) + '\n');
  } else {
    const titles = new Map(plan.tasks.map((t) => [t.id, t.title]));
    const labels = new Map(channels.vocabulary.channels.map((c) => [c.id, c.label]));
    const channelName = (id: string) => labels.get(id) ?? id;
    io.stdout.write(
      buildIcalFeed(
        { rules: expansion.rules },
        {
          name: `Lịch tuyên truyền CCHC ${expansion.year}${plan.issuer ? ` — ${plan.issuer}` : ''}`,
          summary: (r) => `${channelName(r.channel)} · ${titles.get(r.taskId) ?? r.taskId}`.slice(0, 250),
          channelName,
          uidDomain: 'loa',
          // The file's digest scopes the UIDs: two plans' feeds imported into one client never collide.
          uidScope: createHash('sha256').update(bytes).digest('hex').slice(0, 16),
        },
      ),
    );
  }
  return ExitCode.ok;
}
