/**
 * `loa media probe FILE [--json]`: what a file really is, from its bytes:
 *   {kind, format, width?, height?, durationSec?, bytes}
 * `loa media render FILE --channel KIND|all --out DIR [--focal X,Y] [--json]`: every image
 * rendition of the channel, written to DIR and checked against the profile:
 *   {renditions: [{channel, rendition, path, format, width, height, bytes, dpi?}]}
 * Errors: a Vietnamese message and the English code on stderr; exit 2 for bad input.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { ChannelCatalogue } from '../../../config/channels/channel-catalogue.js';
import { mediaProfileOf } from '../../../config/channels/media-profiles.loader.js';
import { DomainError, isDomainError } from '../../domain/errors/domain-error.js';
import { formatBytes, formatDuration } from '../../domain/media/media-format.js';
import type { ChannelMediaProfile, FocalPoint, MediaProfiles } from '../../../config/channels/media-profile.types.js';
import { AudioProbe } from '../../modules/media/audio-probe.js';
import { ImageProcessor } from '../../modules/media/image-processor.js';
import { extensionMismatch, KIND_NAME, MediaProber, type MediaProbeResult } from '../../modules/media/media-probe.js';
import { RenditionService } from '../../modules/media/rendition.service.js';
import { ExitCode, type CliIo } from '../cli-io.js';

export interface MediaProbeOptions {
  json?: boolean;
}

export interface MediaRenderOptions {
  /** A channel id with image renditions, or `all`. */
  channel: string;
  out: string;
  json?: boolean;
  /** Focal point "x,y", each in 0..1 (default the centre). */
  focal?: string;
}

export interface MediaRenditionLine {
  channel: string;
  rendition: string;
  path: string;
  format: string;
  width: number;
  height: number;
  bytes: number;
  dpi?: number;
}

const EXT: Record<string, string> = { jpeg: 'jpg', png: 'png', webp: 'webp' };

export async function mediaProbeCommand(file: string, opts: MediaProbeOptions, io: CliIo): Promise<number> {
  return guarded(io, async () => {
    await assertReadable(file);
    const profiles = ChannelCatalogue.load().mediaProfiles;
    const media = await proberFor(profiles).probe(file, { verify: true, name: basename(file) });
    const mismatch = extensionMismatch(basename(file), media);
    if (mismatch) io.stderr.write(`Lưu ý: ${mismatch.message} [${mismatch.code}]\n`);
    if (opts.json) io.stdout.write(`${JSON.stringify(probeLine(media))}\n`);
    else io.stdout.write(`${describeMedia(media)}\n`);
    return ExitCode.ok;
  });
}

export async function mediaRenderCommand(file: string, opts: MediaRenderOptions, io: CliIo): Promise<number> {
  const profiles = loadProfilesOr(io);
  if (!profiles) return ExitCode.internal;
  const targets = channelsFor(profiles, opts.channel);
  if (!targets) {
    const usable = Object.values(profiles.channels)
      .filter((p) => p.renditions.length > 0)
      .map((p) => p.channel);
    io.stderr.write(
      `Lỗi: kênh "${opts.channel}" không có bản ảnh nào; chọn một trong: ${usable.join(', ')}, hoặc all. [MEDIA_CHANNEL_UNKNOWN]\n`,
    );
    return ExitCode.usage;
  }
  let focal: FocalPoint | undefined;
  if (opts.focal !== undefined) {
    focal = parseFocal(opts.focal);
    if (!focal) {
      io.stderr.write(
        `Lỗi: --focal "${opts.focal}" không hợp lệ: cần dạng x,y với x, y từ 0 đến 1 (ví dụ 0.5,0.3). [FOCAL_POINT_INVALID]\n`,
      );
      return ExitCode.usage;
    }
  }
  return guarded(io, async () => {
    await assertReadable(file);
    const images = new ImageProcessor({ maxInputPixels: profiles.maxInputPixels });
    const media = await new MediaProber(images, new AudioProbe()).probe(file, { verify: false, expect: ['image'], name: basename(file) });
    const rendered = await new RenditionService(images).renderChannels(file, targets, { focal, format: media.format, bytes: media.bytes });
    const outDir = resolve(opts.out);
    await mkdir(outDir, { recursive: true });
    const stem = basename(file, extname(file)) || 'media';
    const lines: MediaRenditionLine[] = [];
    for (const r of rendered) {
      const path = join(outDir, `${stem}.${r.channel}.${r.spec.name}.${EXT[r.image.format]}`);
      await writeFile(path, r.image.data);
      lines.push({
        channel: r.channel,
        rendition: r.spec.name,
        path,
        format: r.image.format,
        width: r.image.width,
        height: r.image.height,
        bytes: r.image.bytes,
        ...(r.image.dpi !== null ? { dpi: r.image.dpi } : {}),
      });
    }
    if (opts.json) io.stdout.write(`${JSON.stringify({ renditions: lines })}\n`);
    else {
      if (lines.length === 0) io.stdout.write('Kênh này không cần bản ảnh nào.\n');
      for (const l of lines)
        io.stdout.write(
          `${l.channel}/${l.rendition}: ${l.width}×${l.height} ${l.format.toUpperCase()}, ${formatBytes(l.bytes)}${l.dpi ? `, ${l.dpi} dpi` : ''} → ${l.path}\n`,
        );
    }
    return ExitCode.ok;
  });
}

