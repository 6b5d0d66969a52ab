import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useLocation } from 'wouter';
import { z } from 'zod';
import { client, unwrap } from '../api/client';
import { textField } from '../api/limits';
import type { LoginAnswer } from '../api/views';
import { ErrorMessage } from '../components/error-message';
import { useSession } from '../session';

const schema = z.object({
  username: textField('LoginDto', 'username', 'Tên đăng nhập').min(1, { message: 'Tên đăng nhập: không được để trống.' }),
  password: textField('LoginDto', 'password', 'Mật khẩu').min(1, { message: 'Mật khẩu: không được để trống.' }),
});
type Form = z.infer<typeof schema>;

export function LoginPage() {
  const session = useSession();
  const [, navigate] = useLocation();
  const [error, setError] = useState<unknown>();
  const { register, handleSubmit, formState } = useForm<Form>({ resolver: zodResolver(schema) });
  const onSubmit = handleSubmit(async (values) => {
    setError(undefined);
    try {
      await unwrap<LoginAnswer>(client.POST('/api/auth/login', { body: values }));
      await session.signedIn();
      navigate('/');
    } catch (e) {
      setError(e);
    }
  });
  return (
    <main id="main" className="login">
      <h1>Đăng nhập</h1>
      <p className="lead">Loa — kế hoạch tuyên truyền cải cách hành chính</p>
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="username">Tên đăng nhập</label>
          <input
            id="username"
            autoComplete="username"
            aria-invalid={!!formState.errors.username}
            aria-describedby="username-error"
            {...register('username')}
          />
          <span id="username-error" className="field-error">
            {formState.errors.username?.message}
          </span>
        </div>
        <div className="field">
          <label htmlFor="password">Mật khẩu</label>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            aria-invalid={!!formState.errors.password}
            aria-describedby="password-error"
            {...register('password')}
          />
          <span id="password-error" className="field-error">
            {formState.errors.password?.message}
          </span>
        </div>
        <ErrorMessage error={error} />
        <button type="submit" disabled={formState.isSubmitting}>
          Đăng nhập
        </button>
      </form>
    </main>
  );
}
