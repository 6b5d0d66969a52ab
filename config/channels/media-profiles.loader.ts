/**
 * Loads config/channels/media-profiles.json, validates it with zod and resolves it: each
 * rendition gets its formats and byte limit, each print size its dpi range, each channel
 * its upload limits and audio duration in seconds. Every problem is listed in one error.
 * The domain receives the resolved profiles; it never reads files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CHANNEL_IDS, PUBLICATION_CHANNEL_IDS } from './channel-ids.js';
import { DomainError } from '../../errors/domain-error.js';
import {
  MEDIA_KINDS,
  RENDITION_FORMATS,
  type ChannelMediaProfile,
  type MediaKind,
  type MediaProfiles,
  type RenditionSpec,
  type TimedMediaRules,
} from './media-profile.types.js';

/**
 * Pixels of a print size at a dpi, to refuse a profile whose print needs more pixels than any
 * input may have. The same arithmetic as the domain's rendition geometry (cmToPixels in
 * src/domain/media/rendition-geometry.ts), repeated because config/ imports nothing from src/.
 */
const cmToPixels = (cm: number, dpi: number): number => Math.round((cm / 2.54) * dpi);

/** The channels that publish something and so need a media profile (the catalogue's publication channels). */
export const MEDIA_CHANNEL_IDS = PUBLICATION_CHANNEL_IDS;

const text = z.string().trim().min(1);
const bytes = z.number().int().positive();
const kind = z.enum(MEDIA_KINDS);
const format = z.enum(RENDITION_FORMATS);
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'màu nền cần dạng #rrggbb');
const name = z.string().regex(/^[a-z0-9-]+$/, 'tên bản ảnh chỉ gồm chữ thường không dấu, số và "-"');
const uploadLimits = z.strictObject({ image: bytes.optional(), audio: bytes.optional(), video: bytes.optional(), pdf: bytes.optional() });

const pixelRenditionSchema = z.strictObject({
  name,
  label: text,
  width: z.number().int().min(16).max(10000),
  height: z.number().int().min(16).max(10000).optional(),
  fit: z.enum(['cover', 'contain']).default('cover'),
  background: colour.default('#ffffff'),
  formats: z.array(format).min(1).optional(),
  maxBytes: bytes.optional(),
});

const printSizeSchema = z.strictObject({
  name,
  label: text,
  widthCm: z.number().positive().max(2000),
  heightCm: z.number().positive().max(2000),
  fit: z.enum(['cover', 'contain']).default('cover'),
  background: colour.default('#ffffff'),
});

const timedSchema = z.strictObject({
  formats: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
  maxBytes: bytes,
  /** Minutes, like a slot's durationMin/durationMax. */
  durationMin: z.number().min(0).optional(),
  durationMax: z.number().positive().optional(),
});

const channelSchema = z.strictObject({
  $comment: z.string().optional(),
  label: text,
  accepts: z.array(kind),
  requires: z.array(kind).default([]),
  maxUploadBytes: uploadLimits.optional(),
  images: z
    .strictObject({
      formats: z.array(format).min(1),
      maxBytes: bytes,
      renditions: z.array(pixelRenditionSchema).min(1),
    })
    .optional(),
  print: z
    .strictObject({
      dpiMin: z.number().int().min(30).max(1200),
      dpiMax: z.number().int().min(30).max(1200),
      targetDpi: z.number().int().min(30).max(1200).optional(),
      formats: z.array(format).min(1),
      maxBytes: bytes,
      sizes: z.array(printSizeSchema).min(1),
    })
    .optional(),
  text: z
    .strictObject({
      titleMax: z.number().int().positive().optional(),
      descriptionMax: z.number().int().positive().optional(),
      authorMax: z.number().int().positive().optional(),
      bodyMax: z.number().int().positive().optional(),
    })
    .default({}),
  audio: timedSchema.optional(),
  video: timedSchema.optional(),
});

