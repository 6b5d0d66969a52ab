/**
 * Loads the official holiday decisions, one JSON file a year (config/holidays/<year>.json),
 * and validates them with zod. Every problem of every file is reported in one error, so a
 * bad file fails startup once, completely. The domain receives the parsed overrides; it
 * never reads files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DomainError } from '../../errors/domain-error.js';
import type { HolidayOverrides } from './holiday-overrides.types.js';

const isoDate = z.iso.date();
const text = z.string().trim().min(1);

export const holidayOverridesSchema = z
  .object({
    $comment: z.string().optional(),
    year: z.number().int().min(1900).max(2199),
    source: text,
    periods: z
      .array(
        z.strictObject({
          holiday: text,
          from: isoDate,
          to: isoDate,
          name: text.optional(),
          source: text.optional(),
        }),
      )
      .default([]),
    daysOff: z.array(z.strictObject({ date: isoDate, key: text.optional(), name: text, source: text.optional() })).default([]),
    workingDays: z.array(z.strictObject({ date: isoDate, name: text, source: text.optional() })).default([]),
  })
  .strict();

const FILE_NAME = /^(\d{4})\.json$/;

/** config/holidays in the source tree, whether this module runs from there or from dist/. */
export function defaultHolidayDirectory(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [here, resolve(here, '../../../config/holidays')];
  return candidates.find((dir) => existsSync(join(dir, '2024.json'))) ?? here;
}

/** Parses and validates one year's decisions; `origin` names the file in errors. */
export function parseHolidayOverrides(raw: unknown, origin = '(in memory)'): HolidayOverrides {
  const parsed = holidayOverridesSchema.safeParse(raw);
  if (!parsed.success) {
    throw new DomainError('config.holidays-invalid', `Tệp ngày nghỉ ${origin} không hợp lệ.`, {
      file: origin,
      issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`),
    });
  }
  const { $comment: _comment, ...overrides } = parsed.data;
  checkInYear(overrides);
  return overrides;
}

/**
 * Every date of a year's file lies in that year and every period has a day. The working-day
 * calendar (src/domain/calendar/holiday-calendar.ts) guards the same when it applies the file;
 * checking here refuses a bad file at start, with the same code and message.
 */
function checkInYear(o: HolidayOverrides): void {
  const dates = [
    ...(o.periods ?? []).flatMap((p) => [
      { date: p.from, field: `periods.${p.holiday}.from` },
      { date: p.to, field: `periods.${p.holiday}.to` },
    ]),
    ...(o.daysOff ?? []).map((d) => ({ date: d.date, field: 'daysOff' })),
    ...(o.workingDays ?? []).map((d) => ({ date: d.date, field: 'workingDays' })),
  ];
  for (const { date, field } of dates) {
    if (!date.startsWith(`${o.year}-`)) {
      throw new DomainError('calendar.override-outside-year', `Ngày ${date} (${field}) không thuộc năm ${o.year} của tệp ngày nghỉ.`, {
        text: date,
        expected: String(o.year),
        field,
      });
    }
  }
  for (const p of o.periods ?? []) {
    if (p.to < p.from)
      throw new DomainError('calendar.override-empty-period', `Khoảng nghỉ ${p.from}–${p.to} rỗng.`, { text: `${p.from}..${p.to}` });
  }
}

/** Reads every <year>.json of the directory (default: config/holidays). */
export function loadHolidayOverrides(directory = defaultHolidayDirectory()): HolidayOverrides[] {
  const problems: string[] = [];
  const result: HolidayOverrides[] = [];
  const files = readdirSync(directory)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) {
    const m = FILE_NAME.exec(file);
    const path = join(directory, file);
    if (!m) {
      problems.push(`${file}: tên tệp phải là <năm>.json`);
      continue;
    }
    try {
      const overrides = parseHolidayOverrides(JSON.parse(readFileSync(path, 'utf8')) as unknown, file);
      if (overrides.year !== Number(m[1])) {
        problems.push(`${file}: trường year = ${overrides.year} khác năm trong tên tệp`);
        continue;
      }
      result.push(overrides);
    } catch (error) {
      if (error instanceof DomainError) {
        const issues = Array.isArray(error.evidence['issues']) ? (error.evidence['issues'] as string[]) : [];
        problems.push(issues.length > 0 ? issues.map((i) => `${file}: ${i}`).join('\n') : `${file}: ${error.message}`);
      } else if (error instanceof SyntaxError) {
        problems.push(`${file}: JSON không hợp lệ (${error.message})`);
      } else {
        throw error;
      }
    }
  }
  if (problems.length > 0) {
    throw new DomainError('config.holidays-invalid', `Cấu hình ngày nghỉ lễ có lỗi:\n${problems.join('\n')}`, {
      directory,
      issues: problems,
    });
  }
  return result;
}
