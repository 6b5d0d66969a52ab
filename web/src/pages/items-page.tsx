import { useState } from 'react';
import { Link } from 'wouter';
import { client, unwrap } from '../api/client';
import type { Item, ItemStatus } from '../api/views';
import { ErrorMessage } from '../components/error-message';
import { useLoad } from '../components/use-load';
import { channelName, instant, statusName } from '../format';
import { atLeast, useSession } from '../session';

const statuses = Object.keys(statusName) as ItemStatus[];

export default function ItemsPage() {
  const { unit, role } = useSession();
  const [status, setStatus] = useState<ItemStatus | ''>('');
  const items = useLoad(
    () => unwrap<Item[]>(client.GET('/api/items', { params: { query: { unitId: unit!.id, ...(status ? { status } : {}) } } })),
    [unit!.id, status],
  );
  const counts = new Map<string, number>();
  for (const i of items.data ?? []) counts.set(i.status, (counts.get(i.status) ?? 0) + 1);
  return (
    <>
      <h1>Nội dung</h1>
      <div className="toolbar">
        <label className="inline">
          <span>Trạng thái</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as ItemStatus | '')}>
            <option value="">Tất cả</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {statusName[s]}
              </option>
            ))}
          </select>
        </label>
        {atLeast(role, 'editor') && (
          <Link href="/noi-dung/moi" className="button">
            Tạo nội dung
          </Link>
        )}
      </div>
      <ErrorMessage error={items.error} />
      {items.data && items.data.length === 0 && <p>Chưa có nội dung nào.</p>}
      {statuses
        .filter((s) => counts.get(s))
        .map((s) => (
          <section key={s} aria-labelledby={`st-${s}`}>
            <h2 id={`st-${s}`}>
              {statusName[s]} ({counts.get(s)})
            </h2>
            <ul className="item-list">
              {items
                .data!.filter((i) => i.status === s)
                .map((i) => (
                  <li key={i.id}>
                    <Link href={`/noi-dung/${i.id}`}>{i.title}</Link>
                    <span className="meta">
                      {' '}
                      · {i.channels.map(channelName).join(', ')} · cập nhật {instant(i.updatedAt)}
                    </span>
                  </li>
                ))}
            </ul>
          </section>
        ))}
    </>
  );
}