export const mediaProfilesSchema = z
  .strictObject({
    $comment: z.string().optional(),
    version: z.number().int().min(1),
    limits: z.strictObject({
      maxInputPixels: z.number().int().min(1_000_000).max(1_000_000_000),
      sourceImageFormats: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
      maxUploadBytes: z.strictObject({ image: bytes, audio: bytes, video: bytes, pdf: bytes }),
    }),
    channels: z.record(z.string(), channelSchema),
  })
  .superRefine((value, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    for (const id of MEDIA_CHANNEL_IDS) if (!(id in value.channels)) issue(['channels', id], `thiếu hồ sơ của kênh ${id}`);
    for (const [id, ch] of Object.entries(value.channels)) {
      const at = (...rest: (string | number)[]) => ['channels', id, ...rest];
      if (!(CHANNEL_IDS as readonly string[]).includes(id)) issue(at(), `kênh không có trong danh mục: ${id}`);
      ch.requires.forEach((k, i) => {
        if (!ch.accepts.includes(k)) issue(at('requires', i), `kênh cần tệp ${k} nhưng không nhận loại này (accepts)`);
      });
      for (const timed of ['audio', 'video'] as const) {
        const rules = ch[timed];
        if (ch.accepts.includes(timed) && !rules) issue(at(timed), `kênh nhận ${timed} nhưng thiếu quy định "${timed}"`);
        if (!ch.accepts.includes(timed) && rules) issue(at(timed), `có quy định "${timed}" nhưng kênh không nhận ${timed}`);
        if (rules?.durationMin !== undefined && rules.durationMax !== undefined && rules.durationMin > rules.durationMax)
          issue(at(timed, 'durationMin'), `thời lượng tối thiểu ${rules.durationMin} phút lớn hơn tối đa ${rules.durationMax} phút`);
      }
      if ((ch.images || ch.print) && !ch.accepts.includes('image')) issue(at('accepts'), 'kênh có bản ảnh nhưng không nhận hình ảnh');
      if (ch.print) {
        const p = ch.print;
        if (p.dpiMin > p.dpiMax) issue(at('print', 'dpiMin'), `dpi tối thiểu ${p.dpiMin} lớn hơn tối đa ${p.dpiMax}`);
        const target = p.targetDpi ?? p.dpiMin;
        if (target < p.dpiMin || target > p.dpiMax)
          issue(at('print', 'targetDpi'), `dpi mặc định ${target} nằm ngoài ${p.dpiMin}–${p.dpiMax}`);
        p.sizes.forEach((s, i) => {
          const pixels = cmToPixels(s.widthCm, target) * cmToPixels(s.heightCm, target);
          if (pixels > value.limits.maxInputPixels)
            issue(
              at('print', 'sizes', i),
              `khổ ${s.widthCm}×${s.heightCm} cm ở ${target} dpi cần ${Math.round(pixels / 1e6)} MP, vượt giới hạn ${Math.round(value.limits.maxInputPixels / 1e6)} MP`,
            );
        });
      }
      const names = [...(ch.images?.renditions ?? []).map((r) => r.name), ...(ch.print?.sizes ?? []).map((s) => s.name)];
      names.forEach((n, i) => {
        if (names.indexOf(n) !== i) issue(at('images'), `tên bản ảnh "${n}" bị trùng`);
      });
      for (const r of ch.images?.renditions ?? []) {
        if (r.fit === 'contain' && r.height === undefined)
          issue(at('images', 'renditions', r.name), 'fit "contain" cần cả chiều cao (height)');
      }
    }
  });

type RawProfiles = z.infer<typeof mediaProfilesSchema>;

/** config/channels/media-profiles.json in the source tree, whether this module runs from there or from dist/. */
export function defaultMediaProfilesPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'media-profiles.json'), resolve(here, '../../../config/channels/media-profiles.json')];
  return candidates.find((p) => existsSync(p)) ?? candidates[0]!;
}

