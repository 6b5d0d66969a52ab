/**
 * Channels with no API Loa can use (vnPortal without write access, meetings, posting at the
 * cultural house, the press, YouTube without an upload account): Loa sends nothing. The
 * outcome is `delivered` with a task for the operator, in Vietnamese, who publishes by hand and
 * records the proof (`POST /api/items/:id/proofs` with the channel, the URL and the date); only
 * that proof counts the item as published.
 */
import type { ChannelAdapter, ChannelDescriptor, Dispatch, OutgoingItem, Outcome, Problem } from '../channel-adapter.js';
import { compact, requiredProblem } from '../item-checks.js';

export class ManualAdapter implements ChannelAdapter {
  readonly descriptor: ChannelDescriptor;

  constructor(
    channel: string,
    private readonly label: string,
  ) {
    this.descriptor = { channel, kind: 'manual', mode: 'manual', credentials: [], hardLimits: {} };
  }

  check(item: OutgoingItem): readonly Problem[] {
    return compact([requiredProblem('title', item.title, this.label)]);
  }

  async send(d: Dispatch): Promise<Outcome> {
    const problems = this.check(d.item);
    if (problems.length) return { kind: 'permanent', code: problems[0]!.code, reason: problems[0]!.message };
    return {
      kind: 'delivered',
      detail: {
        action: 'record-proof',
        channel: this.descriptor.channel,
        task: `Đăng "${d.item.title}" trên ${this.label} rồi ghi nhận bằng chứng (đường dẫn hoặc ảnh chụp, ngày đăng) trong Loa.`,
        dueAt: d.dueAt.toISOString(),
      },
    };
  }
}
