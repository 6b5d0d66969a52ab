import type { ChannelAdapter, Dispatch } from '../../../channels/channel-adapter.js';
import { type PublicationState, type RetryPolicy, settle } from '../../domain/dispatch/publication-state.js';
import { type AttemptResult, attemptDispatch } from './dispatch-attempt.js';

export interface SendReport {
  state: PublicationState;
  remoteId: string | null;
  url: string | null;
  attempts: number;
  reason: string | null;
}

/**
 * One publication, in this process, with the outbox's rules: attempts through
 * `attemptDispatch`, each outcome settled by the same `settle`, waiting as it says (backoff
 * with jitter, Retry-After) between attempts, a look-up before anything after an unknown
 * outcome, and the first attempt a look-up too, so running the same command twice never posts
 * twice. For `loa channels send`, which tests a channel the way the dispatcher would use it.
 */
export async function sendUntilSettled(
  adapter: ChannelAdapter,
  base: Omit<Dispatch, 'attempt'>,
  policy: RetryPolicy,
  io: {
    now: () => Date;
    sleep: (ms: number) => Promise<void>;
    random: () => number;
    onAttempt?: (n: number, r: AttemptResult, state: PublicationState, waitMs: number | null) => void;
  },
): Promise<SendReport> {
  let lookupFirst = Boolean(adapter.lookup);
  let remoteId = base.remoteId;
  for (let attempt = 1; ; attempt++) {
    const result = await attemptDispatch(adapter, { ...base, remoteId, attempt }, lookupFirst);
    const s = settle(result.outcome, attempt, io.now(), policy, io.random, Boolean(adapter.lookup));
    if (s.remoteId) remoteId = s.remoteId;
    const waitMs = s.nextAttemptAt ? Math.max(0, s.nextAttemptAt.getTime() - io.now().getTime()) : null;
    io.onAttempt?.(attempt, result, s.state, waitMs);
    if (waitMs === null)
      return { state: s.state, remoteId: remoteId ?? null, url: s.url ?? null, attempts: attempt, reason: s.error ?? null };
    if (s.refundAttempt) attempt--;
    lookupFirst = s.state === 'unconfirmed';
    await io.sleep(waitMs);
  }
}
