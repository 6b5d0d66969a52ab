/**
 * Checks an item, an attachment or a rendition against a channel's media profile and lists
 * every problem, each with a stable code and a Vietnamese message that carries the numbers
 * ("Chương trình dài 20 phút 3 giây, ô lịch yêu cầu 10–15 phút."). Pure: it works on facts
 * measured elsewhere (format, size, bytes, duration), never on files.
 */
import type { ErrorCode } from '../errors/domain-error.js';
import { formatBytes, formatCm, formatDecimal, formatDuration, formatDurationRange } from './media-format.js';
import type {
  ChannelMediaProfile,
  DurationRange,
  FocalPoint,
  MediaFacts,
  MediaKind,
  RenditionSpec,
  TextLimits,
  TimedMediaRules,
} from '../../../config/channels/media-profile.types.js';
import { CM_PER_INCH, planRendition } from './rendition-geometry.js';

export interface MediaProblem {
  /** Stable English code, e.g. AUDIO_TOO_LONG. */
  code: ErrorCode;
  /** For people, in Vietnamese, with the numbers. */
  message: string;
  channel: string;
  /** Index of the attachment in the item, when the problem is about one. */
  attachment?: number;
  rendition?: string;
  field?: keyof ItemText;
  evidence: Record<string, unknown>;
}

export interface ItemText {
  title?: string | null;
  description?: string | null;
  author?: string | null;
  body?: string | null;
}

export interface ItemFacts extends ItemText {
  attachments: MediaFacts[];
}

/** A slot's duration, in minutes, as the calendar holds it. */
export interface SlotDuration {
  durationMin?: number | null;
  durationMax?: number | null;
}

export interface CheckOptions {
  /** The slot the item fills: its duration range replaces the profile's default. */
  slot?: SlotDuration | null;
  /** Focal point of pictures (does not change feasibility, kept for symmetry with rendering). */
  focal?: FocalPoint;
}

const KIND_LABEL: Record<MediaKind, string> = { image: 'hình ảnh', audio: 'âm thanh', video: 'video', pdf: 'PDF' };

/** Characters as a person counts them: code points after NFC (a decomposed "ế" is one). */
export function textLength(text: string): number {
  return [...text.normalize('NFC')].length;
}

const TEXT_FIELDS: { field: keyof ItemText; limit: keyof TextLimits; code: ErrorCode; label: string }[] = [
  { field: 'title', limit: 'titleMax', code: 'TITLE_TOO_LONG', label: 'Tiêu đề' },
  { field: 'description', limit: 'descriptionMax', code: 'DESCRIPTION_TOO_LONG', label: 'Mô tả' },
  { field: 'author', limit: 'authorMax', code: 'AUTHOR_TOO_LONG', label: 'Tên tác giả' },
  { field: 'body', limit: 'bodyMax', code: 'BODY_TOO_LONG', label: 'Nội dung' },
];

export function checkText(profile: ChannelMediaProfile, text: ItemText): MediaProblem[] {
  const problems: MediaProblem[] = [];
  for (const f of TEXT_FIELDS) {
    const max = profile.text[f.limit];
    const value = text[f.field];
    if (max === undefined || value === undefined || value === null) continue;
    const length = textLength(value);
    if (length > max) {
      problems.push({
        code: f.code,
        message: `${f.label} dài ${length} ký tự, ${profile.label} cho phép tối đa ${max} ký tự.`,
        channel: profile.channel,
        field: f.field,
        evidence: { length, max },
      });
    }
  }
  return problems;
}

/**
 * The duration an audio or video must have: the slot's minutes when it gives them, else
 * the profile's default; null when nothing is required.
 */
export function durationRangeFor(
  rules: TimedMediaRules | null,
  slot?: SlotDuration | null,
): { range: DurationRange; fromSlot: boolean } | null {
  const min = slot?.durationMin ?? null;
  const max = slot?.durationMax ?? null;
  if (min !== null || max !== null) {
    const lo = (min ?? 0) * 60;
    const hi = (max ?? min ?? 0) * 60;
    return { range: { minSec: Math.min(lo, hi), maxSec: Math.max(lo, hi) }, fromSlot: true };
  }
  return rules?.duration ? { range: rules.duration, fromSlot: false } : null;
}

