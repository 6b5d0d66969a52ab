/**
 * The one wrapper around sharp: read a picture's header, verify it decodes, and render a
 * channel's rendition (upright, metadata stripped, cropped around the focal point or
 * letterboxed, resized, encoded in an allowed format and compressed step by step until it
 * is under the byte limit). Pictures with more pixels than the limit are refused from the
 * header, before any decoding (decompression bombs); sharp's own pixel limit is a second
 * guard. Tests and callers swap this class, not sharp.
 */
import sharp, { type Metadata, type OutputInfo, type Sharp } from 'sharp';
import { DomainError } from '../../domain/errors/domain-error.js';
import { formatBytes } from '../../domain/media/media-format.js';
import type { FocalPoint, RenditionFormat, RenditionSpec } from '../../../config/channels/media-profile.types.js';
import { CENTRE, planRendition, type FeasiblePlan } from '../../domain/media/rendition-geometry.js';

export type ImageInput = Buffer | string;

export interface ImageHeader {
  /** sharp's name: 'jpeg', 'png', 'webp', 'gif', 'tiff', 'heif'… */
  format: string;
  /** Upright size (EXIF orientation applied). */
  width: number;
  height: number;
  /** Stored size, before orientation. */
  storedWidth: number;
  storedHeight: number;
  orientation: number;
  hasAlpha: boolean;
}

export interface RenderedImage {
  data: Buffer;
  format: RenditionFormat;
  width: number;
  height: number;
  bytes: number;
  /** For print renditions, the dpi rendered. */
  dpi: number | null;
  /** Encoder quality used (JPEG/WebP), or PNG palette colours; null for lossless PNG. */
  quality: number | null;
}

export interface ImageProcessorOptions {
  /** Refuse pictures with more pixels than this (e.g. 100 MP). */
  maxInputPixels: number;
}

export interface RenderOptions {
  focal?: FocalPoint;
  /** A header already read for this input (saves one read when rendering many renditions). */
  header?: ImageHeader;
}

const JPEG_QUALITIES = [86, 80, 74, 68, 60, 52, 44, 36, 28];
const WEBP_QUALITIES = [84, 78, 70, 62, 54, 46, 38, 30];
const PNG_STEPS: (number | null)[] = [null, 256, 128, 64, 32];
const PNG_PALETTE_REACH = 4;
/** Each further print attempt renders at this share of the previous dpi, down to dpiMin. */
const DPI_STEP = 0.85;

export class ImageProcessor {
  constructor(private readonly options: ImageProcessorOptions) {}

  get maxInputPixels(): number {
    return this.options.maxInputPixels;
  }
  /** A rendered image scaled down to `maxWidth` for a preview (proportions and format kept); as it is when no wider. */
  async downscale(image: RenderedImage, maxWidth?: number): Promise<RenderedImage> {
    if (maxWidth === undefined || image.width <= maxWidth) return image;
    const { data, info } = await sharp(image.data)
      .resize({ width: maxWidth })
      .toFormat(image.format, image.quality !== null && image.format !== 'png' ? { quality: image.quality } : {})
      .toBuffer({ resolveWithObject: true });
    return { ...image, data, width: info.width, height: info.height, bytes: info.size, dpi: null };
  }

  private open(input: ImageInput): Sharp {
    return sharp(input, { limitInputPixels: this.options.maxInputPixels, failOn: 'warning', sequentialRead: true });
  }

  /** Reads the header only (no pixel is decoded) and refuses pictures over the pixel limit. */
  async header(input: ImageInput): Promise<ImageHeader> {
    let meta: Metadata;
    try {
      meta = await sharp(input, { limitInputPixels: false, failOn: 'none' }).metadata();
    } catch (error) {
      throw this.corrupt(error);
    }
    if (!meta.width || !meta.height)
      throw new DomainError('IMAGE_CORRUPT', 'Không đọc được kích thước ảnh: tệp ảnh bị hỏng.', { format: meta.format });
    const pixels = meta.width * meta.height;
    if (pixels > this.options.maxInputPixels) throw this.tooManyPixels(meta.width, meta.height);
    const upright = meta.autoOrient ?? { width: meta.width, height: meta.height };
    return {
      format: meta.format ?? 'unknown',
      width: upright.width,
      height: upright.height,
      storedWidth: meta.width,
      storedHeight: meta.height,
      orientation: meta.orientation ?? 1,
      hasAlpha: meta.hasAlpha ?? false,
    };
  }

  /** The header, then a full decode (to a small thumbnail): a truncated or garbled picture is refused. */
  async verify(input: ImageInput): Promise<ImageHeader> {
    const header = await this.header(input);
    try {
      await this.open(input).resize(64, 64, { fit: 'inside' }).raw().toBuffer();
    } catch (error) {
      throw this.corrupt(error);
    }
    return header;
  }

