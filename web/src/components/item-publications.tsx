import { Link } from 'wouter';
import { client, unwrap } from '../api/client';
import type { Publication } from '../api/views';
import { channelName, instant, publicationStateName } from '../format';
import { ErrorMessage } from './error-message';
import { useLoad } from './use-load';

/**
 * Where an item stands on each channel once a leader has released it: one line per publication
 * (queued, sending, published with its link, failed with the reason, cancelled), so the item's
 * own status ("Đã phát hành") is never read as "posted everywhere". Retry and cancel stay on
 * Phát hành, where the outbox is managed.
 */
export function ItemPublications({ itemId, version }: { itemId: string; version: number }) {
  const publications = useLoad(
    () => unwrap<Publication[]>(client.GET('/api/publications', { params: { query: { itemId } } })),
    [itemId, version],
  );
  const list = publications.data ?? [];
  return (
    <section aria-labelledby="item-publications-title" className="card">
      <h2 id="item-publications-title">Phát hành trên các kênh</h2>
      <ErrorMessage error={publications.error} />
      {publications.data && list.length === 0 && (
        <p>
          Chưa có lượt phát hành tự động nào. Kênh không có API (đài truyền thanh, pano, hội nghị…) được ghi nhận bằng tay ở trang{' '}
          <Link href="/phat-hanh">Phát hành</Link>.
        </p>
      )}
      {list.length > 0 && (
        <ul className="item-publications">
          {list.map((p) => (
            <li key={p.id} data-state={p.state}>
              <strong>{channelName(p.channel)}</strong>:{' '}
              <span className={`state state-${p.state}`}>{publicationStateName[p.state] ?? p.state}</span>
              {p.state === 'published' && p.url && (
                <>
                  {' '}
                  —{' '}
                  <a href={p.url} target="_blank" rel="noreferrer noopener">
                    Xem bài đăng
                  </a>
                </>
              )}
              <span className="meta">
                {' '}
                · {p.attempts > 0 ? `${p.attempts} lần gửi, ` : ''}cập nhật {instant(p.updatedAt)}
              </span>
              {p.lastError && p.state !== 'published' && <div className="meta">{p.lastError}</div>}
            </li>
          ))}
        </ul>
      )}
      <p className="actions">
        <button type="button" className="secondary" onClick={publications.reload}>
          Làm mới
        </button>
        <Link href="/phat-hanh">Gửi lại hoặc hủy ở trang Phát hành</Link>
      </p>
    </section>
  );
}