/** Problems of one attachment for one channel, including whether each image rendition can be made from it. */
export function checkAttachment(
  profile: ChannelMediaProfile,
  facts: MediaFacts,
  options: CheckOptions = {},
  index?: number,
): MediaProblem[] {
  const problems: MediaProblem[] = [];
  const push = (code: ErrorCode, message: string, evidence: Record<string, unknown>, rendition?: string) =>
    problems.push({
      code,
      message,
      channel: profile.channel,
      ...(index !== undefined ? { attachment: index } : {}),
      ...(rendition ? { rendition } : {}),
      evidence,
    });

  if (!profile.accepts.includes(facts.kind)) {
    push(
      'MEDIA_KIND_NOT_ACCEPTED',
      `${profile.label} không nhận tệp ${KIND_LABEL[facts.kind]}; kênh này nhận: ${profile.accepts.map((k) => KIND_LABEL[k]).join(', ') || '(không nhận tệp)'}.`,
      {
        kind: facts.kind,
        accepts: profile.accepts,
      },
    );
    return problems;
  }
  const uploadMax = profile.maxUploadBytes[facts.kind];
  if (facts.bytes > uploadMax) {
    push(
      'MEDIA_TOO_LARGE',
      `Tệp ${KIND_LABEL[facts.kind]} nặng ${formatBytes(facts.bytes)}, ${profile.label} nhận tối đa ${formatBytes(uploadMax)}.`,
      {
        bytes: facts.bytes,
        max: uploadMax,
      },
    );
  }
  switch (facts.kind) {
    case 'image':
      checkImage(profile, facts, options, push);
      break;
    case 'audio':
      checkTimed(profile, profile.audio, facts, options, 'AUDIO', 'Chương trình', push);
      break;
    case 'video':
      checkTimed(profile, profile.video, facts, options, 'VIDEO', 'Video', push);
      break;
    case 'pdf':
      break;
  }
  return problems;
}

type Push = (code: ErrorCode, message: string, evidence: Record<string, unknown>, rendition?: string) => void;

function checkImage(profile: ChannelMediaProfile, facts: MediaFacts, options: CheckOptions, push: Push): void {
  if (!profile.sourceImageFormats.includes(facts.format)) {
    push(
      'IMAGE_FORMAT_UNSUPPORTED',
      `Ảnh định dạng ${facts.format.toUpperCase()} không dùng được; cần một trong: ${profile.sourceImageFormats.map((f) => f.toUpperCase()).join(', ')}.`,
      {
        format: facts.format,
        allowed: profile.sourceImageFormats,
      },
    );
    return;
  }
  if (!facts.width || !facts.height) {
    push('IMAGE_SIZE_UNKNOWN', 'Không đọc được kích thước ảnh.', {});
    return;
  }
  for (const spec of profile.renditions) {
    const plan = planRendition(spec, facts.width, facts.height, options.focal);
    if (plan.feasible) continue;
    const size = `${facts.width}×${facts.height}`;
    if (plan.reason === 'dpi-too-low' && spec.kind === 'print') {
      push(
        'PRINT_RESOLUTION_TOO_LOW',
        `Ảnh ${size} chỉ đạt ${plan.nativeDpi} dpi ở khổ in ${formatCm(spec.widthCm)}×${formatCm(spec.heightCm)} cm (${spec.label}) của ${profile.label}; cần tối thiểu ${spec.dpiMin} dpi, tức ảnh từ ${plan.needWidth}×${plan.needHeight} điểm ảnh.`,
        {
          width: facts.width,
          height: facts.height,
          dpi: plan.nativeDpi,
          dpiMin: spec.dpiMin,
          needWidth: plan.needWidth,
          needHeight: plan.needHeight,
        },
        spec.name,
      );
    } else {
      const target =
        spec.kind === 'pixel'
          ? spec.height === null
            ? `rộng ${spec.width} điểm ảnh`
            : `${spec.width}×${spec.height}`
          : `${plan.needWidth}×${plan.needHeight}`;
      push(
        'IMAGE_TOO_SMALL',
        `Ảnh ${size} nhỏ hơn khổ ${target} (${spec.label}) của ${profile.label}; ảnh không được phóng to.`,
        {
          width: facts.width,
          height: facts.height,
          needWidth: plan.needWidth,
          needHeight: plan.needHeight,
        },
        spec.name,
      );
    }
  }
}

function checkTimed(
  profile: ChannelMediaProfile,
  rules: TimedMediaRules | null,
  facts: MediaFacts,
  options: CheckOptions,
  prefix: 'AUDIO' | 'VIDEO',
  noun: string,
  push: Push,
): void {
  if (!rules) return;
  if (!rules.formats.includes(facts.format)) {
    push(
      `${prefix}_FORMAT_NOT_ALLOWED`,
      `${noun} định dạng ${facts.format.toUpperCase()}, ${profile.label} chỉ nhận ${rules.formats.map((f) => f.toUpperCase()).join(', ')}.`,
      {
        format: facts.format,
        allowed: rules.formats,
      },
    );
  }
  if (facts.bytes > rules.maxBytes && facts.bytes <= profile.maxUploadBytes[facts.kind]) {
    push('MEDIA_TOO_LARGE', `${noun} nặng ${formatBytes(facts.bytes)}, ${profile.label} nhận tối đa ${formatBytes(rules.maxBytes)}.`, {
      bytes: facts.bytes,
      max: rules.maxBytes,
    });
  }
  const wanted = durationRangeFor(rules, options.slot);
  if (!wanted) return;
  const who = wanted.fromSlot ? 'ô lịch' : profile.label;
  const range = formatDurationRange(wanted.range.minSec, wanted.range.maxSec);
  const evidence = (d?: number) => ({
    durationSec: d ?? null,
    minSec: wanted.range.minSec,
    maxSec: wanted.range.maxSec,
    fromSlot: wanted.fromSlot,
  });
  if (facts.durationSec === undefined || !Number.isFinite(facts.durationSec)) {
    push(`${prefix}_DURATION_UNKNOWN`, `Không đọc được thời lượng ${noun.toLowerCase()}; ${who} yêu cầu ${range}.`, evidence());
    return;
  }
  // A programme is measured to the second: 15 minutes and 0.4 seconds is still 15 minutes.
  const seconds = Math.round(facts.durationSec);
  if (seconds > wanted.range.maxSec) {
    push(`${prefix}_TOO_LONG`, `${noun} dài ${formatDuration(seconds)}, ${who} yêu cầu ${range}.`, evidence(facts.durationSec));
  } else if (seconds < wanted.range.minSec) {
    push(`${prefix}_TOO_SHORT`, `${noun} chỉ dài ${formatDuration(seconds)}, ${who} yêu cầu ${range}.`, evidence(facts.durationSec));
  }
}

