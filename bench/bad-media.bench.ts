/**
 * npm run bench -- bad-media
 * What the bad-media specs used to assert with wall-clock and RSS thresholds, measured here
 * instead: how long a 30000×30000 PNG (a decompression bomb) takes to be refused from its
 * header, and how much memory a 500 MB upload without a declared length adds before the byte
 * counter stops it at 200 MB (streamed to disk, never held). Medians of 5 runs.
 */
import { Readable } from 'node:stream';
import { loadMediaProfiles } from '../config/channels/media-profiles.loader.js';
import { AudioProbe } from '../src/modules/media/audio-probe.js';
import { ImageProcessor } from '../src/modules/media/image-processor.js';
import { MediaIntake } from '../src/modules/media/media-intake.service.js';
import { MediaProber } from '../src/modules/media/media-probe.js';
import { MediaStore } from '../src/modules/media/media-store.js';
import { lazyUpload, pngBomb, tempDir } from '../test/integration/media/media-fixtures.js';

const profiles = loadMediaProfiles();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const MB = 1024 * 1024;

async function intake(): Promise<{ intake: MediaIntake; remove: () => Promise<void> }> {
  const dir = await tempDir();
  const images = new ImageProcessor({ maxInputPixels: profiles.maxInputPixels });
  return { intake: new MediaIntake(profiles, new MediaStore(dir.path), new MediaProber(images, new AudioProbe())), remove: dir.remove };
}

const bomb = await pngBomb(30000, 30000);
const bombMs: number[] = [];
const bombRss: number[] = [];
for (let i = 0; i < 5; i++) {
  const { intake: it, remove } = await intake();
  globalThis.gc?.();
  const rss = process.memoryUsage().rss;
  const t = performance.now();
  const code = await it.accept({ source: Readable.from([bomb]), declaredBytes: bomb.length, name: 'bom.png', channels: ['facebook'] }).then(
    () => 'accepted',
    (e: { code?: string }) => e.code,
  );
  bombMs.push(performance.now() - t);
  bombRss.push((process.memoryUsage().rss - rss) / MB);
  if (code !== 'IMAGE_TOO_MANY_PIXELS') throw new Error(`bomb: ${code}`);
  await remove();
}

const uploadPeak: number[] = [];
const uploadMs: number[] = [];
for (let i = 0; i < 5; i++) {
  const { intake: it, remove } = await intake();
  globalThis.gc?.();
  const upload = lazyUpload(500_000_000);
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t = performance.now();
  const code = await it.accept({ source: upload.stream, name: 'video.mp4' }).then(
    () => 'accepted',
    (e: { code?: string }) => e.code,
  );
  clearInterval(timer);
  uploadMs.push(performance.now() - t);
  uploadPeak.push((peak - before) / MB);
  if (code !== 'PAYLOAD_TOO_LARGE') throw new Error(`upload: ${code}`);
  await remove();
}

const r = {
  bombRefusalMs: Math.round(median(bombMs) * 10) / 10,
  bombRssMB: Math.round(median(bombRss) * 10) / 10,
  unboundedUploadMs: Math.round(median(uploadMs)),
  unboundedUploadPeakRssMB: Math.round(median(uploadPeak) * 10) / 10,
};
console.log(`30000×30000 PNG refused in ${r.bombRefusalMs} ms (RSS +${r.bombRssMB} MB)`);
console.log(`500 MB upload without a length stopped at 200 MB in ${r.unboundedUploadMs} ms, peak RSS +${r.unboundedUploadPeakRssMB} MB`);
console.log(JSON.stringify(r));
