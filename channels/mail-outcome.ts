/**
 * Sorting a mail sender's failure (SMTP, as nodemailer reports it: `code`, `responseCode`,
 * `command`, `syscall`) into an outcome. Only a failure known to come before the message was
 * handed over is a retry: a refused or unresolvable connection, a refused log-in, a 4xx
 * answer. nodemailer reports a connection closed in the middle of DATA as ECONNECTION/CONN,
 * the same as one closed before the greeting, so "Connection closed unexpectedly" is taken as
 * "may have been delivered" (unconfirmed: SMTP has no look-up, a person settles it).
 */
import type { Outcome } from './channel-adapter.js';

const NOT_CONNECTED = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH)\b/;

export function mailFailureOutcome(error: unknown, throttleRetryMs: number, what: string): Outcome {
  const e = (error ?? {}) as {
    code?: string;
    responseCode?: number;
    command?: string;
    message?: string;
    response?: string;
    syscall?: string;
  };
  // The server's own words (English SMTP replies, Node codes) are evidence; the reason says what happened.
  const evidence = {
    smtp: e.response ?? e.message ?? String(error),
    ...(e.code ? { code: e.code } : {}),
    ...(typeof e.responseCode === 'number' ? { responseCode: e.responseCode } : {}),
  };
  if (e.code === 'EAUTH' || e.responseCode === 535 || e.responseCode === 534 || e.responseCode === 530)
    return { kind: 'reauthorise', reason: `${what}: máy chủ thư từ chối đăng nhập`, evidence };
  if (typeof e.responseCode === 'number' && e.responseCode >= 400 && e.responseCode < 500)
    return { kind: 'retry', reason: `${what}: máy chủ thư tạm từ chối (mã ${e.responseCode})`, afterMs: throttleRetryMs, evidence };
  if (typeof e.responseCode === 'number' && e.responseCode >= 500)
    return {
      kind: 'permanent',
      code: `SMTP_${e.responseCode}`,
      reason: `${what}: máy chủ thư từ chối thư (mã ${e.responseCode})`,
      evidence,
    };
  if (
    e.code === 'EDNS' ||
    e.syscall === 'connect' ||
    e.syscall === 'getaddrinfo' ||
    NOT_CONNECTED.test(`${e.code ?? ''} ${e.message ?? ''}`)
  )
    return { kind: 'retry', reason: `${what}: không kết nối được máy chủ thư; thư chưa được gửi đi`, evidence };
  return { kind: 'unconfirmed', reason: `${what}: mất kết nối khi đang gửi; thư có thể đã đi, cần người kiểm tra`, evidence };
}
