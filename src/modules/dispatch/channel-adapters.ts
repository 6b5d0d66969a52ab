import type { ChannelAdapter } from '../../../channels/channel-adapter.js';

/**
 * The adapters this process can use, by channel and kind (an account names both). Built once
 * at start from the registry in channels/ (or what a caller passes to AppModule.forRoot, as a
 * process that speaks to a loopback channel does); generic code asks for an adapter by the
 * account's channel and kind and then acts on Outcome.kind only.
 */
export class ChannelAdapters {
  private readonly byKey = new Map<string, ChannelAdapter>();

  constructor(adapters: readonly ChannelAdapter[]) {
    for (const a of adapters) {
      const key = `${a.descriptor.channel}\u0000${a.descriptor.kind}`;
      if (this.byKey.has(key)) throw new Error(`Two channel adapters for ${a.descriptor.channel}/${a.descriptor.kind}`);
      this.byKey.set(key, a);
    }
  }

  /** The adapter of an account: its channel and kind. */
  find(channel: string, kind: string): ChannelAdapter | undefined {
    return this.byKey.get(`${channel}\u0000${kind}`);
  }

  all(): ChannelAdapter[] {
    return [...this.byKey.values()];
  }

  /** A channel Loa publishes to through an API needs an account before an item for it is approved. */
  requiresAccount(channel: string): boolean {
    return this.all().some((a) => a.descriptor.channel === channel && a.descriptor.mode === 'api');
  }
}
