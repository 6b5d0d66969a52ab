/**
 * What a file really is, from its bytes (file-type), never from its name: kind, format,
 * size in pixels (header only, with the pixel guard), duration. A name whose extension
 * promises another kind ("anh.jpg" holding a PDF) is reported by `extensionMismatch`.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type';
import { DomainError } from '../../domain/errors/domain-error.js';
import type { MediaFacts, MediaKind } from '../../../config/channels/media-profile.types.js';
import { AudioProbe } from './audio-probe.js';
import { ImageProcessor, type ImageInput } from './image-processor.js';

export interface MediaProbeResult extends MediaFacts {
  /** Media type as detected from the bytes. */
  mime: string;
  /** Extension to store the file under. */
  ext: string;
  /** Audio/video bitrate in bits per second. */
  bitrate?: number;
}

export interface ProbeOptions {
  /** Decode pictures fully, so that a truncated or garbled one is refused (default true). */
  verify?: boolean;
  /** Only these kinds are wanted; another is refused (MEDIA_NOT_IMAGE when only pictures are). */
  expect?: MediaKind[];
  /** The file's name, for messages. */
  name?: string;
}

/** Detected extension → kind and format name (as the profiles spell them). */
const DETECTED: Record<string, { kind: MediaKind; format: string }> = {
  jpg: { kind: 'image', format: 'jpeg' },
  png: { kind: 'image', format: 'png' },
  webp: { kind: 'image', format: 'webp' },
  gif: { kind: 'image', format: 'gif' },
  tif: { kind: 'image', format: 'tiff' },
  avif: { kind: 'image', format: 'avif' },
  heic: { kind: 'image', format: 'heic' },
  bmp: { kind: 'image', format: 'bmp' },
  mp3: { kind: 'audio', format: 'mp3' },
  wav: { kind: 'audio', format: 'wav' },
  m4a: { kind: 'audio', format: 'm4a' },
  aac: { kind: 'audio', format: 'aac' },
  flac: { kind: 'audio', format: 'flac' },
  ogg: { kind: 'audio', format: 'ogg' },
  oga: { kind: 'audio', format: 'ogg' },
  opus: { kind: 'audio', format: 'opus' },
  mp4: { kind: 'video', format: 'mp4' },
  mov: { kind: 'video', format: 'mov' },
  webm: { kind: 'video', format: 'webm' },
  mkv: { kind: 'video', format: 'mkv' },
  avi: { kind: 'video', format: 'avi' },
  '3gp': { kind: 'video', format: '3gp' },
  pdf: { kind: 'pdf', format: 'pdf' },
};

/** What a name's extension promises. */
const CLAIMED: Record<string, MediaKind> = {
  jpg: 'image',
  jpeg: 'image',
  jpe: 'image',
  png: 'image',
  webp: 'image',
  gif: 'image',
  tif: 'image',
  tiff: 'image',
  avif: 'image',
  heic: 'image',
  heif: 'image',
  bmp: 'image',
  mp3: 'audio',
  wav: 'audio',
  m4a: 'audio',
  aac: 'audio',
  flac: 'audio',
  ogg: 'audio',
  oga: 'audio',
  opus: 'audio',
  wma: 'audio',
  mp4: 'video',
  m4v: 'video',
  mov: 'video',
  webm: 'video',
  mkv: 'video',
  avi: 'video',
  '3gp': 'video',
  wmv: 'video',
  pdf: 'pdf',
};

/** Extensions of files that are never media: such a name on a picture or a sound is refused (a PNG named .docx). */
const OTHER_CLAIMS: Record<string, string> = Object.fromEntries([
  ...['doc', 'docx', 'odt', 'rtf', 'txt'].map((e) => [e, 'văn bản']),
  ...['xls', 'xlsx', 'ods', 'csv'].map((e) => [e, 'bảng tính']),
  ...['ppt', 'pptx', 'odp'].map((e) => [e, 'trình chiếu']),
  ...['zip', 'rar', '7z', 'gz', 'tar'].map((e) => [e, 'tệp nén']),
  ...['exe', 'msi', 'bat', 'cmd', 'js', 'html', 'htm', 'svg'].map((e) => [e, 'chương trình hoặc trang web']),
]);

