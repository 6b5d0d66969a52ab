import { ApiError } from '../api/client';

/** An API error as the person reads it: the Vietnamese message; its code stays in an attribute for support. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : 'Không kết nối được máy chủ. Vui lòng thử lại.';
  const code = error instanceof ApiError ? error.code : null;
  const names = error instanceof ApiError && Array.isArray(error.evidence.open) ? (error.evidence.open as { reason?: string }[]) : [];
  return (
    // The code is for support (data-code, and the tooltip), never part of the sentence a person reads.
    <div role="alert" className="error" data-code={code ?? undefined} title={code ? `Mã lỗi cho bộ phận hỗ trợ: ${code}` : undefined}>
      <p>{message}</p>
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
