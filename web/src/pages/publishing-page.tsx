import { useState } from 'react';
import { Link } from 'wouter';
import { ApiError, client, unwrap, unwrapAs } from '../api/client';
import type { AccountKind, ChannelAccount, ConnectionTest, Item, Publication, PublicationDetail, Report } from '../api/views';
import { AccountForm, CredentialsForm, credentialLabel, type AccountInput } from '../components/account-form';
import { ErrorMessage } from '../components/error-message';
import { useLoad } from '../components/use-load';
import {
  accountKindName,
  accountStatusName,
  cancellableStates,
  channelName,
  day,
  instant,
  outcomeName,
  publicationEventName,
  publicationStateName,
  retryableStates,
  statusName,
  todayInVietnam,
} from '../format';
import { atLeast, useSession } from '../session';

/**
 * Phát hành: the outbox (publications of the unit's items on each account, their state, proof
 * link and log, retry and cancel), the unit's channel accounts (connect, test, delete; a banner
 * when one needs re-authorising), proofs recorded by hand for channels with no API (a radio
 * broadcast, a pano, a meeting), and the proof links of what is counted as published.
 */
export default function PublishingPage() {
  const { unit, role } = useSession();
  const today = todayInVietnam();
  const [period, setPeriod] = useState(today.slice(0, 7));
  const [state, setState] = useState('');
  const [channel, setChannel] = useState('');
  const kinds = useLoad(() => unwrap<AccountKind[]>(client.GET('/api/channel-account-kinds')), []);
  const accounts = useLoad(
    () => unwrap<ChannelAccount[]>(client.GET('/api/units/{id}/channel-accounts', { params: { path: { id: unit!.id } } })),
    [unit!.id],
  );
  const items = useLoad(() => unwrap<Item[]>(client.GET('/api/items', { params: { query: { unitId: unit!.id } } })), [unit!.id]);
  const publications = useLoad(
    () =>
      unwrap<Publication[]>(
        client.GET('/api/publications', {
          params: { query: { unitId: unit!.id, ...(state ? { state: state as never } : {}), ...(channel ? { channel } : {}) } },
        }),
      ),
    [unit!.id, state, channel],
  );
  const report = useLoad(
    () => unwrapAs<Report>(client.GET('/api/units/{id}/reports', { params: { path: { id: unit!.id }, query: { period } } })),
    [unit!.id, period],
  );
  const apiChannels = new Set((kinds.data ?? []).filter((k) => k.mode === 'api').map((k) => k.channel));
  const byHand = (items.data ?? []).filter(
    (i) => ['approved', 'scheduled', 'published'].includes(i.status) && i.channels.some((c) => !apiChannels.has(c)),
  );
  const refresh = () => (publications.reload(), accounts.reload(), report.reload(), items.reload());
  const needsReauth = (accounts.data ?? []).filter((a) => a.status === 'needs-reauth');
  const titles = new Map((items.data ?? []).map((i) => [i.id, i.title]));
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <>
      <h1>Phát hành</h1>
      {needsReauth.length > 0 && (
        <div role="alert" className="banner">
          <p>
            <strong>Cần kết nối lại {needsReauth.length === 1 ? 'tài khoản kênh' : `${needsReauth.length} tài khoản kênh`}:</strong> các
            lượt phát hành trên tài khoản này đang chờ. Bấm “Cập nhật thông tin đăng nhập” ở tài khoản trong mục “Tài khoản kênh”, nhập
            thông tin mới, rồi gửi lại các lượt đang chờ.
          </p>
          <ul>
            {needsReauth.map((a) => (
              <li key={a.id}>
                {a.name} ({channelName(a.channel)}){a.statusReason ? ` — ${a.statusReason}` : ''}{' '}
                {atLeast(role, 'unit_admin') && (
                  <a href={`#account-${a.id}`} onClick={() => setEditing(a.id)}>
                    Cập nhật thông tin đăng nhập của {a.name}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Publications
        publications={publications}
        titles={titles}
        accounts={accounts.data ?? []}
        canAct={atLeast(role, 'approver')}
        filters={{ state, setState, channel, setChannel }}
        onChanged={refresh}
      />
      <Accounts
        unitId={unit!.id}
        accounts={accounts}
        kinds={kinds.data ?? []}
        publications={publications.data ?? []}
        canEdit={atLeast(role, 'unit_admin')}
        canRetry={atLeast(role, 'approver')}
        editing={editing}
        setEditing={setEditing}
        onChanged={refresh}
      />
      <section aria-labelledby="ready-title">
        <h2 id="ready-title">Ghi nhận bài đăng bằng tay</h2>
        <p className="meta">
          Cho các kênh không có API (đài truyền thanh, pano, hội nghị…): ghi nhận bài đã đăng kèm đường dẫn hoặc ghi chú. Kênh có API được
          ghi nhận tự động khi đăng xong.
        </p>
        <ErrorMessage error={items.error} />
        {items.data && byHand.length === 0 && <p>Chưa có nội dung đã duyệt nào cần ghi nhận bằng tay.</p>}
        <ul className="item-list">
          {byHand.map((item) => (
            <li key={item.id} className="card">
              <Link href={`/noi-dung/${item.id}`}>{item.title}</Link> <span className="meta">· {statusName[item.status]}</span>
              {atLeast(role, 'editor') && (
                <ProofForm item={item} channels={item.channels.filter((c) => !apiChannels.has(c))} today={today} onRecorded={refresh} />
              )}
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
                      <Link href={`/noi-dung/${p.itemId}`}>{clip(titles.get(p.itemId) ?? 'Nội dung đã xóa')}</Link>
                      <div className="meta">{p.taskId ? `Nhiệm vụ ${p.taskId}. ${clip(p.title)}` : clip(p.title)}</div>
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

type Loaded<T> = { data: T | undefined; error: unknown; reload: () => void; loading: boolean };

function Publications({
  publications,
  titles,
  accounts,
  canAct,
  filters,
  onChanged,
}: {
  publications: Loaded<Publication[]>;
  titles: Map<string, string>;
  accounts: ChannelAccount[];
  canAct: boolean;
  filters: { state: string; setState: (s: string) => void; channel: string; setChannel: (c: string) => void };
  onChanged: () => void;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string | null>(null);
  const accountName = new Map(accounts.map((a) => [a.id, a.name]));
  const channels = [...new Set(accounts.map((a) => a.channel))];
  async function act(p: Publication, action: 'retry' | 'cancel') {
    setError(undefined);
    setNotice(null);
    try {
      const path = action === 'retry' ? '/api/publications/{id}/retry' : '/api/publications/{id}/cancel';
      const after = await unwrap<Publication>(client.POST(path, { params: { path: { id: p.id } } }));
      setNotice(
        `${action === 'retry' ? 'Đã đưa vào hàng đợi gửi lại' : 'Đã hủy'}: “${titles.get(p.itemId) ?? 'nội dung'}” trên ${channelName(p.channel)} (${publicationStateName[after.state] ?? after.state}).`,
      );
      onChanged();
    } catch (e) {
      setError(e);
    }
  }
  return (
    <section aria-labelledby="publications-title">
      <h2 id="publications-title">Lượt phát hành</h2>
      <div className="toolbar">
        <div className="inline">
          <label htmlFor="publication-state">Trạng thái lượt phát hành</label>
          <select id="publication-state" value={filters.state} onChange={(e) => filters.setState(e.target.value)}>
            <option value="">Tất cả</option>
            {Object.entries(publicationStateName).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <div className="inline">
          <label htmlFor="publication-channel">Kênh</label>
          <select id="publication-channel" value={filters.channel} onChange={(e) => filters.setChannel(e.target.value)}>
            <option value="">Tất cả</option>
            {channels.map((c) => (
              <option key={c} value={c}>
                {channelName(c)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="secondary" onClick={onChanged}>
          Làm mới
        </button>
      </div>
      <ErrorMessage error={publications.error ?? error} />
      {notice && (
        <p role="status" className="ok">
          {notice}
        </p>
      )}
      {publications.data?.length === 0 && <p>Chưa có lượt phát hành nào{filters.state || filters.channel ? ' theo bộ lọc này' : ''}.</p>}
      {publications.data && publications.data.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Bảng lượt phát hành, cuộn ngang được">
          <table className="publications">
            <thead>
              <tr>
                <th scope="col">Nội dung</th>
                <th scope="col">Kênh và tài khoản</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Lần gửi</th>
                <th scope="col">Cập nhật</th>
                <th scope="col">Minh chứng</th>
                <th scope="col">Thao tác</th>
              </tr>
            </thead>
            <tbody>
              {publications.data.map((p) => (
                <tr key={p.id} data-state={p.state}>
                  <td>
                    <Link href={`/noi-dung/${p.itemId}`}>{titles.get(p.itemId) ?? 'Nội dung'}</Link>
                  </td>
                  <td>
                    {channelName(p.channel)}
                    <br />
                    <span className="meta">{accountName.get(p.accountId) ?? 'tài khoản đã xóa'}</span>
                  </td>
                  <td>
                    <span className={`state state-${p.state}`}>{publicationStateName[p.state] ?? p.state}</span>
                    {p.lastError && <div className="meta">{p.lastError}</div>}
                  </td>
                  <td>{p.attempts}</td>
                  <td>{instant(p.updatedAt)}</td>
                  <td>
                    {p.url ? (
                      <a href={p.url} target="_blank" rel="noreferrer noopener">
                        Xem bài đăng
                      </a>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    <div className="actions">
                      <button
                        type="button"
                        className="secondary"
                        aria-expanded={open === p.id}
                        onClick={() => setOpen(open === p.id ? null : p.id)}
                      >
                        Nhật ký
                      </button>
                      {canAct && retryableStates.includes(p.state) && (
                        <button type="button" onClick={() => void act(p, 'retry')}>
                          Gửi lại
                        </button>
                      )}
                      {canAct && cancellableStates.includes(p.state) && (
                        <button type="button" className="secondary" onClick={() => void act(p, 'cancel')}>
                          Hủy
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && (
        <PublicationLogCard
          id={open}
          // The log is read again when the publication changes (a retry, a refresh that shows a new attempt).
          changed={publications.data?.find((p) => p.id === open)?.updatedAt ?? ''}
          title={titles.get(publications.data?.find((p) => p.id === open)?.itemId ?? '') ?? 'Nội dung'}
        />
      )}
    </section>
  );
}

function PublicationLogCard({ id, changed, title }: { id: string; changed: string; title: string }) {
  const detail = useLoad(
    () => unwrap<PublicationDetail>(client.GET('/api/publications/{id}', { params: { path: { id } } })),
    [id, changed],
  );
  return (
    <div className="card" aria-live="polite">
      <h3>Nhật ký gửi: {title}</h3>
      <ErrorMessage error={detail.error} />
      {detail.data?.log.length === 0 && <p>Chưa có lần gửi nào.</p>}
      <ol className="publication-log">
        {detail.data?.log.map((l, i) => (
          <li key={i}>
            {instant(l.at)} — lần {l.attempt}: {publicationEventName[l.event] ?? l.event}
            {l.outcome ? `, ${outcomeName[l.outcome] ?? l.outcome}` : ''} → {publicationStateName[l.state] ?? l.state}
            {typeof l.answer?.reason === 'string' && <span className="log-reason">. Lý do: {l.answer.reason}</span>}
            {l.url && (
              <>
                {' '}
                (
                <a href={l.url} target="_blank" rel="noreferrer noopener">
                  đường dẫn
                </a>
                )
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

function Accounts({
  unitId,
  accounts,
  kinds,
  publications,
  canEdit,
  canRetry,
  editing,
  setEditing,
  onChanged,
}: {
  unitId: string;
  accounts: Loaded<ChannelAccount[]>;
  kinds: AccountKind[];
  publications: Publication[];
  canEdit: boolean;
  canRetry: boolean;
  editing: string | null;
  setEditing: (id: string | null) => void;
  onChanged: () => void;
}) {
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  // The account whose credentials were just replaced: its publications still waiting can be sent again.
  const [renewed, setRenewed] = useState<ChannelAccount | null>(null);
  const kindOf = (a: ChannelAccount) => kinds.find((k) => k.channel === a.channel && k.kind === a.kind);
  const waiting = renewed ? publications.filter((p) => p.accountId === renewed.id && p.state === 'needs-reauth') : [];
  async function run(f: () => Promise<{ ok: boolean; text: string }>): Promise<boolean> {
    setError(undefined);
    setNotice(null);
    let done = false;
    try {
      setNotice(await f());
      done = true;
    } catch (e) {
      setError(e);
    }
    // A failed test may have marked the account for re-authorising: the list and banner follow.
    onChanged();
    return done;
  }
  const test = (a: ChannelAccount) =>
    run(async () => {
      const r = await unwrap<ConnectionTest>(
        client.POST('/api/units/{id}/channel-accounts/{accountId}/test', { params: { path: { id: unitId, accountId: a.id } } }),
      );
      return { ok: r.ok, text: `${a.name}: ${r.message}` };
    });
  const remove = (a: ChannelAccount) =>
    run(async () => {
      await unwrap(client.DELETE('/api/units/{id}/channel-accounts/{accountId}', { params: { path: { id: unitId, accountId: a.id } } }));
      return { ok: true, text: `Đã xóa tài khoản ${a.name}.` };
    });
  const renew = (a: ChannelAccount, input: AccountInput) =>
    run(async () => {
      setRenewed(null);
      const after = await unwrap<ChannelAccount>(
        client.PATCH('/api/units/{id}/channel-accounts/{accountId}', {
          params: { path: { id: unitId, accountId: a.id } },
          body: { name: input.name, credentials: input.credentials },
        }),
      );
      setEditing(null);
      setRenewed(after);
      return { ok: true, text: `Đã lưu thông tin đăng nhập mới của ${after.name}; tài khoản hoạt động trở lại.` };
    });
  const retryWaiting = (a: ChannelAccount, list: Publication[]) =>
    run(async () => {
      for (const p of list) await unwrap(client.POST('/api/publications/{id}/retry', { params: { path: { id: p.id } } }));
      setRenewed(null);
      return { ok: true, text: `Đã đưa ${list.length} lượt phát hành của ${a.name} vào hàng đợi gửi lại.` };
    });
  const connect = (input: AccountInput) =>
    run(async () => {
      const a = await unwrap<ChannelAccount>(
        client.POST('/api/units/{id}/channel-accounts', { params: { path: { id: unitId } }, body: input }),
      );
      return { ok: true, text: `Đã kết nối tài khoản ${a.name} (${channelName(a.channel)}).` };
    });
  return (
    <section aria-labelledby="accounts-title">
      <h2 id="accounts-title">Tài khoản kênh</h2>
      <ErrorMessage error={accounts.error ?? error} />
      {notice && (
        <p role="status" className={notice.ok ? 'ok' : 'error'}>
          {notice.text}
        </p>
      )}
      {renewed && canRetry && waiting.length > 0 && (
        <p>
          <button type="button" onClick={() => void retryWaiting(renewed, waiting)}>
            Gửi lại {waiting.length} lượt phát hành đang chờ {renewed.name}
          </button>
        </p>
      )}
      {accounts.data?.length === 0 && <p>Đơn vị chưa có tài khoản kênh nào.</p>}
      <ul className="account-list">
        {accounts.data?.map((a) => (
          <li key={a.id} id={`account-${a.id}`} className={`card account${a.status === 'needs-reauth' ? ' needs-reauth' : ''}`}>
            <strong>{a.name}</strong>{' '}
            <span className="meta">
              · {channelName(a.channel)} · {accountKindName[a.kind] ?? a.kind}
            </span>
            <div>
              Trạng thái: <span className={a.status === 'active' ? 'ok' : 'warn'}>{accountStatusName[a.status] ?? a.status}</span>
              {a.statusReason ? ` — ${a.statusReason}` : ''}
            </div>
            {a.credentialKeys.length > 0 && (
              <div className="meta">
                Thông tin đăng nhập đã lưu (không hiển thị): {a.credentialKeys.map((k) => credentialLabel(kindOf(a), k)).join(', ')}
              </div>
            )}
            {canEdit && (
              <div className="actions">
                {a.kind !== 'pull' && (
                  <button type="button" className="secondary" onClick={() => void test(a)} aria-label={`Kiểm tra kết nối ${a.name}`}>
                    Kiểm tra kết nối
                  </button>
                )}
                {kindOf(a) && a.kind !== 'pull' && (
                  <button
                    type="button"
                    className={a.status === 'needs-reauth' ? undefined : 'secondary'}
                    aria-expanded={editing === a.id}
                    aria-controls={`credentials-form-${a.id}`}
                    onClick={() => setEditing(editing === a.id ? null : a.id)}
                    aria-label={`Cập nhật thông tin đăng nhập của ${a.name}`}
                  >
                    Cập nhật thông tin đăng nhập
                  </button>
                )}
                <button type="button" className="secondary" onClick={() => void remove(a)} aria-label={`Xóa tài khoản ${a.name}`}>
                  Xóa
                </button>
              </div>
            )}
            {canEdit && editing === a.id && kindOf(a) && (
              <div id={`credentials-form-${a.id}`} className="credentials-form">
                <p className="meta">
                  Nhập lại đầy đủ thông tin đăng nhập: thông tin mới thay toàn bộ thông tin cũ, chỉ được ghi, không bao giờ hiện lại.
                </p>
                <CredentialsForm kind={kindOf(a)!} account={a} onSubmit={(input) => renew(a, input)} />
              </div>
            )}
          </li>
        ))}
      </ul>
      {canEdit && kinds.length > 0 && (
        <details className="card">
          <summary>Kết nối tài khoản mới</summary>
          <AccountForm kinds={kinds} onSubmit={connect} />
        </details>
      )}
    </section>
  );
}

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

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

function ProofForm({ item, channels, today, onRecorded }: { item: Item; channels: string[]; today: string; onRecorded: () => void }) {
  const [channel, setChannel] = useState(channels[0] ?? '');
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
      await unwrap(
        client.POST('/api/items/{id}/proofs', {
          params: { path: { id: item.id } },
          body: { channel, publishedAt: iso, ...(url.trim() ? { url: url.trim() } : {}) },
        }),
      );
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
          {channels.map((c) => (
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
