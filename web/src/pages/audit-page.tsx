import { client, unwrap } from '../api/client';
import type { AuditEntry } from '../api/views';
import { auditAction, auditObject } from '../audit-labels';
import { AdminOnly } from '../components/admin-only';
import { ErrorMessage } from '../components/error-message';
import { useLoad } from '../components/use-load';
import { instant } from '../format';
import { useSession } from '../session';

const title = 'Nhật ký thao tác';

export default function AuditPage() {
  return (
    <AdminOnly title={title}>
      <AuditLog />
    </AdminOnly>
  );
}

function AuditLog() {
  const { unit } = useSession();
  const list = useLoad(
    () => unwrap<AuditEntry[]>(client.GET('/api/units/{id}/audit', { params: { path: { id: unit!.id }, query: { limit: 200 } } })),
    [unit!.id],
  );
  return (
    <>
      <h1>{title}</h1>
      <ErrorMessage error={list.error} />
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Bảng nhật ký thao tác, cuộn ngang được">
        <table>
          <thead>
            <tr>
              <th scope="col">Thời điểm</th>
              <th scope="col">Thao tác</th>
              <th scope="col">Đối tượng</th>
              <th scope="col">Người thực hiện</th>
              <th scope="col">Mã yêu cầu</th>
            </tr>
          </thead>
          <tbody>
            {list.data?.map((a) => (
              <tr key={a.id}>
                <td>{instant(a.at)}</td>
                <td>{auditAction(a)}</td>
                <td>{auditObject(a)}</td>
                <td>{a.actorName}</td>
                <td>{a.requestId?.slice(0, 8) ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
