/** Rendition geometry: exact output sizes, crops inside the picture, never an enlargement, print dpi in range. */
import { expect } from 'chai';
import fc from 'fast-check';
import { CM_PER_INCH, cmToPixels, planRendition } from '../../../src/domain/media/rendition-geometry.js';
import type { PixelRendition, PrintRendition } from '../../../config/channels/media-profile.types.js';
import { formatBytes, formatDuration, formatDurationRange } from '../../../src/domain/media/media-format.js';

const base = { background: '#ffffff', formats: ['jpeg' as const], maxBytes: 1_000_000 };
const pixel = (width: number, height: number | null, fit: 'cover' | 'contain' = 'cover'): PixelRendition => ({
  kind: 'pixel',
  name: 'r',
  label: 'bản ảnh',
  width,
  height,
  fit,
  ...base,
});
const print = (widthCm: number, heightCm: number, fit: 'cover' | 'contain' = 'cover'): PrintRendition => ({
  kind: 'print',
  name: 'p',
  label: 'bản in',
  widthCm,
  heightCm,
  dpiMin: 150,
  dpiMax: 300,
  targetDpi: 300,
  fit,
  ...base,
});

describe('rendition geometry', () => {
  it('pixel size of print is cm / 2.54 × dpi', () => {
    expect(cmToPixels(50, 150)).to.equal(2953);
    expect(cmToPixels(75, 150)).to.equal(4429);
    expect(cmToPixels(21, 300)).to.equal(2480);
    expect(cmToPixels(29.7, 300)).to.equal(3508);
  });

  it('crops around the focal point, and clamps at the edges', () => {
    const top = planRendition(pixel(1200, 630), 3000, 4000, { x: 0.5, y: 0 });
    const bottom = planRendition(pixel(1200, 630), 3000, 4000, { x: 0.5, y: 1 });
    const middle = planRendition(pixel(1200, 630), 3000, 4000, { x: 0.5, y: 0.5 });
    if (!top.feasible || !bottom.feasible || !middle.feasible) throw new Error('expected feasible plans');
    expect(top.resize).to.deep.equal({ width: 1200, height: 1600 });
    expect(top.crop).to.deep.equal({ left: 0, top: 0, width: 1200, height: 630 });
    expect(bottom.crop!.top).to.equal(1600 - 630);
    expect(middle.crop!.top).to.equal(Math.round(800 - 315));
  });

  it('letterboxes with contain: a square picture on a 1920×1080 screen', () => {
    const plan = planRendition(pixel(1920, 1080, 'contain'), 1080, 1080);
    expect(plan).to.deep.include({ feasible: true, width: 1920, height: 1080, letterbox: true, crop: null });
    if (plan.feasible) expect(plan.resize).to.deep.equal({ width: 1080, height: 1080 });
  });

  it('holds for any picture, size and focal point', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: 9000 }),
        fc.integer({ min: 16, max: 9000 }),
        fc.integer({ min: 16, max: 4000 }),
        fc.option(fc.integer({ min: 16, max: 4000 }), { nil: null }),
        fc.constantFrom<'cover' | 'contain'>('cover', 'contain'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (w, h, W, H, fit, x, y) => {
          const spec = pixel(W, H, H === null ? 'cover' : fit);
          const plan = planRendition(spec, w, h, { x, y });
          if (!plan.feasible) {
            // infeasible only when the picture would have to grow
            const scale = H === null ? W / w : fit === 'cover' ? Math.max(W / w, H / h) : Math.min(W / w, H / h);
            expect(scale).to.be.greaterThan(1);
            return;
          }
          expect(plan.width).to.equal(W);
          if (H !== null) expect(plan.height).to.equal(H);
          expect(plan.resize.width).to.be.at.most(Math.ceil(w * 1.005) + 1);
          expect(plan.resize.height).to.be.at.most(Math.ceil(h * 1.005) + 1);
          if (plan.crop) {
            expect(plan.crop.left).to.be.within(0, plan.resize.width - plan.crop.width);
            expect(plan.crop.top).to.be.within(0, plan.resize.height - plan.crop.height);
            expect([plan.crop.width, plan.crop.height]).to.deep.equal([W, H]);
          } else {
            expect(plan.resize.width).to.be.at.most(plan.width);
            expect(plan.resize.height).to.be.at.most(plan.height);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('prints at a dpi within range, never above what the picture holds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 12000 }),
        fc.integer({ min: 200, max: 12000 }),
        fc.double({ min: 5, max: 120, noNaN: true }),
        fc.double({ min: 5, max: 120, noNaN: true }),
        (w, h, wc, hc) => {
          const spec = print(wc, hc);
          const plan = planRendition(spec, w, h);
          const native = Math.min(w / (wc / CM_PER_INCH), h / (hc / CM_PER_INCH));
          if (!plan.feasible) {
            expect(plan.reason).to.equal('dpi-too-low');
            expect(native).to.be.below(150);
            return;
          }
          expect(plan.dpi).to.be.within(150, 300);
          expect(plan.dpi!).to.be.at.most(Math.floor(native + 1e-9));
          expect(plan.resize.width).to.be.at.most(Math.ceil(w * 1.02));
          expect(plan.resize.height).to.be.at.most(Math.ceil(h * 1.02));
          expect(plan.width).to.equal(cmToPixels(wc, plan.dpi!));
          expect(plan.height).to.equal(cmToPixels(hc, plan.dpi!));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('media numbers in Vietnamese', () => {
  it('durations, ranges and sizes', () => {
    expect(formatDuration(1203)).to.equal('20 phút 3 giây');
    expect(formatDuration(1200.024)).to.equal('20 phút');
    expect(formatDuration(42)).to.equal('42 giây');
    expect(formatDuration(3725)).to.equal('1 giờ 2 phút 5 giây');
    expect(formatDurationRange(600, 900)).to.equal('10–15 phút');
    expect(formatDurationRange(0, 300)).to.equal('tối đa 5 phút');
    expect(formatDurationRange(570, 900)).to.equal('9 phút 30 giây – 15 phút');
    expect(formatBytes(1_000_000)).to.equal('1 MB');
    expect(formatBytes(1_250_000)).to.equal('1,25 MB');
    expect(formatBytes(980_000)).to.equal('980 kB');
    expect(formatBytes(100_000_000)).to.equal('100 MB');
    expect(formatBytes(500)).to.equal('500 byte');
  });
});
