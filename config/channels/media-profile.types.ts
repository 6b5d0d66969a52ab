/**
 * What each channel accepts: image renditions (pixel sizes, or print sizes in cm at a dpi
 * range), text lengths, audio and video formats and durations, upload sizes. It is data
 * (config/channels/media-profiles.json, validated by config/channels/media-profiles.loader.ts);
 * the domain receives it parsed and resolved (every rendition with its formats and byte limit).
 */

export const MEDIA_KINDS = ['image', 'audio', 'video', 'pdf'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** Formats a rendition may be encoded in (sharp's names). */
export const RENDITION_FORMATS = ['jpeg', 'png', 'webp'] as const;
export type RenditionFormat = (typeof RENDITION_FORMATS)[number];

/** cover: fill the frame, cropping around the focal point; contain: fit inside, letterboxed with the background colour. */
export type RenditionFit = 'cover' | 'contain';

interface RenditionBase {
  /** Stable name within the channel, e.g. `cover`, `landscape`, `poster-50x75`. */
  name: string;
  /** How a person calls it, in Vietnamese ("ảnh ngang", "áp phích"): the name is never shown. */
  label: string;
  fit: RenditionFit;
  /** Letterbox colour for `contain`, '#rrggbb'. */
  background: string;
  /** Allowed encodings, in order of preference. */
  formats: RenditionFormat[];
  maxBytes: number;
}

/** A screen rendition in pixels; without a height, the width is met and the height follows the picture. */
export interface PixelRendition extends RenditionBase {
  kind: 'pixel';
  width: number;
  height: number | null;
}

/** A print rendition: its pixel size is cm / 2.54 × dpi, with the dpi chosen in [dpiMin, dpiMax]. */
export interface PrintRendition extends RenditionBase {
  kind: 'print';
  widthCm: number;
  heightCm: number;
  dpiMin: number;
  dpiMax: number;
  /** The dpi rendered when the picture allows it (never more than it holds). */
  targetDpi: number;
}

export type RenditionSpec = PixelRendition | PrintRendition;

export interface DurationRange {
  minSec: number;
  maxSec: number;
}

export interface TimedMediaRules {
  /** Container/codec formats as detected from the bytes: 'mp3', 'wav', 'mp4'… */
  formats: string[];
  maxBytes: number;
  /** Default range; a slot's own durationMin/durationMax (minutes) takes precedence. */
  duration: DurationRange | null;
}

export interface TextLimits {
  titleMax?: number;
  descriptionMax?: number;
  authorMax?: number;
  bodyMax?: number;
}

export interface ChannelMediaProfile {
  channel: string;
  /** How a person calls the channel, in Vietnamese. */
  label: string;
  /** Kinds of attachment the channel can carry. */
  accepts: MediaKind[];
  /** At least one attachment of one of these kinds is needed (empty: none needed). */
  requires: MediaKind[];
  /** Largest upload per kind for this channel. */
  maxUploadBytes: Record<MediaKind, number>;
  /** Image renditions; empty when the channel publishes no pictures. */
  renditions: RenditionSpec[];
  /** Source picture formats the renderer reads (as detected from the bytes: 'jpeg', 'png'…). */
  sourceImageFormats: string[];
  text: TextLimits;
  audio: TimedMediaRules | null;
  video: TimedMediaRules | null;
}

export interface MediaProfiles {
  version: number;
  /** Pictures with more pixels than this are refused before decoding (decompression bombs). */
  maxInputPixels: number;
  /** Source image formats the renderer reads. */
  sourceImageFormats: string[];
  /** Largest upload per kind when no channel says less. */
  maxUploadBytes: Record<MediaKind, number>;
  channels: Record<string, ChannelMediaProfile>;
}

/** Facts about one attachment, measured from its bytes. */
export interface MediaFacts {
  kind: MediaKind;
  format: string;
  bytes: number;
  width?: number;
  height?: number;
  durationSec?: number;
}

/** A normalised focal point: x, y in 0..1 from the top-left corner. */
export interface FocalPoint {
  x: number;
  y: number;
}
