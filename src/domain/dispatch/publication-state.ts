/**
 * The life of one publication (item × channel × account) in the outbox, as pure rules:
 * what an adapter's Outcome does to the state, when the next attempt may run (exponential
 * backoff with full jitter, Retry-After honoured, a cap on attempts), and which states a
 * person may retry or cancel. The dispatcher acts on Outcome.kind, never on a channel name.
 *
 *   queued → sending → published | delivered | unconfirmed | retrying | failed | needs-reauth
 *   delivered: handed over (radio, print shop) and awaiting the operator's confirmation.
 *   unconfirmed: the request may have landed; the next claim looks it up, never resends blindly.
 *   cancelled: by a person, from any state not yet final.
 */
import type { Outcome } from '../../../channels/channel-adapter.js';

export const publicationStates = [
  'queued',
  'sending',
  'published',
  'delivered',
  'unconfirmed',
  'retrying',
  'failed',
  'needs-reauth',
  'cancelled',
] as const;
export type PublicationState = (typeof publicationStates)[number];

/** States a worker may claim when nextAttemptAt has come. */
export const claimableStates: readonly PublicationState[] = ['queued', 'retrying', 'unconfirmed'];
/** States that end the publication (nothing more happens without a person). */
export const finalStates: readonly PublicationState[] = ['published', 'cancelled'];
/** A person may send these again (after fixing an account, or deciding an unconfirmed one did not land). */
export const retryableStates: readonly PublicationState[] = ['failed', 'needs-reauth', 'unconfirmed', 'retrying', 'delivered'];
export const cancellableStates: readonly PublicationState[] = ['queued', 'retrying', 'unconfirmed', 'failed', 'needs-reauth', 'delivered'];

export const stateLabels: Record<PublicationState, string> = {
  queued: 'chờ gửi',
  sending: 'đang gửi',
  published: 'đã đăng',
  delivered: 'đã chuyển, chờ xác nhận',
  unconfirmed: 'chưa xác nhận',
  retrying: 'chờ gửi lại',
  failed: 'gửi lỗi',
  'needs-reauth': 'cần kết nối lại tài khoản',
  cancelled: 'đã hủy',
};

/** An adapter's outcome kind as people read it (a log line on Phát hành, `loa channels send`); `refused`: the channel's limits. */
export const outcomeLabels: Record<Outcome['kind'] | 'refused', string> = {
  published: 'đã đăng',
  delivered: 'đã chuyển',
  retry: 'sẽ thử lại',
  permanent: 'lỗi không thử lại',
  reauthorise: 'cần cấp lại quyền',
  unconfirmed: 'chưa rõ đã đăng chưa',
  reschedule: 'dời giờ gửi',
  refused: 'không đạt yêu cầu kênh',
};

export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  capMs: number;
}

/** Full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"): uniform in [0, min(cap, base·2^(n−1))], never below Retry-After. */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number, retryAfterMs = 0): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(retryAfterMs, Math.floor(random() * ceiling));
}

export interface Settlement {
  state: PublicationState;
  /** null: no worker takes it again by itself. */
  nextAttemptAt: Date | null;
  remoteId?: string;
  url?: string;
  error?: string;
  /** A quiet-hours reschedule does not use up an attempt. */
  refundAttempt?: boolean;
  /** The account's credentials were refused. */
  accountNeedsReauth?: boolean;
  /** A person should hear of it (failed, needs re-authorisation, unconfirmed with nothing left to try). */
  notify?: boolean;
}

/**
 * What one Outcome of attempt `attempt` means. `lookupAvailable`: the adapter can ask the
 * channel whether an earlier attempt landed; without it an unconfirmed publication waits for
 * a person, since resending could publish twice.
 */
export function settle(
  outcome: Outcome,
  attempt: number,
  now: Date,
  policy: RetryPolicy,
  random: () => number,
  lookupAvailable: boolean,
): Settlement {
  const later = (ms: number) => new Date(now.getTime() + ms);
  switch (outcome.kind) {
    case 'published':
      return { state: 'published', nextAttemptAt: null, remoteId: outcome.remoteId, url: outcome.url };
    case 'delivered':
      return { state: 'delivered', nextAttemptAt: null, remoteId: outcome.remoteId };
    case 'retry':
      if (attempt >= policy.maxAttempts) return { state: 'failed', nextAttemptAt: null, error: outcome.reason, notify: true };
      return { state: 'retrying', nextAttemptAt: later(backoffMs(attempt, policy, random, outcome.afterMs ?? 0)), error: outcome.reason };
    case 'permanent':
      return { state: 'failed', nextAttemptAt: null, error: `${outcome.code}: ${outcome.reason}`, notify: true };
    case 'reauthorise':
      return { state: 'needs-reauth', nextAttemptAt: null, error: outcome.reason, accountNeedsReauth: true, notify: true };
    case 'unconfirmed':
      if (!lookupAvailable || attempt >= policy.maxAttempts)
        return { state: 'unconfirmed', nextAttemptAt: null, remoteId: outcome.remoteId, error: outcome.reason, notify: true };
      return {
        state: 'unconfirmed',
        nextAttemptAt: later(backoffMs(attempt, policy, random, outcome.afterMs ?? 0)),
        remoteId: outcome.remoteId,
        error: outcome.reason,
      };
    case 'reschedule':
      return { state: 'retrying', nextAttemptAt: outcome.notBefore, error: outcome.reason, refundAttempt: true };
  }
}
