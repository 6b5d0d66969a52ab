/** How media numbers read in Vietnamese: durations, sizes in bytes, print sizes. */

/** 1203 → "20 phút 3 giây"; 600 → "10 phút"; 42 → "42 giây". */
export function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts: string[] = [];
  if (h > 0) parts.push(`${h} giờ`);
  if (m > 0) parts.push(`${m} phút`);
  if (s > 0 || parts.length === 0) parts.push(`${s} giây`);
  return parts.join(' ');
}

/** A range of seconds: "10–15 phút" when both ends are whole minutes, else each end in full. */
export function formatDurationRange(minSec: number, maxSec: number): string {
  if (minSec % 60 === 0 && maxSec % 60 === 0 && minSec > 0) return `${minSec / 60}–${maxSec / 60} phút`;
  if (minSec <= 0) return `tối đa ${formatDuration(maxSec)}`;
  return `${formatDuration(minSec)} – ${formatDuration(maxSec)}`;
}

/** Decimal with a Vietnamese comma: 1.25 → "1,25". */
export function formatDecimal(value: number, digits = 1): string {
  let fixed = value.toFixed(digits);
  if (fixed.includes('.')) fixed = fixed.replace(/0+$/, '').replace(/\.$/, '');
  return fixed.replace('.', ',');
}

/** Bytes for people, in decimal units (1 MB = 1 000 000 bytes): "1,2 MB", "980 kB", "512 byte". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${formatDecimal(bytes / 1e9, 2)} GB`;
  if (bytes >= 1e6) return `${formatDecimal(bytes / 1e6, 2)} MB`;
  if (bytes >= 1e3) return `${formatDecimal(bytes / 1e3, 1)} kB`;
  return `${bytes} byte`;
}

export function formatCm(cm: number): string {
  return formatDecimal(cm, 1);
}
