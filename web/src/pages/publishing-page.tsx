import { useState } from 'react';
import { Link } from 'wouter';
import { ApiError, client, unwrap } from '../api/client';
import type { Item, Report } from '../api/views';
import { ErrorMessage } from '../components/error-message';
import { useLoad } from '../components/use-load';
import { channelName, day, statusName, todayInVietnam } from '../format';
import { atLeast, useSession } from '../session';

/**
 * Phát hành: what is ready to go out, proofs recorded by hand for channels with no API (a radio
 * broadcast, a pano, a meeting), and the proof links of what is counted as published.
 */
export default function PublishingPage() {
  const { unit, role } = useSession();
  const today = todayInVietnam();
  const [period, setPeriod] = useState(today.slice(0, 7));
  const ready = useLoad(async () => {
    const lists = await Promise.all((['approved', 'scheduled', 'published'] as const).map((status) => unwrap<Item[]>(client.GET('/api/items', { params: { query: { unitId: unit!.id, status } } }))));
    return lists.flat();
  }, [unit!.id]);
  const report = useLoad(() => unwrap<Report>(client.GET('/api/units/{id}/reports', { params: { path: { id: unit!.id }, query: { period } } })), [unit!.id, period]);
  return (
    <>
      <h1>Phát hành</h1>
      <p className="meta">Hàng đợi phát hành tự động qua các kênh có API (cổng thông tin, Zalo OA) sẽ hiện ở đây khi chức năng phát hành được bật. Với kênh không có API, ghi nhận bài đã đăng bằng tay kèm đường dẫn hoặc ghi chú.</p>
      <section aria-labelledby="ready-title">
        <h2 id="ready-title">Nội dung đã duyệt và đã đăng</h2>
        <ErrorMessage error={ready.error} />
        {ready.data?.length === 0 && <p>Chưa có nội dung nào đã duyệt.</p>}
        <ul className="item-list">
          {ready.data?.map((item) => (
            <li key={item.id} className="card">
              <Link href={`/noi-dung/${item.id}`}>{item.title}</Link> <span className="meta">· {statusName[item.status]}</span>
              {atLeast(role, 'editor') && <ProofForm item={item} today={today} onRecorded={() => (ready.reload(), report.reload())} />}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="proofs-title">
        <h2 id="proofs-title">Minh chứng đã đăng</h2>
        <label className="inline">
          <span>Tháng</span>
          <select value={period} onChange={(e) => setPeriod(e.target.value)}>
            {lastMonths(today).map((m) => (
              <option key={m} value={m}>
                Tháng {Number(m.slice(5, 7))}/{m.slice(0, 4)}
              </option>
            ))}
          </select>
        </label>
        <ErrorMessage error={report.error} />
        {report.data && report.data.proofs.length === 0 && <p>Chưa có minh chứng trong kỳ này.</p>}
        {report.data && report.data.proofs.length > 0 && (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Bảng minh chứng, cuộn ngang được">
            <table>
              <thead>
                <tr>
                  <th scope="col">Ngày đăng</th>
                  <th scope="col">Nội dung</th>
                  <th scope="col">Kênh</th>
                  <th scope="col">Đường dẫn</th>
                </tr>
              </thead>
              <tbody>
                {report.data.proofs.map((p, i) => (
                  <tr key={i}>
                    <td>{day(p.publishedOn)}</td>
                    <td>
                      <Link href={`/noi-dung/${p.itemId}`}>{p.title.length > 80 ? `${p.title.slice(0, 80)}…` : p.title}</Link>
                    </td>
                    <td>{p.channelName}</td>
                    <td>
                      {p.url ? (
                        <a href={p.url} target="_blank" rel="noreferrer noopener">
                          Xem bài đăng
                        </a>
                      ) : (
                        '—'
                      )}
                    </td>
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

function lastMonths(today: string): string[] {
  const out: string[] = [];
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7));
  for (let i = 0; i < 13; i++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return out;
}

function ProofForm({ item, today, onRecorded }: { item: Item; today: string; onRecorded: () => void }) {
  const [channel, setChannel] = useState(item.channels[0] ?? '');
  const [url, setUrl] = useState('');
  // Typed as dd/mm/yyyy: a native date field shows the browser's own format and language.
  const [on, setOn] = useState(day(today));
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string | null>(null);
  const id = `proof-${item.id}`;
  async function record() {
    setError(undefined);
    setDone(null);
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(on.trim());
    if (!m) {
      setError(new ApiError(400, 'DATE_INVALID', 'Ngày đăng phải có dạng ngày/tháng/năm, ví dụ 12/03/2024.', {}));
      return;
    }
    const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    try {
      await unwrap(client.POST('/api/items/{id}/proofs', { params: { path: { id: item.id } }, body: { channel, publishedAt: iso, ...(url.trim() ? { url: url.trim() } : {}) } }));
      setDone(`Đã ghi nhận bài đăng trên ${channelName(channel)} ngày ${day(iso)}.`);
      setUrl('');
      onRecorded();
    } catch (e) {
      setError(e);
    }
  }
  return (
    <form
      className="proof-form"
      onSubmit={(e) => {
        e.preventDefault();
        void record();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-channel`}>Kênh đã đăng</label>
        <select id={`${id}-channel`} value={channel} onChange={(e) => setChannel(e.target.value)}>
          {item.channels.map((c) => (
            <option key={c} value={c}>
              {channelName(c)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-on`}>Ngày đăng (ngày/tháng/năm)</label>
        <input id={`${id}-on`} inputMode="numeric" autoComplete="off" value={on} onChange={(e) => setOn(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-url`}>Đường dẫn bài đăng (nếu có)</label>
        <input id={`${id}-url`} type="url" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} />
      </div>
      <button type="submit">Ghi nhận đã đăng</button>
      <ErrorMessage error={error} />
      {done && (
        <p role="status" className="ok">
          {done}
        </p>
      )}
    </form>
  );
}
