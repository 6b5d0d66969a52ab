/**
 * Loads config/channels/adapter-limits.json, validates it with zod (every problem listed in
 * one error) and hands the adapters plain data. Adapters never read files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { AdapterLimits } from '../../channels/adapter-limits.js';
import { DomainError } from '../../errors/domain-error.js';

const count = z.number().int().positive();
const ms = z.number().int().min(0);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'giờ cần dạng HH:mm');

export const adapterLimitsSchema = z.strictObject({
  $comment: z.string().optional(),
  version: z.number().int().min(1),
  http: z.strictObject({ timeoutMs: count }),
  webhook: z.strictObject({ titleMax: count, bodyMaxBytes: count, signatureToleranceSec: count }),
  wordpress: z.strictObject({ titleMax: count, bodyMax: count, imageMaxBytes: count, slugMax: count.max(200) }),
  zaloOa: z.strictObject({
    titleMax: count,
    authorMax: count,
    summaryMax: count,
    imageMaxBytes: count,
    imageMimes: z.array(z.string().regex(/^image\/[a-z0-9.+-]+$/)).min(1),
    quietHours: z.strictObject({ from: hhmm, to: hhmm, timeZone: z.string().min(1) }),
    processingRetryMs: z.array(ms).min(1),
    rateLimitRetryMs: ms,
    refreshMarginSec: z.number().int().min(0),
    broadcastMaxArticles: count,
    lookupPageSize: count.max(10),
    coverLinkTtlHours: count,
  }),
  facebook: z
    .strictObject({
      graphVersion: z.string().regex(/^v\d+\.\d+$/, 'phiên bản Graph API cần dạng v23.0'),
      bodyMax: count,
      imageMaxBytes: count,
      scheduleMinSec: count,
      scheduleMaxSec: count,
      rateLimitRetryMs: ms,
      lookupPageSize: count.max(100),
    })
    .refine((f) => f.scheduleMinSec < f.scheduleMaxSec, {
      message: 'scheduleMinSec phải nhỏ hơn scheduleMaxSec',
      path: ['scheduleMinSec'],
    }),
  radio: z.strictObject({ titleMax: count, audioMaxBytes: count, audioMaxSec: count, playWindowHours: count }),
  print: z.strictObject({ attachMaxBytes: count, bleedMm: z.number().min(0).max(50), linkTtlHours: count, minDpi: count }),
  email: z.strictObject({ subjectMax: count, bodyMax: count, attachMaxBytes: count, recipientsMax: count, throttleRetryMs: ms }),
});

/** config/channels/adapter-limits.json in the source tree, whether this module runs from there or from dist/. */
export function defaultAdapterLimitsPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'adapter-limits.json'), resolve(here, '../../../config/channels/adapter-limits.json')];
  return candidates.find((p) => existsSync(p)) ?? candidates[0]!;
}

export function parseAdapterLimits(raw: unknown, origin = '(trong bộ nhớ)'): AdapterLimits {
  const parsed = adapterLimitsSchema.safeParse(raw);
  if (!parsed.success) {
    const list = parsed.error.issues.map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`);
    throw new DomainError('CONFIG_ADAPTER_LIMITS_INVALID', `Tệp giới hạn kênh ${origin} có ${list.length} lỗi:\n${list.join('\n')}`, {
      file: origin,
      issues: list,
    });
  }
  const { $comment: _c, version: _v, ...limits } = parsed.data;
  return limits;
}

export function loadAdapterLimits(path = defaultAdapterLimitsPath()): AdapterLimits {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new DomainError('CONFIG_ADAPTER_LIMITS_INVALID', `Không đọc được tệp giới hạn kênh ${path}.`, {
      file: path,
      cause: error instanceof Error ? error.message : String(error),
    });
  }
  return parseAdapterLimits(raw, path);
}
