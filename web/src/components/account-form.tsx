import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { textField } from '../api/limits';
import type { AccountKind } from '../api/views';
import { accountKindName, channelName } from '../format';

export interface AccountInput {
  channel: string;
  kind: string;
  name: string;
  credentials: Record<string, string>;
}

/** The form's own schema for one kind: the account's name limits from the DTO, each credential field required or not as its adapter says. */
export function accountSchema(kind: AccountKind) {
  const credentials: Record<string, z.ZodTypeAny> = {};
  for (const f of kind.credentials) {
    let s = z.string().trim();
    if (f.required) s = s.min(1, { message: `${f.label}: không được để trống.` });
    credentials[f.key] =
      f.kind === 'url'
        ? s.refine((v) => v === '' || /^https?:\/\/\S+$/.test(v), {
            message: `${f.label}: phải là địa chỉ bắt đầu bằng http:// hoặc https://.`,
          })
        : s;
  }
  return z.object({ name: textField('CreateChannelAccountDto', 'name', 'Tên tài khoản'), credentials: z.object(credentials) });
}

/**
 * Connect a channel account: pick the channel and the kind (WordPress, Zalo OA, a signed
 * webhook, an external system that pulls), then the credential fields that kind's adapter
 * declares. Secrets are password fields, never filled back: the API stores them sealed and
 * only ever answers with their names.
 */
export function AccountForm({ kinds, onSubmit }: { kinds: AccountKind[]; onSubmit: (input: AccountInput) => Promise<boolean> }) {
  const choices = kinds.filter((k) => k.mode === 'api' || k.mode === 'pull');
  const [choice, setChoice] = useState(choices[0] ? `${choices[0].channel}|${choices[0].kind}` : '');
  const kind = choices.find((k) => `${k.channel}|${k.kind}` === choice);
  if (!kind) return <p>Không có loại tài khoản nào kết nối được.</p>;
  return (
    <div className="account-form">
      <div className="field">
        <label htmlFor="account-kind">Kênh và loại tài khoản</label>
        <select id="account-kind" value={choice} onChange={(e) => setChoice(e.target.value)}>
          {choices.map((k) => (
            <option key={`${k.channel}|${k.kind}`} value={`${k.channel}|${k.kind}`}>
              {channelName(k.channel)} — {accountKindName[k.kind] ?? k.kind}
            </option>
          ))}
        </select>
      </div>
      <KindFields key={choice} kind={kind} onSubmit={onSubmit} idPrefix="account" submitLabel="Kết nối tài khoản" />
    </div>
  );
}

/**
 * New credentials for an existing account (after the channel refused the old ones): the same
 * fields as when it was connected, all empty (the API never gives the stored values back);
 * they replace the stored ones whole and make the account active again.
 */
export function CredentialsForm({
  kind,
  account,
  onSubmit,
}: {
  kind: AccountKind;
  account: { id: string; name: string };
  onSubmit: (input: AccountInput) => Promise<boolean>;
}) {
  return (
    <KindFields
      kind={kind}
      onSubmit={onSubmit}
      idPrefix={`credentials-${account.id}`}
      accountName={account.name}
      submitLabel="Lưu thông tin đăng nhập mới"
    />
  );
}

/** A stored credential's name as a person reads it: the adapter's label without its hint in brackets. */
export function credentialLabel(kind: AccountKind | undefined, key: string): string {
  const label = kind?.credentials.find((f) => f.key === key)?.label ?? credentialNames[key] ?? 'Thông tin khác';
  return label.replace(/\s*\(.*\)\s*$/, '');
}

/** Names of credential fields an adapter no longer declares (or that a token refresh added). */
const credentialNames: Record<string, string> = {
  baseUrl: 'Địa chỉ trang',
  username: 'Tên đăng nhập',
  applicationPassword: 'Mật khẩu ứng dụng',
  accessToken: 'Mã truy cập',
  refreshToken: 'Mã làm mới',
  accessExpiresAt: 'Hạn của mã truy cập',
  appId: 'Mã ứng dụng',
  secretKey: 'Khóa bí mật',
  pageId: 'Mã trang',
  pageAccessToken: 'Mã truy cập của trang',
  url: 'Địa chỉ nhận',
  secret: 'Khóa ký',
  token: 'Mã truy cập',
};

function KindFields({
  kind,
  onSubmit,
  idPrefix,
  submitLabel,
  accountName,
}: {
  kind: AccountKind;
  onSubmit: (input: AccountInput) => Promise<boolean>;
  idPrefix: string;
  submitLabel: string;
  accountName?: string;
}) {
  const schema = useMemo(() => accountSchema(kind), [kind]);
  const defaults = {
    name: accountName ?? `${channelName(kind.channel)} (${accountKindName[kind.kind] ?? kind.kind})`,
    credentials: Object.fromEntries(kind.credentials.map((f) => [f.key, ''])),
  };
  const { register, handleSubmit, formState, reset } = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
  });
  const submit = handleSubmit(async (v) => {
    const credentials = Object.fromEntries(Object.entries(v.credentials as Record<string, string>).filter(([, value]) => value !== ''));
    // Secrets leave the page once the account is stored; a refused form keeps them for correction.
    if (await onSubmit({ channel: kind.channel, kind: kind.kind, name: v.name, credentials })) reset(defaults);
  });
  const errors = formState.errors as { name?: { message?: string }; credentials?: Record<string, { message?: string } | undefined> };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={`${idPrefix}-name`}>Tên tài khoản</label>
        <input
          id={`${idPrefix}-name`}
          autoComplete="off"
          aria-invalid={!!errors.name}
          aria-describedby={errors.name ? `${idPrefix}-name-error` : undefined}
          {...register('name')}
        />
        {errors.name && (
          <span id={`${idPrefix}-name-error`} className="field-error">
            {errors.name.message}
          </span>
        )}
      </div>
      {kind.credentials.map((f) => {
        const id = `${idPrefix}-${f.key}`;
        const error = errors.credentials?.[f.key]?.message;
        return (
          <div className="field" key={f.key}>
            <label htmlFor={id}>
              {f.label}
              {f.required ? '' : ' (không bắt buộc)'}
            </label>
            <input
              id={id}
              type={f.kind === 'secret' ? 'password' : f.kind === 'url' ? 'url' : 'text'}
              autoComplete={f.kind === 'secret' ? 'new-password' : 'off'}
              spellCheck={false}
              aria-invalid={!!error}
              aria-describedby={error ? `${id}-error` : undefined}
              {...register(`credentials.${f.key}` as 'name')}
            />
            {error && (
              <span id={`${id}-error`} className="field-error">
                {error}
              </span>
            )}
          </div>
        );
      })}
      {kind.mode === 'pull' && (
        <p className="meta">
          Hệ thống ngoài nhận các lượt phát hành bằng khóa API mục đích “Phát hành”; không cần thông tin đăng nhập ở đây.
        </p>
      )}
      <button type="submit" disabled={formState.isSubmitting}>
        {submitLabel}
      </button>
    </form>
  );
}
