import { useState } from 'react';
import { client, unwrap } from '../api/client';
import type { ApiKey } from '../api/views';
import { AdminOnly } from '../components/admin-only';
import { ErrorMessage } from '../components/error-message';
import { useLoad } from '../components/use-load';
import { channelName, instant, publicationChannels, purposeName } from '../format';
import { useSession } from '../session';

export default function ApiKeysPage() {
  return (
    <AdminOnly title="Khóa API">
      <ApiKeys />
    </AdminOnly>
  );
}

function ApiKeys() {
  const { unit } = useSession();
  const keys = useLoad(() => unwrap<ApiKey[]>(client.GET('/api/api-keys')), []);
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState('read');
  // A dispatch key claims only the channels it names (the API refuses one with none).
  const [channels, setChannels] = useState<string[]>([]);
  const dispatch = purpose === 'dispatch';
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  async function create() {
    setError(undefined);
    try {
      const r = await unwrap<ApiKey & { key: string }>(
        client.POST('/api/api-keys', {
          body: { unitId: unit!.id, purpose: purpose as never, name, ...(dispatch ? { channels: channels as never } : {}) },
        }),
      );
      setSecret(r.key);
      setName('');
      setChannels([]);
      keys.reload();
    } catch (e) {
      setError(e);
    }
  }
  async function revoke(id: string) {
    setError(undefined);
    try {
      await unwrap(client.DELETE('/api/api-keys/{id}', { params: { path: { id } } }));
      keys.reload();
    } catch (e) {
      setError(e);
    }
  }
  return (
    <>
      <h1>Khóa API</h1>
      <ErrorMessage error={keys.error ?? error} />
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Bảng số liệu, cuộn ngang được">
        <table>
          <thead>
            <tr>
              <th scope="col">Tên</th>
              <th scope="col">Mục đích</th>
              <th scope="col">Tiền tố</th>
              <th scope="col">Tạo lúc</th>
              <th scope="col">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {keys.data?.map((k) => (
              <tr key={k.id}>
                <td>{k.name}</td>
                <td>
                  {purposeName[k.purpose] ?? k.purpose}
                  {k.channels?.length ? `: ${k.channels.map(channelName).join(', ')}` : ''}
                </td>
                <td>
                  <code>{k.prefix}</code>
                </td>
                <td>{instant(k.createdAt)}</td>
                <td>
                  {k.revokedAt ? (
                    `Đã thu hồi ${instant(k.revokedAt)}`
                  ) : (
                    <button type="button" className="secondary" onClick={() => void revoke(k.id)}>
                      Thu hồi
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <h2>Tạo khóa cho {unit!.name}</h2>
        <div className="field">
          <label htmlFor="key-name">Tên khóa</label>
          <input id="key-name" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="key-purpose">Mục đích</label>
          <select id="key-purpose" value={purpose} onChange={(e) => setPurpose(e.target.value)}>
            {Object.entries(purposeName).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        {dispatch && (
          <fieldset className="field">
            <legend>Kênh khóa này được nhận việc đăng</legend>
            {publicationChannels.map((c: string) => (
              <label key={c} className="check">
                <input
                  type="checkbox"
                  checked={channels.includes(c)}
                  onChange={(e) => setChannels(e.target.checked ? [...channels, c] : channels.filter((x) => x !== c))}
                />{' '}
                {channelName(c)}
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit" disabled={!name.trim() || (dispatch && channels.length === 0)}>
          Tạo khóa
        </button>
        {secret && (
          <div className="field">
            <label htmlFor="key-secret">Khóa (chỉ hiện một lần, hãy lưu lại)</label>
            <input id="key-secret" readOnly value={secret} onFocus={(e) => e.target.select()} />
          </div>
        )}
      </form>
    </>
  );
}
