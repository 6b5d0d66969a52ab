import { useMemo, useState } from 'react';
import { client, unwrap, unwrapAs } from '../api/client';
import type { Fulfilment, FulfilmentRow, Report } from '../api/views';
import { BarChart } from '../components/bar-chart';
import { ErrorMessage } from '../components/error-message';
import { useLoad } from '../components/use-load';
import { channelName, day, todayInVietnam } from '../format';
import { useSession } from '../session';

function periods(today: string): { value: string; label: string }[] {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const out: { value: string; label: string }[] = [];
  for (let i = 0; i < 12; i++) {
    const mm = ((m - 1 - i + 120) % 12) + 1;
    const yy = y - (m - 1 - i < 0 ? Math.ceil((i - m + 1) / 12) : 0);
    out.push({ value: `${yy}-${String(mm).padStart(2, '0')}`, label: `Tháng ${mm}/${yy}` });
  }
  for (const yy of [y, y - 1]) {
    for (const q of [1, 2, 3, 4]) out.push({ value: `${yy}-Q${q}`, label: `Quý ${['I', 'II', 'III', 'IV'][q - 1]}/${yy}` });
    out.push({ value: `${yy}-H1`, label: `6 tháng đầu năm ${yy}` }, { value: String(yy), label: `Năm ${yy}` });
  }
  return out;
}

type Count = 'planned' | 'filled' | 'approved' | 'published' | 'gap';
const sum = (rows: FulfilmentRow[], k: Count) => rows.reduce((a, r) => a + (r[k] ?? 0), 0);
const points = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : String(Math.round(n * 100) / 100).replace('.', ',');

