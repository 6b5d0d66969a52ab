import DOMPurify from 'dompurify';
import { useState } from 'react';
import profiles from '../../../config/channels/media-profiles.json';
import type { Attachment, Item } from '../api/views';
import { capitalised, channelName } from '../format';
import { MISSING_ALT } from './rich-text-editor';

interface Profile {
  images?: { renditions?: { name: string; label: string; width: number; height?: number }[] };
  audio?: { durationMin?: number; durationMax?: number };
  print?: { targetDpi: number; sizes: { name: string; label: string; widthCm: number; heightCm: number }[] };
  text?: { titleMax?: number; descriptionMax?: number };
}
const channelProfiles = profiles.channels as Record<string, Profile>;

/** What a preview shows: the form's text as typed, the stored item's attachments and channels. */
export interface PreviewItem extends Pick<Item, 'title' | 'summary' | 'body' | 'attachments'> {
  /** The stored item's id (null before it is created): pictures come from the server by it. */
  id: string | null;
  /** The channels the stored item has: the server renders a picture only for those. */
  savedChannels: string[];
}

/** The server's rendering of a picture attachment for one channel (GET …/renditions/{channel}/{name}). */
export function renditionUrl(itemId: string, sha256: string, channel: string, name: string): string {
  return `/api/items/${encodeURIComponent(itemId)}/attachments/${sha256}/renditions/${encodeURIComponent(channel)}/${encodeURIComponent(name)}`;
}

/**
 * The body as the portal will show it: sanitized again in the browser, and a picture with no
 * description outlined and announced as such (the checks list it too), so that the preview does
 * not hide what a reader with a screen reader would miss.
 */
function previewBody(html: string): string {
  const fragment = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true });
  for (const img of fragment.querySelectorAll('img:not([alt])')) {
    img.setAttribute('alt', MISSING_ALT);
    img.classList.add('missing-alt');
  }
  const box = document.createElement('div');
  box.append(fragment);
  return box.innerHTML;
}

/** A picture from the server, or a plain note while there is none (or it cannot be drawn). */
function ServerPicture({ src, alt, note, ratio }: { src: string | null; alt: string; note: string; ratio?: string }) {
  const [failed, setFailed] = useState<string | null>(null);
  const style = ratio ? { aspectRatio: ratio } : undefined;
  if (!src || failed === src)
    return (
      <span className="placeholder" style={style}>
        {note}
      </span>
    );
  return <img src={src} alt={alt} style={style} loading="lazy" decoding="async" onError={() => setFailed(src)} />;
}

/** The print proof's width in pixels: the card is at most about 400 px wide, twice that for sharp screens. */
const PRINT_PROOF_WIDTH = 800;

/** How the item will look on one channel, from the same media profiles the server checks against. */
export function ChannelPreview({ channel, item }: { channel: string; item: PreviewItem }) {
  const p = channelProfiles[channel] ?? {};
  const image = item.attachments.find((a) => a.kind === 'image');
  const audio = item.attachments.find((a) => a.kind === 'audio');
  // The server renders a rendition for the stored item's channels only: a channel just ticked
  // shows its pictures once the item is saved.
  // `width`: a print rendition is thousands of pixels wide; its proof on screen asks the server for a smaller copy.
  const rendered = (name: string, width?: number) =>
    item.id && image && item.savedChannels.includes(channel)
      ? `${renditionUrl(item.id, image.sha256, channel, name)}${width ? `?width=${width}` : ''}`
      : null;
  const absent = image
    ? item.savedChannels.includes(channel)
      ? `Ảnh ${image.width}×${image.height}`
      : 'Lưu nội dung để xem ảnh cho kênh này'
    : 'Chưa có ảnh';
  const picture = (name: string, w: number, h: number | undefined, label: string) => (
    <figure className="crop">
      <ServerPicture src={rendered(name)} alt={`${label} (${w}×${h ?? 'tự do'})`} note={absent} ratio={h ? `${w} / ${h}` : undefined} />
      <figcaption>
        {label}: {w}×{h ?? 'tự do'} điểm ảnh
      </figcaption>
    </figure>
  );
  let body: React.ReactNode;
  if (channel === 'web-portal') {
    body = (
      <article className="web-article">
        <h4>{item.title}</h4>
        {rendered('medium') && <ServerPicture src={rendered('medium')} alt="Ảnh minh họa bài viết" note={absent} />}
        <p className="sapo">{item.summary}</p>
        <div dangerouslySetInnerHTML={{ __html: previewBody(item.body) }} />
      </article>
    );
  } else if (channel === 'zalo-oa') {
    const cover = p.images?.renditions?.find((r) => r.name === 'cover');
    const max = p.text?.titleMax;
    body = (
      <div className="zalo-card">
        {cover && picture(cover.name, cover.width, cover.height, 'Ảnh bìa Zalo')}
        <strong>{item.title}</strong>
        {max !== undefined && (
          <p className={item.title.length > max ? 'warn' : 'meta'}>
            Tiêu đề {item.title.length}/{max} ký tự
          </p>
        )}
      </div>
    );
  } else if (channel === 'facebook') {
    body = (
      <div className="fb-grid">
        {(p.images?.renditions ?? []).map((r) => (
          <div key={r.name}>{picture(r.name, r.width, r.height, capitalised(r.label))}</div>
        ))}
      </div>
    );
  } else if (channel === 'radio') {
    const min = p.audio?.durationMin ?? 10;
    const max = p.audio?.durationMax ?? 15;
    const minutes = audio?.durationSec !== undefined ? audio.durationSec / 60 : null;
    const ok = minutes !== null && minutes >= min && minutes <= max;
    body = (
      <p className={ok ? 'ok' : 'warn'}>
        {minutes === null
          ? `Chưa có tệp âm thanh (chương trình cần ${min}–${max} phút).`
          : `Chương trình dài ${minutes.toFixed(1).replace('.', ',')} phút; khung ${min}–${max} phút${ok ? '.' : ': chưa đạt.'}`}
      </p>
    );
  } else if (channel === 'pano' && p.print) {
    const size = p.print.sizes[0];
    const needW = Math.round((size.widthCm / 2.54) * p.print.targetDpi);
    const needH = Math.round((size.heightCm / 2.54) * p.print.targetDpi);
    body = (
      <div>
        <div className="print-proof" style={{ aspectRatio: `${size.widthCm} / ${size.heightCm}` }}>
          <ServerPicture
            src={rendered(size.name, PRINT_PROOF_WIDTH)}
            alt={`Bản in thử pano khổ ${size.widthCm}×${size.heightCm} cm`}
            note={absent}
          />
        </div>
        <p className="meta">
          Khổ {size.widthCm}×{size.heightCm} cm ở {p.print.targetDpi} dpi cần ảnh {needW}×{needH} điểm ảnh
          {image ? `; ảnh hiện có ${image.width}×${image.height}${(image.width ?? 0) < needW ? ' (quá nhỏ)' : ''}.` : '.'}
        </p>
      </div>
    );
  } else {
    body = <p className="meta">Bản xem trước chung: {item.title}</p>;
  }
  return (
    <section className="preview-card" aria-label={`Xem trước trên ${channelName(channel)}`}>
      <h3>{channelName(channel)}</h3>
      {body}
    </section>
  );
}

export type { Attachment };