function proberFor(profiles: MediaProfiles): MediaProber {
  return new MediaProber(new ImageProcessor({ maxInputPixels: profiles.maxInputPixels }), new AudioProbe());
}

function loadProfilesOr(io: CliIo): MediaProfiles | null {
  try {
    return ChannelCatalogue.load().mediaProfiles;
  } catch (error) {
    report(io, error);
    return null;
  }
}

function channelsFor(profiles: MediaProfiles, channel: string): ChannelMediaProfile[] | null {
  if (channel === 'all') return Object.values(profiles.channels).filter((p) => p.renditions.length > 0);
  if (!profiles.channels[channel]) return null;
  return [mediaProfileOf(profiles, channel)];
}

function parseFocal(raw: string): FocalPoint | undefined {
  const m = /^\s*(\d*\.?\d+)\s*,\s*(\d*\.?\d+)\s*$/.exec(raw);
  if (!m) return undefined;
  const x = Number(m[1]);
  const y = Number(m[2]);
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 ? { x, y } : undefined;
}

/** The probe contract: only these fields, in this order. */
export function probeLine(m: MediaProbeResult): {
  kind: string;
  format: string;
  width?: number;
  height?: number;
  durationSec?: number;
  bytes: number;
} {
  return {
    kind: m.kind,
    format: m.format,
    ...(m.width !== undefined ? { width: m.width } : {}),
    ...(m.height !== undefined ? { height: m.height } : {}),
    ...(m.durationSec !== undefined ? { durationSec: m.durationSec } : {}),
    bytes: m.bytes,
  };
}

function describeMedia(m: MediaProbeResult): string {
  const parts = [`${KIND_NAME[m.kind]} ${m.format.toUpperCase()}`];
  if (m.width !== undefined && m.height !== undefined) parts.push(`${m.width}×${m.height}`);
  if (m.durationSec !== undefined) parts.push(formatDuration(m.durationSec));
  if (m.bitrate !== undefined) parts.push(`${Math.round(m.bitrate / 1000)} kbit/s`);
  parts.push(formatBytes(m.bytes));
  return parts.join(', ');
}

async function assertReadable(file: string): Promise<void> {
  let s;
  try {
    s = await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DomainError('FILE_UNREADABLE', code === 'ENOENT' ? `Không tìm thấy tệp "${file}".` : `Không đọc được tệp "${file}".`, {
      file,
    });
  }
  if (s.isDirectory()) throw new DomainError('FILE_UNREADABLE', `"${file}" là một thư mục, không phải tệp.`, { file });
}

async function guarded(io: CliIo, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    return report(io, error);
  }
}

function report(io: CliIo, error: unknown): number {
  if (isDomainError(error)) {
    io.stderr.write(`Lỗi: ${error.message} [${error.code}]\n`);
    const problems = error.evidence.problems;
    if (Array.isArray(problems) && problems.length > 1) for (const p of problems as { code: string }[]) io.stderr.write(`  - ${p.code}\n`);
    return error.code.startsWith('CONFIG_') ? ExitCode.internal : ExitCode.badInput;
  }
  io.stderr.write(`Lỗi nội bộ khi xử lý tệp: ${error instanceof Error ? error.message : String(error)} [INTERNAL]\n`);
  return ExitCode.internal;
}
