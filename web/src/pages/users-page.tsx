import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { client, unwrap } from '../api/client';
import { textField } from '../api/limits';
import type { CreatedUser, Role, User } from '../api/views';
import { ErrorMessage } from '../components/error-message';
import { useLoad } from '../components/use-load';
import { roleName } from '../format';
import { useSession } from '../session';

const schema = z.object({
  username: z.string().regex(/^[a-zA-Z0-9._-]{3,100}$/, { message: 'Tên đăng nhập: 3–100 ký tự chữ không dấu, số, dấu chấm, gạch.' }),
  displayName: textField('CreateUserDto', 'displayName', 'Họ và tên').min(1, { message: 'Họ và tên: không được để trống.' }),
  role: z.enum(['viewer', 'editor', 'approver', 'unit_admin']),
});
type Form = z.infer<typeof schema>;

export default function UsersPage() {
  const { unit, units } = useSession();
  const users = useLoad(() => unwrap<User[]>(client.GET('/api/users')), []);
  const [error, setError] = useState<unknown>();
  const [created, setCreated] = useState<string | null>(null);
  const { register, handleSubmit, formState, reset } = useForm<Form>({ resolver: zodResolver(schema), defaultValues: { role: 'editor' } });
  const unitName = (id: string | null) => units.find((u) => u.id === id)?.name ?? 'mọi đơn vị';
  const onSubmit = handleSubmit(async (v) => {
    setError(undefined);
    try {
      const r = await unwrap<CreatedUser>(client.POST('/api/users', { body: { ...v, unitId: unit!.id } }));
      setCreated(`Đã tạo ${r.username}.${r.generatedPassword ? ` Mật khẩu (chỉ hiện một lần): ${r.generatedPassword}` : ''}`);
      reset({ username: '', displayName: '', role: v.role });
      users.reload();
    } catch (e) {
      setError(e);
    }
  });
  return (
    <>
      <h1>Người dùng và vai trò</h1>
      <ErrorMessage error={users.error ?? error} />
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Bảng số liệu, cuộn ngang được">
        <table>
          <thead>
            <tr>
              <th scope="col">Tên đăng nhập</th>
              <th scope="col">Họ và tên</th>
              <th scope="col">Vai trò</th>
            </tr>
          </thead>
          <tbody>
            {users.data?.map((u) => (
              <tr key={u.id}>
                <td>{u.username}</td>
                <td>{u.displayName}</td>
                <td>{(u.grants ?? []).map((g) => `${roleName[g.role as Role]} (${unitName(g.unitId)})`).join('; ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form onSubmit={onSubmit} noValidate className="card">
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
            {(['viewer', 'editor', 'approver', 'unit_admin'] as const).map((r) => (
              <option key={r} value={r}>
                {roleName[r]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Thêm người dùng</button>
        {created && (
          <p role="status" className="ok">
            {created}
          </p>
        )}
      </form>
    </>
  );
}
