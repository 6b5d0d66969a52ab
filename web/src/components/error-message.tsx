import { ApiError } from '../api/client';

/** An API error as the person reads it: the Vietnamese message, and its code for support. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : 'Không kết nối được máy chủ. Vui lòng thử lại.';
  const code = error instanceof ApiError ? error.code : null;
  const names = error instanceof ApiError && Array.isArray(error.evidence.open) ? (error.evidence.open as { reason?: string }[]) : [];
  return (
    <div role="alert" className="error">
      <p>
        {message} {code && <small>({code})</small>}
      </p>
      {names.length > 0 && (
        <ul>
          {names.map((n, i) => (
            <li key={i}>{n.reason ?? JSON.stringify(n)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