export const KIND_NAME: Record<MediaKind, string> = { image: 'ảnh', audio: 'âm thanh', video: 'video', pdf: 'PDF' };

function describe(r: { kind: MediaKind; format: string }): string {
  return r.kind === 'pdf' ? 'PDF' : `${KIND_NAME[r.kind]} ${r.format.toUpperCase()}`;
}

export class MediaProber {
  constructor(
    private readonly images: ImageProcessor,
    private readonly audio: AudioProbe,
  ) {}

  async probe(input: ImageInput, opts: ProbeOptions = {}): Promise<MediaProbeResult> {
    const label = opts.name ? `Tệp "${opts.name}"` : 'Tệp';
    let detected;
    let bytes: number;
    try {
      detected = typeof input === 'string' ? await fileTypeFromFile(input) : await fileTypeFromBuffer(input);
      bytes = typeof input === 'string' ? (await stat(input)).size : input.length;
    } catch (error) {
      throw new DomainError('MEDIA_UNREADABLE', `${label} không đọc được.`, {
        cause: error instanceof Error ? error.message : String(error),
      });
    }
    const known = detected ? DETECTED[detected.ext] : undefined;
    if (!detected || !known) {
      throw new DomainError(
        'MEDIA_TYPE_UNSUPPORTED',
        detected
          ? `${label} có nội dung ${detected.mime}, không phải ảnh, âm thanh, video hay PDF.`
          : `${label} không nhận dạng được từ nội dung: không phải ảnh, âm thanh, video hay PDF.`,
        { mime: detected?.mime ?? null, name: opts.name ?? null },
      );
    }
    if (opts.expect && !opts.expect.includes(known.kind)) {
      const onlyImages = opts.expect.length === 1 && opts.expect[0] === 'image';
      throw new DomainError(
        onlyImages ? 'MEDIA_NOT_IMAGE' : 'MEDIA_KIND_UNEXPECTED',
        `${label} không phải ${opts.expect.map((k) => KIND_NAME[k]).join(' hay ')}: nội dung thực là ${describe(known)}.`,
        { kind: known.kind, format: known.format, expected: opts.expect.join(', '), name: opts.name ?? null },
      );
    }
    const result: MediaProbeResult = { kind: known.kind, format: known.format, mime: detected.mime, ext: detected.ext, bytes };
    if (known.kind === 'image') {
      const header = opts.verify === false ? await this.images.header(input) : await this.images.verify(input);
      result.width = header.width;
      result.height = header.height;
    } else if (known.kind === 'audio' || known.kind === 'video') {
      const facts = await this.audio.probe(input, detected.mime);
      if (facts.durationSec !== null) result.durationSec = Math.round(facts.durationSec * 1000) / 1000;
      if (facts.bitrate !== null) result.bitrate = facts.bitrate;
    }
    return result;
  }
}

/**
 * A refusal when a name's extension promises another kind than the bytes hold ("anh.jpg"
 * that is a PDF); null when they agree or the extension says nothing.
 */
export function extensionMismatch(name: string, probed: { kind: MediaKind; format: string }): DomainError | null {
  const ext = extname(name).slice(1).toLowerCase();
  const other = OTHER_CLAIMS[ext];
  if (other) {
    return new DomainError(
      'MEDIA_EXTENSION_MISMATCH',
      `Tệp "${name}" mang đuôi .${ext} (${other}) nhưng nội dung thực là ${describe(probed)}; tệp không được nhận.`,
      {
        name,
        extension: ext,
        claimed: other,
        kind: probed.kind,
        format: probed.format,
      },
    );
  }
  const claimed = CLAIMED[ext];
  if (!claimed || claimed === probed.kind) return null;
  return new DomainError(
    claimed === 'image' ? 'MEDIA_NOT_IMAGE' : 'MEDIA_EXTENSION_MISMATCH',
    `Tệp "${name}" mang đuôi .${ext} (${KIND_NAME[claimed]}) nhưng nội dung thực là ${describe(probed)}; tệp không được nhận.`,
    { name, extension: ext, claimed, kind: probed.kind, format: probed.format },
  );
}