  /** Renders one rendition; refuses when the picture is too small or cannot be brought under the byte limit. */
  async render(input: ImageInput, spec: RenditionSpec, opts: RenderOptions = {}): Promise<RenderedImage> {
    const focal = opts.focal ?? CENTRE;
    if (!(focal.x >= 0 && focal.x <= 1 && focal.y >= 0 && focal.y <= 1))
      throw new DomainError('FOCAL_POINT_INVALID', `Điểm nhấn (${focal.x}; ${focal.y}) không hợp lệ: x, y phải từ 0 đến 1.`, { focal });
    const header = opts.header ?? (await this.header(input));
    let plan = planRendition(spec, header.width, header.height, focal);
    if (!plan.feasible) {
      throw new DomainError(
        plan.reason === 'dpi-too-low' ? 'PRINT_RESOLUTION_TOO_LOW' : 'IMAGE_TOO_SMALL',
        plan.reason === 'dpi-too-low'
          ? `Ảnh ${header.width}×${header.height} chỉ đạt ${plan.nativeDpi} dpi cho bản in ${spec.label}; cần ảnh từ ${plan.needWidth}×${plan.needHeight} điểm ảnh.`
          : `Ảnh ${header.width}×${header.height} nhỏ hơn khổ ${plan.needWidth}×${plan.needHeight} của bản ${spec.label}; ảnh không được phóng to.`,
        {
          rendition: spec.name,
          width: header.width,
          height: header.height,
          needWidth: plan.needWidth,
          needHeight: plan.needHeight,
          dpi: plan.nativeDpi,
        },
      );
    }
    let smallest = Infinity;
    for (;;) {
      const encoded = await this.encodeUnder(input, plan, spec, header.hasAlpha);
      if (encoded.image) return encoded.image;
      smallest = Math.min(smallest, encoded.smallest);
      // Print: fewer dots per inch is the next step, down to the profile's minimum.
      if (spec.kind !== 'print' || plan.dpi === null || plan.dpi <= spec.dpiMin) break;
      const next = Math.max(spec.dpiMin, Math.floor(plan.dpi * DPI_STEP));
      const lowered = planRendition(spec, header.width, header.height, focal, next);
      if (!lowered.feasible) break;
      plan = lowered;
    }
    throw new DomainError(
      'RENDITION_OVER_BYTE_LIMIT',
      `Không nén được bản ${spec.label} xuống dưới ${formatBytes(spec.maxBytes)}: nhỏ nhất đạt ${formatBytes(smallest)} ở các định dạng ${spec.formats.map((f) => f.toUpperCase()).join(', ')}.`,
      { rendition: spec.name, maxBytes: spec.maxBytes, smallestBytes: smallest },
    );
  }

  /** Resizes once to raw pixels, then tries each allowed format at falling quality until one fits. */
  private async encodeUnder(
    input: ImageInput,
    plan: FeasiblePlan,
    spec: RenditionSpec,
    hasAlpha: boolean,
  ): Promise<{ image: RenderedImage | null; smallest: number }> {
    let pipeline = this.open(input).autoOrient();
    if (spec.fit === 'contain') {
      pipeline = pipeline.resize(plan.width, plan.height, { fit: 'contain', background: spec.background, kernel: 'lanczos3' });
    } else {
      pipeline = pipeline.resize(plan.resize.width, plan.resize.height, { fit: 'fill', kernel: 'lanczos3' });
    }
    let raw: { data: Buffer; info: OutputInfo };
    try {
      raw = await pipeline.toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
      // Cropping the resized pixels in a second step keeps sharp's shrink-on-load (an extract in the first pipeline loses it: ~3× slower).
      if (plan.crop) {
        const { width: w, height: h, channels: c } = raw.info;
        raw = await sharp(raw.data, { raw: { width: w, height: h, channels: c } })
          .extract(plan.crop)
          .raw()
          .toBuffer({ resolveWithObject: true });
      }
    } catch (error) {
      throw this.corrupt(error);
    }
    const { width, height, channels } = raw.info;
    const rawInput = () => sharp(raw.data, { raw: { width, height, channels: channels as 1 | 2 | 3 | 4 } });
    const order =
      hasAlpha && spec.formats.includes('png') ? (['png', ...spec.formats.filter((f) => f !== 'png')] as RenditionFormat[]) : spec.formats;
    let smallest = Infinity;
    for (const format of order) {
      for (const step of steps(format)) {
        let s = rawInput();
        if (format === 'jpeg')
          s = s.flatten({ background: spec.background }).jpeg({ quality: step!, chromaSubsampling: '4:2:0', progressive: true });
        else if (format === 'webp') s = s.webp({ quality: step!, effort: 4 });
        else s = step === null ? s.png({ compressionLevel: 7 }) : s.png({ compressionLevel: 9, palette: true, colours: step, effort: 3 });
        const data = await s.toBuffer();
        smallest = Math.min(smallest, data.length);
        if (data.length <= spec.maxBytes) {
          return { image: { data, format, width, height, bytes: data.length, dpi: plan.dpi, quality: step }, smallest };
        }
        // A palette saves a few times at most over lossless PNG: far over the limit, stop trying.
        if (format === 'png' && step === null && data.length > PNG_PALETTE_REACH * spec.maxBytes) break;
      }
    }
    return { image: null, smallest };
  }

  private tooManyPixels(width: number, height: number): DomainError {
    const mp = (width * height) / 1e6;
    return new DomainError(
      'IMAGE_TOO_MANY_PIXELS',
      `Ảnh ${width}×${height} (${Math.round(mp)} megapixel) vượt giới hạn ${Math.round(this.options.maxInputPixels / 1e6)} megapixel; tệp bị từ chối trước khi giải nén (có thể là "bom giải nén").`,
      { width, height, pixels: width * height, maxPixels: this.options.maxInputPixels },
    );
  }

  private corrupt(error: unknown): DomainError {
    if (error instanceof DomainError) return error;
    const cause = error instanceof Error ? error.message : String(error);
    if (/pixel limit/i.test(cause))
      return new DomainError(
        'IMAGE_TOO_MANY_PIXELS',
        `Ảnh vượt giới hạn ${Math.round(this.options.maxInputPixels / 1e6)} megapixel; tệp bị từ chối.`,
        { cause, maxPixels: this.options.maxInputPixels },
      );
    return new DomainError('IMAGE_CORRUPT', 'Tệp ảnh bị hỏng hoặc không đầy đủ, không giải mã được.', { cause });
  }
}

function steps(format: RenditionFormat): (number | null)[] {
  return format === 'jpeg' ? JPEG_QUALITIES : format === 'webp' ? WEBP_QUALITIES : PNG_STEPS;
}
