import { useMemo, useState } from 'react';
import { client, unwrap } from '../api/client';
import type { Fulfilment, FulfilmentRow, Unit } from '../api/views';
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

const sum = (rows: FulfilmentRow[], k: keyof Omit<FulfilmentRow, 'taskId' | 'channel'>) => rows.reduce((a, r) => a + r[k], 0);

export default function DashboardPage() {
  const { unit, units } = useSession();
  const options = useMemo(() => periods(todayInVietnam()), []);
  const initial = new URLSearchParams(location.search).get('ky') ?? options[0].value;
  const [period, setPeriod] = useState(initial);
  const own = useLoad(() => unwrap<Fulfilment>(client.GET('/api/units/{id}/fulfilment', { params: { path: { id: unit!.id }, query: { period } } })), [unit!.id, period]);
  const children = units.filter((u) => u.parentId === unit!.id);
  const rollup = useLoad(
    () =>
      Promise.all(
        children.map(async (u): Promise<{ unit: Unit; rows: FulfilmentRow[] }> => ({ unit: u, rows: (await unwrap<Fulfilment>(client.GET('/api/units/{id}/fulfilment', { params: { path: { id: u.id }, query: { period } } }))).rows })),
      ),
    [unit!.id, period, children.length],
  );

  const byChannel = useMemo(() => {
    const m = new Map<string, FulfilmentRow[]>();
    for (const r of own.data?.rows ?? []) m.set(r.channel, [...(m.get(r.channel) ?? []), r]);
    return [...m.entries()];
  }, [own.data]);
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
  const rows = own.data?.rows ?? [];
  const planned = sum(rows, 'planned');
  const rate = (n: number) => (planned ? `${Math.round((n / planned) * 100)}%` : '—');

  const behind = (rollup.data ?? [])
    .map((x) => {
      const p = sum(x.rows, 'planned');
      return { unit: x.unit, planned: p, published: sum(x.rows, 'published'), filled: sum(x.rows, 'filled'), ratio: p ? sum(x.rows, 'published') / p : 1 };
    })
    .sort((a, b) => a.ratio - b.ratio || b.planned - a.planned);

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
        {byChannel.length > 0 ? <BarChart labels={labels} series={series} title="Thực hiện theo kênh trong kỳ" /> : <p>Kỳ này chưa có ô lịch nào.</p>}
        {rows.length > 0 && (
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
                {rows.map((r) => (
                  <tr key={`${r.taskId}-${r.channel}`}>
                    <td>{r.taskId}</td>
                    <td>{channelName(r.channel)}</td>
                    <td>{r.planned}</td>
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
      {children.length > 0 && (
        <section aria-labelledby="rollup-title">
          <h2 id="rollup-title">Các đơn vị trực thuộc (chậm nhất trước)</h2>
          <ErrorMessage error={rollup.error} />
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Bảng số liệu, cuộn ngang được">
            <table>
              <thead>
                <tr>
                  <th scope="col">Đơn vị</th>
                  <th scope="col">Kế hoạch</th>
                  <th scope="col">Có nội dung</th>
                  <th scope="col">Đã đăng</th>
                  <th scope="col">Tỉ lệ đăng</th>
                </tr>
              </thead>
              <tbody>
                {behind.map((b) => (
                  <tr key={b.unit.id}>
                    <td>{b.unit.name}</td>
                    <td>{b.planned}</td>
                    <td>{b.filled}</td>
                    <td>{b.published}</td>
                    <td>{b.planned ? `${Math.round(b.ratio * 100)}%` : '—'}</td>
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
