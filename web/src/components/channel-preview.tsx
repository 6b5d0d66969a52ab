import DOMPurify from 'dompurify';
import profiles from '../../../config/channels/media-profiles.json';
import type { Attachment, Item } from '../api/views';
import { channelName } from '../format';

interface Profile {
  images?: { renditions?: { name: string; width: number; height?: number }[] };
  audio?: { durationMin?: number; durationMax?: number };
  print?: { targetDpi: number; sizes: { name: string; widthCm: number; heightCm: number }[] };
  text?: { titleMax?: number; descriptionMax?: number };
}
const channelProfiles = profiles.channels as Record<string, Profile>;

/** How the item will look on one channel, from the same media profiles the server checks against. */
export function ChannelPreview({
  channel,
  item,
  imageUrl,
}: {
  channel: string;
  item: Pick<Item, 'title' | 'summary' | 'body' | 'attachments'>;
  imageUrl: string | null;
}) {
  const p = channelProfiles[channel] ?? {};
  const image = item.attachments.find((a) => a.kind === 'image');
  const audio = item.attachments.find((a) => a.kind === 'audio');
  const picture = (w: number, h: number | undefined, label: string) => (
    <figure className="crop" style={{ aspectRatio: h ? `${w} / ${h}` : undefined }}>
      {imageUrl ? (
        <img src={imageUrl} alt={`Ảnh ${label}`} />
      ) : (
        <span className="placeholder">{image ? `Ảnh ${image.width}×${image.height}` : 'Chưa có ảnh'}</span>
      )}
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
        {imageUrl && <img src={imageUrl} alt="Ảnh minh họa bài viết" />}
        <p className="sapo">{item.summary}</p>
        <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(item.body) }} />
      </article>
    );
  } else if (channel === 'zalo-oa') {
    const cover = p.images?.renditions?.find((r) => r.name === 'cover');
    const max = p.text?.titleMax;
    body = (
      <div className="zalo-card">
        {cover && picture(cover.width, cover.height, 'Ảnh bìa Zalo')}
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
          <div key={r.name}>{picture(r.width, r.height, r.name === 'landscape' ? 'Ngang' : r.name === 'square' ? 'Vuông' : 'Dọc')}</div>
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
          {imageUrl ? <img src={imageUrl} alt="Bản in thử pano" /> : <span className="placeholder">Chưa có ảnh</span>}
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
