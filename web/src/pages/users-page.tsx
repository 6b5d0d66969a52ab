import { zodResolver } from '@hookform/resolvers/zod';
import { type FormEvent, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { client, unwrap } from '../api/client';
import { textField } from '../api/limits';
import type { CreatedUser, Grant, Role, Unit, User } from '../api/views';
import { AdminOnly } from '../components/admin-only';
import { ErrorMessage } from '../components/error-message';
import { useLoad } from '../components/use-load';
import { roleName } from '../format';
import { atLeast, useSession } from '../session';

const title = 'Người dùng và vai trò';
const unitRoles = ['viewer', 'editor', 'approver', 'unit_admin'] as const;

const schema = z.object({
  username: z.string().regex(/^[a-zA-Z0-9._-]{3,100}$/, { message: 'Tên đăng nhập: 3–100 ký tự chữ không dấu, số, dấu chấm, gạch.' }),
  displayName: textField('CreateUserDto', 'displayName', 'Họ và tên').min(1, { message: 'Họ và tên: không được để trống.' }),
  role: z.enum(unitRoles),
});
type Form = z.infer<typeof schema>;

export default function UsersPage() {
  return (
    <AdminOnly title={title}>
      <Users />
    </AdminOnly>
  );
}

/** The current unit and every unit under it that the person sees: where a unit admin may grant. */
function subtree(units: Unit[], root: Unit): Unit[] {
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...units.filter((u) => u.parentId === out[i].id));
  return out;
}

const grantLabel = (g: Grant) => `${roleName[g.role]}${g.unitName ? ` – ${g.unitName}` : ''}`;

function Users() {
  const { unit, units, role, user: me } = useSession();
  const users = useLoad(() => unwrap<User[]>(client.GET('/api/users')), []);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string | null>(null);
  const [grantUser, setGrantUser] = useState('');
  const [grantUnit, setGrantUnit] = useState(unit!.id);
  const [grantRole, setGrantRole] = useState<Role>('editor');
  const { register, handleSubmit, formState, reset } = useForm<Form>({ resolver: zodResolver(schema), defaultValues: { role: 'editor' } });
  const grantable = unitRoles.filter((r) => atLeast(role, r));
  const grantUnits = subtree(units, unit!);

  async function act(run: () => Promise<unknown>, message: string) {
    setError(undefined);
    setDone(null);
    try {
      await run();
      setDone(message);
      users.reload();
    } catch (e) {
      setError(e);
    }
  }
  const onCreate = handleSubmit(async (v) => {
    setError(undefined);
    setDone(null);
    try {
      const r = await unwrap<CreatedUser>(client.POST('/api/users', { body: { ...v, unitId: unit!.id } }));
      setDone(`Đã tạo ${r.username}.${r.generatedPassword ? ` Mật khẩu (chỉ hiện một lần): ${r.generatedPassword}` : ''}`);
      reset({ username: '', displayName: '', role: v.role });
      users.reload();
    } catch (e) {
      setError(e);
    }
  });
  const revoke = (u: User, g: Grant) =>
    act(
      () => unwrap(client.DELETE('/api/users/{id}/grants/{grantId}', { params: { path: { id: u.id, grantId: g.id } } })),
      `Đã thu hồi vai trò ${grantLabel(g)} của ${u.displayName}.`,
    );
  const setActive = (u: User, active: boolean) =>
    act(
      () => unwrap(client.PATCH('/api/users/{id}', { params: { path: { id: u.id } }, body: { active } })),
      active ? `Đã mở khóa tài khoản của ${u.displayName}.` : `Đã khóa tài khoản của ${u.displayName}.`,
    );
  const grant = (e: FormEvent) => {
    e.preventDefault();
    const u = users.data?.find((x) => x.id === grantUser);
    if (!u) return;
    const unitName = units.find((x) => x.id === grantUnit)?.name ?? '';
    void act(
      () => unwrap(client.POST('/api/users/{id}/grants', { params: { path: { id: u.id } }, body: { unitId: grantUnit, role: grantRole } })),
      `Đã cấp vai trò ${roleName[grantRole]} – ${unitName} cho ${u.displayName}.`,
    );
  };

  return (
    <>
      <h1>{title}</h1>
      <ErrorMessage error={users.error ?? error} />
      {done && (
        <p role="status" className="ok">
          {done}
        </p>
      )}
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Bảng người dùng, cuộn ngang được">
        <table>
          <thead>
            <tr>
              <th scope="col">Tên đăng nhập</th>
              <th scope="col">Họ và tên</th>
              <th scope="col">Vai trò theo đơn vị</th>
              <th scope="col">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {users.data?.map((u) => (
              <tr key={u.id}>
                <td>{u.username}</td>
                <td>{u.displayName}</td>
                <td>
                  {(u.grants ?? []).length === 0 ? (
                    '—'
                  ) : (
                    <ul className="grants">
                      {(u.grants ?? []).map((g) => (
                        <li key={g.id}>
                          {grantLabel(g)}{' '}
                          {g.unitId !== null && u.id !== me?.id && atLeast(role, g.role) && (
                            <button
                              type="button"
                              className="secondary"
                              aria-label={`Thu hồi vai trò ${grantLabel(g)} của ${u.displayName}`}
                              onClick={() => void revoke(u, g)}
                            >
                              Thu hồi
                            </button>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {u.active ? 'Đang hoạt động' : 'Đã khóa'}{' '}
                  {u.id !== me?.id && (
                    <button
                      type="button"
                      className="secondary"
                      aria-label={`${u.active ? 'Khóa' : 'Mở khóa'} tài khoản của ${u.displayName}`}
                      onClick={() => void setActive(u, !u.active)}
                    >
                      {u.active ? 'Khóa' : 'Mở khóa'}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form onSubmit={grant} className="card">
        <h2>Cấp vai trò</h2>
        <div className="field">
          <label htmlFor="grant-user">Người dùng</label>
          <select id="grant-user" value={grantUser} onChange={(e) => setGrantUser(e.target.value)}>
            <option value="">— Chọn người dùng —</option>
            {users.data?.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName} ({u.username})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="grant-unit">Đơn vị</label>
          <select id="grant-unit" value={grantUnit} onChange={(e) => setGrantUnit(e.target.value)}>
            {grantUnits.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="grant-role">Vai trò</label>
          <select id="grant-role" value={grantRole} onChange={(e) => setGrantRole(e.target.value as Role)}>
            {grantable.map((r) => (
              <option key={r} value={r}>
                {roleName[r]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={!grantUser}>
          Cấp vai trò
        </button>
      </form>
      <form onSubmit={onCreate} noValidate className="card">
        <h2>Thêm người dùng cho {unit!.name}</h2>
        <div className="field">
          <label htmlFor="new-username">Tên đăng nhập</label>
          <input id="new-username" aria-describedby="new-username-error" {...register('username')} />
          <span id="new-username-error" className="field-error">
            {formState.errors.username?.message}
          </span>
        </div>
        <div className="field">
          <label htmlFor="new-name">Họ và tên</label>
          <input id="new-name" aria-describedby="new-name-error" {...register('displayName')} />
          <span id="new-name-error" className="field-error">
            {formState.errors.displayName?.message}
          </span>
        </div>
        <div className="field">
          <label htmlFor="new-role">Vai trò</label>
          <select id="new-role" {...register('role')}>
            {grantable.map((r) => (
              <option key={r} value={r}>
                {roleName[r]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Thêm người dùng</button>
      </form>
    </>
  );
}
