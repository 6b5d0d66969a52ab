/**
 * Where a rendition comes from in a picture: the output size (for print, cm / 2.54 × dpi),
 * the resize, and the crop around the focal point. Pure arithmetic shared by the profile
 * check (can this picture give that rendition?) and the image processor (make it). A
 * picture is never enlarged: a rendition that would need it is not feasible.
 */
import type { FocalPoint, RenditionSpec } from '../../../config/channels/media-profile.types.js';

export const CM_PER_INCH = 2.54;
/** Rounding slack when deciding whether a picture would be enlarged. */
const SCALE_TOLERANCE = 1.005;
/** A print size at a dpi the picture holds can still round up by half a pixel on each side. */
const PRINT_ROUNDING_TOLERANCE = 1.02;

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface FeasiblePlan {
  feasible: true;
  /** The rendition's size in pixels. */
  width: number;
  height: number;
  /** For print renditions, the dpi rendered. */
  dpi: number | null;
  /** cover: resize the whole picture to this size, then extract `crop`. contain: resize inside width×height and letterbox. */
  resize: { width: number; height: number };
  crop: Box | null;
  letterbox: boolean;
}

export interface InfeasiblePlan {
  feasible: false;
  reason: 'too-small' | 'dpi-too-low';
  /** The smallest picture (width × height) that would do. */
  needWidth: number;
  needHeight: number;
  /** For print: the best dpi this picture reaches at the print size. */
  nativeDpi: number | null;
}

export type RenditionPlan = FeasiblePlan | InfeasiblePlan;

export const CENTRE: FocalPoint = { x: 0.5, y: 0.5 };

/** Pixel size of a print dimension at a dpi. */
export function cmToPixels(cm: number, dpi: number): number {
  return Math.round((cm / CM_PER_INCH) * dpi);
}

/** The dpi a pixel count gives over a printed length. */
export function pixelsToDpi(pixels: number, cm: number): number {
  return pixels / (cm / CM_PER_INCH);
}

/**
 * Plans a rendition of a `width × height` picture (already oriented upright). For print,
 * `dpi` forces a dpi (the processor lowers it step by step to meet a byte limit).
 */
export function planRendition(spec: RenditionSpec, width: number, height: number, focal: FocalPoint = CENTRE, dpi?: number): RenditionPlan {
  if (spec.kind === 'print') {
    const inW = spec.widthCm / CM_PER_INCH;
    const inH = spec.heightCm / CM_PER_INCH;
    const nativeDpi = spec.fit === 'cover' ? Math.min(width / inW, height / inH) : Math.max(width / inW, height / inH);
    const chosen = Math.min(dpi ?? spec.targetDpi, spec.dpiMax, Math.floor(nativeDpi + 1e-9));
    if (chosen < spec.dpiMin) {
      return {
        feasible: false,
        reason: 'dpi-too-low',
        needWidth: Math.ceil(inW * spec.dpiMin),
        needHeight: Math.ceil(inH * spec.dpiMin),
        nativeDpi: Math.floor(nativeDpi),
      };
    }
    // The dpi is already what the picture holds; only the rounding to whole pixels remains.
    const plan = pixelPlan(
      spec.fit,
      cmToPixels(spec.widthCm, chosen),
      cmToPixels(spec.heightCm, chosen),
      width,
      height,
      focal,
      PRINT_ROUNDING_TOLERANCE,
    );
    return plan.feasible ? { ...plan, dpi: chosen } : plan;
  }
  if (spec.height === null) {
    const scale = spec.width / width;
    if (scale > SCALE_TOLERANCE)
      return { feasible: false, reason: 'too-small', needWidth: spec.width, needHeight: Math.ceil(height * scale), nativeDpi: null };
    const h = Math.max(1, Math.round(height * scale));
    return {
      feasible: true,
      width: spec.width,
      height: h,
      dpi: null,
      resize: { width: spec.width, height: h },
      crop: null,
      letterbox: false,
    };
  }
  return pixelPlan(spec.fit, spec.width, spec.height, width, height, focal);
}

function pixelPlan(
  fit: RenditionSpec['fit'],
  W: number,
  H: number,
  w: number,
  h: number,
  focal: FocalPoint,
  tolerance = SCALE_TOLERANCE,
): RenditionPlan {
  if (fit === 'contain') {
    const scale = Math.min(W / w, H / h);
    if (scale > tolerance)
      return { feasible: false, reason: 'too-small', needWidth: Math.ceil(w * scale), needHeight: Math.ceil(h * scale), nativeDpi: null };
    const rw = Math.min(W, Math.max(1, Math.round(w * scale)));
    const rh = Math.min(H, Math.max(1, Math.round(h * scale)));
    return {
      feasible: true,
      width: W,
      height: H,
      dpi: null,
      resize: { width: rw, height: rh },
      crop: null,
      letterbox: rw !== W || rh !== H,
    };
  }
  const scale = Math.max(W / w, H / h);
  if (scale > tolerance) return { feasible: false, reason: 'too-small', needWidth: W, needHeight: H, nativeDpi: null };
  const rw = Math.max(W, Math.round(w * scale));
  const rh = Math.max(H, Math.round(h * scale));
  const fx = clamp01(focal.x);
  const fy = clamp01(focal.y);
  const left = clamp(Math.round(fx * rw - W / 2), 0, rw - W);
  const top = clamp(Math.round(fy * rh - H / 2), 0, rh - H);
  return {
    feasible: true,
    width: W,
    height: H,
    dpi: null,
    resize: { width: rw, height: rh },
    crop: { left, top, width: W, height: H },
    letterbox: false,
  };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? clamp(v, 0, 1) : 0.5;
}
