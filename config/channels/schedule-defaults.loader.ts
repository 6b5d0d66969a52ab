/**
 * Loads and validates config/channels/schedule-defaults.json: each channel's publish time,
 * broadcast sessions, part-of-day times and production lead time in working days.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DomainError } from '../../errors/domain-error.js';
import { CHANNEL_IDS } from './channel-ids.js';
import type { ChannelScheduleDefaults } from './channel-schedule.types.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'cần dạng HH:MM');

const scheduleSchema = z.strictObject({
  time: hhmm,
  sessions: z.array(hhmm).min(1).optional(),
  partsOfDay: z
    .strictObject({ morning: hhmm.optional(), noon: hhmm.optional(), afternoon: hhmm.optional(), evening: hhmm.optional() })
    .optional(),
  leadWorkingDays: z.number().int().min(0).max(60),
});

export const scheduleDefaultsSchema = z
  .strictObject({
    $comment: z.string().optional(),
    fallback: scheduleSchema,
    channels: z.record(z.string(), scheduleSchema),
  })
  .superRefine((value, ctx) => {
    for (const id of Object.keys(value.channels)) {
      if (!(CHANNEL_IDS as readonly string[]).includes(id)) {
        ctx.addIssue({ code: 'custom', path: ['channels', id], message: `kênh không có trong danh mục: ${id}` });
      }
    }
  });

export function defaultScheduleDefaultsPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'schedule-defaults.json'), resolve(here, '../../../config/channels/schedule-defaults.json')];
  return candidates.find((p) => existsSync(p)) ?? candidates[0]!;
}

export function parseScheduleDefaults(raw: unknown, origin = '(in memory)'): ChannelScheduleDefaults {
  const parsed = scheduleDefaultsSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`);
    throw new DomainError('config.channel-schedule-invalid', `Cấu hình lịch kênh ${origin} có lỗi:\n${issues.join('\n')}`, {
      file: origin,
      issues,
    });
  }
  const { $comment: _comment, ...defaults } = parsed.data;
  return defaults as ChannelScheduleDefaults;
}

export function loadScheduleDefaults(path = defaultScheduleDefaultsPath()): ChannelScheduleDefaults {
  return parseScheduleDefaults(JSON.parse(readFileSync(path, 'utf8')) as unknown, path);
}