/**
 * Every problem of an item for one channel: text lengths, each attachment the channel can
 * carry (others belong to other channels and are skipped), and media the channel needs.
 */
export function checkItem(profile: ChannelMediaProfile, item: ItemFacts, options: CheckOptions = {}): MediaProblem[] {
  const problems = checkText(profile, item);
  item.attachments.forEach((facts, i) => {
    if (profile.accepts.includes(facts.kind)) problems.push(...checkAttachment(profile, facts, options, i));
  });
  if (profile.requires.length > 0 && !item.attachments.some((a) => profile.requires.includes(a.kind))) {
    problems.push({
      code: 'MEDIA_MISSING',
      message: `${profile.label} cần ít nhất một tệp ${profile.requires.map((k) => KIND_LABEL[k]).join(' hoặc ')}.`,
      channel: profile.channel,
      evidence: { requires: profile.requires },
    });
  }
  return problems;
}

/** Facts of a rendered file, read back from its bytes. */
export interface RenditionFacts {
  format: string;
  width: number;
  height: number;
  bytes: number;
}

/**
 * Problems of a rendered file against its spec: exact pixel size (for print, the cm
 * proportions at a dpi in range), an allowed format, the byte limit.
 */
export function checkRendition(profile: ChannelMediaProfile, spec: RenditionSpec, facts: RenditionFacts): MediaProblem[] {
  const problems: MediaProblem[] = [];
  const push = (code: ErrorCode, message: string, evidence: Record<string, unknown>) =>
    problems.push({ code, message, channel: profile.channel, rendition: spec.name, evidence });
  const size = `${facts.width}×${facts.height}`;
  if (spec.kind === 'pixel') {
    if (facts.width !== spec.width || (spec.height !== null && facts.height !== spec.height)) {
      const want = spec.height === null ? `rộng ${spec.width}` : `${spec.width}×${spec.height}`;
      push('RENDITION_SIZE_MISMATCH', `Bản ${spec.label} cho ${profile.label} có khổ ${size}, cần ${want}.`, {
        width: facts.width,
        height: facts.height,
      });
    }
  } else {
    const inW = spec.widthCm / CM_PER_INCH;
    const inH = spec.heightCm / CM_PER_INCH;
    const lo = (inches: number) => Math.floor(inches * spec.dpiMin);
    const hi = (inches: number) => Math.ceil(inches * spec.dpiMax);
    const dpi = facts.width / inW;
    const proportional = Math.abs(facts.height - facts.width * (inH / inW)) <= 1.5;
    if (!proportional) {
      push(
        'RENDITION_SIZE_MISMATCH',
        `Bản in ${spec.label} có khổ ${size}, không đúng tỉ lệ ${formatCm(spec.widthCm)}×${formatCm(spec.heightCm)} cm.`,
        { width: facts.width, height: facts.height },
      );
    } else if (facts.width < lo(inW) || facts.width > hi(inW) || facts.height < lo(inH) || facts.height > hi(inH)) {
      push(
        'RENDITION_DPI_OUT_OF_RANGE',
        `Bản in ${spec.label} (${size}) đạt ${formatDecimal(dpi, 0)} dpi ở khổ ${formatCm(spec.widthCm)}×${formatCm(spec.heightCm)} cm, cần ${spec.dpiMin}–${spec.dpiMax} dpi.`,
        {
          dpi,
          dpiMin: spec.dpiMin,
          dpiMax: spec.dpiMax,
        },
      );
    }
  }
  if (!(spec.formats as string[]).includes(facts.format)) {
    push(
      'RENDITION_FORMAT_NOT_ALLOWED',
      `Bản ${spec.label} ở định dạng ${facts.format.toUpperCase()}, ${profile.label} chỉ nhận ${spec.formats.map((f) => f.toUpperCase()).join(', ')}.`,
      {
        format: facts.format,
        allowed: spec.formats,
      },
    );
  }
  if (facts.bytes > spec.maxBytes) {
    push(
      'RENDITION_TOO_HEAVY',
      `Bản ${spec.label} nặng ${formatBytes(facts.bytes)}, ${profile.label} nhận tối đa ${formatBytes(spec.maxBytes)}.`,
      { bytes: facts.bytes, max: spec.maxBytes },
    );
  }
  return problems;
}
