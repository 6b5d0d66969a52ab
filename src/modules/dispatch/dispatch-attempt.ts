import type { ChannelAdapter, Dispatch, Outcome } from '../../../channels/channel-adapter.js';

export interface AttemptResult {
  event: 'send' | 'lookup' | 'check';
  outcome: Outcome;
}

/**
 * One attempt of one publication, the same for the dispatcher and `loa channels send`: the
 * adapter's checks first (media or text over a channel's limit is refused before sending);
 * when an earlier attempt's outcome is unknown, the channel is asked first and the item is
 * sent again only when it has nothing for the idempotency key; an adapter that throws may have
 * sent the request, so its outcome is unconfirmed.
 */
export async function attemptDispatch(adapter: ChannelAdapter, d: Dispatch, lookupFirst: boolean): Promise<AttemptResult> {
  const problems = adapter.check(d.item);
  if (problems.length > 0)
    return { event: 'check', outcome: { kind: 'permanent', code: 'CHANNEL_LIMITS', reason: problems.map((p) => p.message).join('; ') } };
  try {
    if (lookupFirst) {
      if (!adapter.lookup)
        return {
          event: 'lookup',
          outcome: { kind: 'unconfirmed', reason: 'Kênh không cho tra cứu: cần người kiểm tra trước khi gửi lại' },
        };
      const found = await adapter.lookup(d);
      if (found !== null) {
        // Anything but a settled answer leaves it unconfirmed: never a resend on a guess.
        const settled =
          found.kind === 'published' || found.kind === 'delivered' || found.kind === 'reauthorise' || found.kind === 'permanent';
        return {
          event: 'lookup',
          outcome: settled
            ? found
            : {
                kind: 'unconfirmed',
                reason: 'reason' in found ? found.reason : 'Tra cứu chưa trả lời',
                ...(found.kind === 'unconfirmed' ? { remoteId: found.remoteId, afterMs: found.afterMs } : {}),
              },
        };
      }
    }
    return { event: 'send', outcome: await adapter.send(d) };
  } catch (e) {
    return { event: 'send', outcome: { kind: 'unconfirmed', reason: `Lỗi không lường trước: ${(e as Error).message}` } };
  }
}
