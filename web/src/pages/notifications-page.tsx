import { client, unwrap } from '../api/client';
import type { Notification } from '../api/views';
import { ErrorMessage } from '../components/error-message';
import { useLoad } from '../components/use-load';
import { instant } from '../format';

export default function NotificationsPage() {
  const list = useLoad(() => unwrap<Notification[]>(client.GET('/api/notifications')), []);
  async function read(id: string) {
    await unwrap(client.POST('/api/notifications/{id}/read', { params: { path: { id } } })).catch(() => undefined);
    list.reload();
  }
  return (
    <>
      <h1>Thông báo</h1>
      <ErrorMessage error={list.error} />
      {list.data?.length === 0 && <p>Không có thông báo.</p>}
      <ul className="notifications">
        {list.data?.map((n) => (
          <li key={n.id} className={n.read ? 'read' : 'unread'}>
            <span className="meta">{instant(n.createdAt)}</span> {n.message}{' '}
            {!n.read && (
              <button type="button" className="link-button" onClick={() => void read(n.id)}>
                Đánh dấu đã đọc
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