function issues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`);
}

/** Validates and resolves a parsed JSON value; `origin` names the file in errors. */
export function parseMediaProfiles(raw: unknown, origin = '(trong bộ nhớ)'): MediaProfiles {
  const parsed = mediaProfilesSchema.safeParse(raw);
  if (!parsed.success) {
    const list = issues(parsed.error);
    throw new DomainError(
      'CONFIG_MEDIA_PROFILES_INVALID',
      `Tệp hồ sơ đa phương tiện ${origin} có ${list.length} lỗi:\n${list.join('\n')}`,
      {
        file: origin,
        issues: list,
      },
    );
  }
  return resolveProfiles(parsed.data);
}

function resolveProfiles(raw: RawProfiles): MediaProfiles {
  const channels: Record<string, ChannelMediaProfile> = {};
  for (const [id, ch] of Object.entries(raw.channels)) {
    const renditions: RenditionSpec[] = [];
    for (const r of ch.images?.renditions ?? []) {
      renditions.push({
        kind: 'pixel',
        name: r.name,
        label: r.label,
        width: r.width,
        height: r.height ?? null,
        fit: r.fit,
        background: r.background.toLowerCase(),
        formats: r.formats ?? ch.images!.formats,
        maxBytes: r.maxBytes ?? ch.images!.maxBytes,
      });
    }
    if (ch.print) {
      for (const s of ch.print.sizes) {
        renditions.push({
          kind: 'print',
          name: s.name,
          label: s.label,
          widthCm: s.widthCm,
          heightCm: s.heightCm,
          dpiMin: ch.print.dpiMin,
          dpiMax: ch.print.dpiMax,
          targetDpi: ch.print.targetDpi ?? ch.print.dpiMin,
          fit: s.fit,
          background: s.background.toLowerCase(),
          formats: ch.print.formats,
          maxBytes: ch.print.maxBytes,
        });
      }
    }
    const maxUploadBytes = {} as Record<MediaKind, number>;
    for (const k of MEDIA_KINDS) maxUploadBytes[k] = Math.min(raw.limits.maxUploadBytes[k], ch.maxUploadBytes?.[k] ?? Infinity);
    channels[id] = {
      channel: id,
      label: ch.label,
      accepts: [...new Set(ch.accepts)],
      requires: [...new Set(ch.requires)],
      maxUploadBytes,
      renditions,
      sourceImageFormats: raw.limits.sourceImageFormats,
      text: ch.text,
      audio: timed(ch.audio),
      video: timed(ch.video),
    };
  }
  return {
    version: raw.version,
    maxInputPixels: raw.limits.maxInputPixels,
    sourceImageFormats: raw.limits.sourceImageFormats,
    maxUploadBytes: raw.limits.maxUploadBytes,
    channels,
  };
}

function timed(rules: z.infer<typeof timedSchema> | undefined): TimedMediaRules | null {
  if (!rules) return null;
  const hasRange = rules.durationMin !== undefined || rules.durationMax !== undefined;
  return {
    formats: rules.formats,
    maxBytes: rules.maxBytes,
    duration: hasRange
      ? { minSec: Math.round((rules.durationMin ?? 0) * 60), maxSec: Math.round((rules.durationMax ?? Number.MAX_SAFE_INTEGER / 60) * 60) }
      : null,
  };
}

/** Reads, validates and resolves the media profiles file. */
export function loadMediaProfiles(path = defaultMediaProfilesPath()): MediaProfiles {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DomainError('CONFIG_MEDIA_PROFILES_MISSING', `Không đọc được tệp hồ sơ đa phương tiện ${path}.`, {
      file: path,
      cause: error instanceof Error ? error.message : String(error),
    });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(content) as unknown;
  } catch (error) {
    throw new DomainError('CONFIG_MEDIA_PROFILES_INVALID', `Tệp hồ sơ đa phương tiện ${path} không phải JSON hợp lệ.`, {
      file: path,
      cause: error instanceof Error ? error.message : String(error),
    });
  }
  return parseMediaProfiles(raw, path);
}

/**
 * The profile of one channel, or a clear error naming the channels that have one. A unit's
 * own screen size (its LED board) replaces the rendition of that name, when given.
 */
export function mediaProfileOf(
  profiles: MediaProfiles,
  channel: string,
  overrides: { rendition: string; width: number; height: number }[] = [],
): ChannelMediaProfile {
  const profile = profiles.channels[channel];
  if (!profile)
    throw new DomainError(
      'MEDIA_CHANNEL_UNKNOWN',
      `Kênh "${channel}" không có hồ sơ đa phương tiện; các kênh có: ${Object.keys(profiles.channels).join(', ')}.`,
      {
        channel,
        expected: Object.keys(profiles.channels).join(', '),
      },
    );
  if (overrides.length === 0) return profile;
  return {
    ...profile,
    renditions: profile.renditions.map((r) => {
      const o = overrides.find((x) => x.rendition === r.name);
      return o && r.kind === 'pixel' ? { ...r, width: o.width, height: o.height } : r;
    }),
  };
}
