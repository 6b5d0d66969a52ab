import { client, unwrap } from '../api/client';
import type { AuditEntry } from '../api/views';
import { ErrorMessage } from '../components/error-message';
import { useLoad } from '../components/use-load';
import { instant } from '../format';
import { useSession } from '../session';

export default function AuditPage() {
  const { unit } = useSession();
  const list = useLoad(
    () => unwrap<AuditEntry[]>(client.GET('/api/units/{id}/audit', { params: { path: { id: unit!.id }, query: { limit: 200 } } })),
    [unit!.id],
  );
  return (
    <>
      <h1>Nhật ký thao tác</h1>
      <ErrorMessage error={list.error} />
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Bảng số liệu, cuộn ngang được">
        <table>
          <thead>
            <tr>
              <th scope="col">Thời điểm</th>
              <th scope="col">Thao tác</th>
              <th scope="col">Đối tượng</th>
              <th scope="col">Người làm</th>
              <th scope="col">Mã yêu cầu</th>
            </tr>
          </thead>
          <tbody>
            {list.data?.map((a) => (
              <tr key={a.id}>
                <td>{instant(a.at)}</td>
                <td>
                  <code>{a.action}</code>
                </td>
                <td>
                  {a.entity} {a.entityId?.slice(0, 8)}
                </td>
                <td>{a.actorUserId?.slice(0, 8) ?? 'hệ thống'}</td>
                <td>{a.requestId?.slice(0, 8) ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
