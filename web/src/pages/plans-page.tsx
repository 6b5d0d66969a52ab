import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError, client, unwrap, upload } from '../api/client';
import type { Plan, PlanSummary } from '../api/views';
import { ErrorMessage } from '../components/error-message';
import { FileField } from '../components/file-field';
import { useLoad } from '../components/use-load';
import { day, instant, planStatusName } from '../format';
import { atLeast, useSession } from '../session';

export default function PlansPage() {
  const { unit, role } = useSession();
  const [, navigate] = useLocation();
  const plans = useLoad(() => unwrap<PlanSummary[]>(client.GET('/api/plans', { params: { query: { unitId: unit!.id } } })), [unit!.id]);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const legacy = error instanceof ApiError && error.code === 'INPUT_LEGACY_ENCODING';

  async function send(acceptLegacy: boolean) {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      const plan = await upload<Plan>(`/api/plans/import?unitId=${unit!.id}${acceptLegacy ? '&acceptLegacyEncoding=true' : ''}`, file);
      navigate(`/ke-hoach/${plan.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1>Kế hoạch</h1>
      {atLeast(role, 'editor') && (
        <section aria-labelledby="import-title" className="card">
          <h2 id="import-title">Nhập kế hoạch từ tệp</h2>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void send(false);
            }}
          >
            <FileField
              label="Tệp kế hoạch (.docx, .pdf, .txt)"
              accept=".docx,.pdf,.txt,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              onFile={setFile}
            />
            <button type="submit" disabled={!file || busy}>
              {busy ? 'Đang đọc…' : 'Nhập kế hoạch'}
            </button>
          </form>
          <ErrorMessage error={error} />
          {legacy && (
            <div className="card">
              <p>Bản chuyển mã (phần đầu):</p>
              <pre className="preview">{String((error as ApiError).evidence.preview ?? '')}</pre>
              <button type="button" onClick={() => void send(true)}>
                Đồng ý chuyển mã và lưu
              </button>
            </div>
          )}
        </section>
      )}
      <section aria-labelledby="list-title">
        <h2 id="list-title">Kế hoạch của đơn vị</h2>
        <ErrorMessage error={plans.error} />
        {plans.data && plans.data.length === 0 && <p>Chưa có kế hoạch nào.</p>}
        {plans.data && plans.data.length > 0 && (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Bảng số liệu, cuộn ngang được">
            <table>
              <thead>
                <tr>
                  <th scope="col">Số hiệu</th>
                  <th scope="col">Ngày ban hành</th>
                  <th scope="col">Năm</th>
                  <th scope="col">Trạng thái</th>
                  <th scope="col">Phiên bản</th>
                  <th scope="col">Cập nhật</th>
                </tr>
              </thead>
              <tbody>
                {plans.data.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link href={`/ke-hoach/${p.id}`}>{p.number ?? p.sourceName ?? 'Kế hoạch chưa có số'}</Link>
                    </td>
                    <td>{day(p.issuedOn)}</td>
                    <td>{p.year ?? '—'}</td>
                    <td>{planStatusName[p.status] ?? p.status}</td>
                    <td>{p.version}</td>
                    <td>{instant(p.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