export default function DashboardPage() {
  const { unit } = useSession();
  const options = useMemo(() => periods(todayInVietnam()), []);
  const initial = new URLSearchParams(location.search).get('ky') ?? options[0].value;
  const [period, setPeriod] = useState(initial);
  const own = useLoad(
    () => unwrap<Fulfilment>(client.GET('/api/units/{id}/fulfilment', { params: { path: { id: unit!.id }, query: { period } } })),
    [unit!.id, period],
  );
  // The report of the same period: the projected score, the roll-up of the units below (behind first), the exports.
  const report = useLoad(
    () => unwrapAs<Report>(client.GET('/api/units/{id}/reports', { params: { path: { id: unit!.id }, query: { period } } })),
    [unit!.id, period],
  );
  // What the plan's quotas count: publications outside any plan and those of "thường xuyên"
  // obligations (no number) are shown apart, never added to "Đã đăng" against the planned slots.
  const quotaRows = useMemo(() => (own.data?.rows ?? []).filter((r) => r.planId !== null && r.planned !== null), [own.data]);
  const byChannel = useMemo(() => {
    const m = new Map<string, FulfilmentRow[]>();
    for (const r of quotaRows) m.set(r.channel, [...(m.get(r.channel) ?? []), r]);
    return [...m.entries()];
  }, [quotaRows]);
  const labels = useMemo(() => byChannel.map(([c]) => channelName(c)), [byChannel]);
  const series = useMemo(
    () => [
      { label: 'Kế hoạch', data: byChannel.map(([, r]) => sum(r, 'planned')), color: '#94a3b8' },
      { label: 'Đã có nội dung', data: byChannel.map(([, r]) => sum(r, 'filled')), color: '#2563eb' },
      { label: 'Đã duyệt', data: byChannel.map(([, r]) => sum(r, 'approved')), color: '#7c3aed' },
      { label: 'Đã đăng', data: byChannel.map(([, r]) => sum(r, 'published')), color: '#047857' },
    ],
    [byChannel],
  );
  // The same numbers per task (planned against published), each task's channels added up.
  const byTask = useMemo(() => {
    const m = new Map<string, FulfilmentRow[]>();
    for (const r of quotaRows) {
      const key = `${r.planId}|${r.taskId}`;
      m.set(key, [...(m.get(key) ?? []), r]);
    }
    return [...m.values()];
  }, [quotaRows]);
  const taskLabels = useMemo(
    () =>
      byTask.map(([r]) => {
        const name = `${r!.taskId ? `${r!.taskId}. ` : ''}${r!.title}`;
        return name.length > 40 ? `${name.slice(0, 39)}…` : name;
      }),
    [byTask],
  );
  const taskSeries = useMemo(
    () => [
      { label: 'Kế hoạch', data: byTask.map((r) => sum(r, 'planned')), color: '#94a3b8' },
      { label: 'Đã đăng', data: byTask.map((r) => sum(r, 'published')), color: '#047857' },
    ],
    [byTask],
  );
  const allRows = own.data?.rows ?? [];
  const rows = quotaRows;
  const offPlan = sum(
    allRows.filter((r) => r.planId === null),
    'published',
  );
  const regular = sum(
    allRows.filter((r) => r.planId !== null && r.planned === null),
    'published',
  );
  const planned = sum(rows, 'planned');
  const rate = (n: number) => (planned ? `${Math.round((n / planned) * 100)}%` : '—');

  const below = (report.data?.rollup?.units ?? []).filter((u) => u.unitId !== unit!.id);
  const score = report.data?.score;
  const exportUrl = (format: 'xlsx' | 'docx') => `/api/units/${unit!.id}/reports?period=${encodeURIComponent(period)}&format=${format}`;

  return (
    <>
      <h1>Tổng quan</h1>
      <div className="toolbar">
        <label className="inline">
          <span>Kỳ</span>
          <select value={period} onChange={(e) => setPeriod(e.target.value)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        {own.data && (
          <span className="meta">
            {day(own.data.period.from)} – {day(own.data.period.to)}
          </span>
        )}
      </div>
      <ErrorMessage error={own.error} />
      <section aria-labelledby="kpi-title">
        <h2 id="kpi-title">Thực hiện kế hoạch của {unit!.name}</h2>
        <dl className="kpis">
          <div>
            <dt>Ô lịch theo kế hoạch</dt>
            <dd data-testid="kpi-planned">{planned}</dd>
          </div>
          <div>
            <dt>Đã có nội dung</dt>
            <dd data-testid="kpi-filled">
              {sum(rows, 'filled')} <small>({rate(sum(rows, 'filled'))})</small>
            </dd>
          </div>
          <div>
            <dt>Đã duyệt</dt>
            <dd data-testid="kpi-approved">
              {sum(rows, 'approved')} <small>({rate(sum(rows, 'approved'))})</small>
            </dd>
          </div>
          <div>
            <dt>Đã đăng</dt>
            <dd data-testid="kpi-published">
              {sum(rows, 'published')} <small>({rate(sum(rows, 'published'))})</small>
            </dd>
          </div>
          <div>
            <dt>Còn thiếu</dt>
            <dd data-testid="kpi-gap">{sum(rows, 'gap')}</dd>
          </div>
        </dl>
        {(offPlan > 0 || regular > 0) && (
          <p className="meta" data-testid="kpi-outside">
            Không tính vào chỉ tiêu:{' '}
            {[
              regular > 0 ? `${regular} lượt đăng cho nhiệm vụ thường xuyên (không có số lượng)` : null,
              offPlan > 0 ? `${offPlan} lượt đăng ngoài kế hoạch` : null,
            ]
              .filter(Boolean)
              .join('; ')}
            .
          </p>
        )}
        {byChannel.length > 0 ? (
          <div className="charts">
            <BarChart labels={labels} series={series} title="Thực hiện theo kênh trong kỳ" />
            <BarChart labels={taskLabels} series={taskSeries} title="Thực hiện theo nhiệm vụ trong kỳ: kế hoạch và đã đăng" />
          </div>
        ) : (
          <p>Kỳ này chưa có ô lịch nào.</p>
        )}
        {allRows.length > 0 && (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Bảng số liệu, cuộn ngang được">
            <table>
              <caption>Theo nhiệm vụ và kênh</caption>
              <thead>
                <tr>
                  <th scope="col">Nhiệm vụ</th>
                  <th scope="col">Kênh</th>
                  <th scope="col">Kế hoạch</th>
                  <th scope="col">Có nội dung</th>
                  <th scope="col">Đã duyệt</th>
                  <th scope="col">Đã đăng</th>
                  <th scope="col">Còn thiếu</th>
                </tr>
              </thead>
              <tbody>
                {allRows.map((r) => (
                  <tr key={`${r.planId}-${r.taskId}-${r.channel}`}>
                    <td>
                      {r.taskId ? `${r.taskId}. ` : ''}
                      {r.title}
                    </td>
                    <td>{r.channelName || channelName(r.channel)}</td>
                    <td>{r.planId === null ? '—' : (r.planned ?? 'thường xuyên')}</td>
                    <td>{r.filled}</td>
                    <td>{r.approved}</td>
                    <td>{r.published}</td>
                    <td>{r.gap}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="score-title" className="card">
        <h2 id="score-title">Điểm dự kiến</h2>
        <ErrorMessage error={report.error} />
        {score && (
          <>
            <p>
              {score.criterion.name} (tối đa {points(score.criterion.maxPoints)} điểm): hôm nay{' '}
              <strong data-testid="score-today">{points(score.points)}</strong> điểm, dự kiến cuối kỳ{' '}
              <strong data-testid="score-projected">{points(score.projected.points)}</strong> điểm.
            </p>
            {score.needs.length > 0 && (
              <>
                <p>Để đạt tối đa:</p>
                <ul>
                  {score.needs.map((n, i) => (
                    <li key={i}>{n.message}</li>
                  ))}
                </ul>
              </>
            )}
            <p className="meta">Nguồn: {score.criterion.source}</p>
          </>
        )}
        <div className="actions">
          <a className="button" href={exportUrl('xlsx')} download>
            Tải báo cáo Excel (.xlsx)
          </a>
          <a className="button" href={exportUrl('docx')} download>
            Tải báo cáo Word (.docx)
          </a>
        </div>
      </section>
      {below.length > 0 && (
        <section aria-labelledby="rollup-title">
          <h2 id="rollup-title">Các đơn vị trực thuộc (chậm nhất trước)</h2>
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Bảng tổng hợp đơn vị, cuộn ngang được">
            <table>
              <thead>
                <tr>
                  <th scope="col">Đơn vị</th>
                  <th scope="col">Kế hoạch</th>
                  <th scope="col">Đến hạn</th>
                  <th scope="col">Đã đăng</th>
                  <th scope="col">Tỉ lệ</th>
                  <th scope="col">Điểm dự kiến</th>
                </tr>
              </thead>
              <tbody>
                {below.map((b) => (
                  <tr key={b.unitId} className={b.behind ? 'behind' : undefined}>
                    <td>
                      {b.name}
                      {b.behind && <span className="badge">chậm</span>}
                    </td>
                    <td>{b.planned}</td>
                    <td>{b.dueSoFar}</td>
                    <td>{b.published}</td>
                    <td>{b.completion === null ? '—' : `${Math.round(b.completion * 100)}%`}</td>
                    <td>{points(b.projectedPoints)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
