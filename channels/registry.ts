/**
 * The one explicit list of adapters (STYLE.md, idea 10: providers registered in explicit
 * arrays). A new adapter is one folder plus one line in ADAPTER_FACTORIES. A factory returns
 * no adapter when a port it needs was not given, so the boot check names the channel.
 */
import type { ChannelAdapter } from './channel-adapter.js';
import type { AdapterLimits } from './adapter-limits.js';
import type { AdapterPorts } from './ports.js';
import { DomainError } from '../src/domain/errors/domain-error.js';
import { WebhookAdapter } from './webhook/webhook.adapter.js';
import { WordPressAdapter } from './wordpress/wordpress.adapter.js';
import { ZaloOaAdapter } from './zalo-oa/zalo-oa.adapter.js';

export interface AdapterDeps {
  ports: AdapterPorts;
  limits: AdapterLimits;
}

export type AdapterFactory = (deps: AdapterDeps) => readonly ChannelAdapter[];

export const ADAPTER_FACTORIES: readonly AdapterFactory[] = [
  ({ ports, limits }) => [new WebhookAdapter(ports, limits)],
  ({ ports, limits }) => [new WordPressAdapter(ports, limits)],
  ({ ports, limits }) => (ports.tokens ? [new ZaloOaAdapter({ ...ports, tokens: ports.tokens }, limits)] : []),
];

export class AdapterRegistry {
  private readonly byKey = new Map<string, ChannelAdapter>();

  constructor(readonly adapters: readonly ChannelAdapter[]) {
    for (const a of adapters) {
      const key = keyOf(a.descriptor.channel, a.descriptor.kind);
      if (this.byKey.has(key)) throw new DomainError('CHANNEL_ADAPTER_DUPLICATE', `Hai bộ chuyển kênh cùng đăng ký ${a.descriptor.channel}/${a.descriptor.kind}.`, { channel: a.descriptor.channel, kind: a.descriptor.kind });
      this.byKey.set(key, a);
    }
  }

  /** The adapter for a channel account; `kind` may be omitted when the channel has exactly one. */
  find(channel: string, kind?: string): ChannelAdapter | undefined {
    if (kind) return this.byKey.get(keyOf(channel, kind));
    const all = this.forChannel(channel);
    return all.length === 1 ? all[0] : undefined;
  }

  get(channel: string, kind?: string): ChannelAdapter {
    const found = this.find(channel, kind);
    if (found) return found;
    const kinds = this.forChannel(channel).map((a) => a.descriptor.kind);
    throw new DomainError(
      'CHANNEL_ADAPTER_MISSING',
      kinds.length === 0
        ? `Kênh "${channel}" chưa có bộ chuyển kênh nào.`
        : `Kênh "${channel}" không có bộ chuyển kênh "${kind ?? '(không ghi)'}"; có: ${kinds.join(', ')}.`,
      { channel, kind: kind ?? null, expected: kinds.join(', ') },
    );
  }

  forChannel(channel: string): ChannelAdapter[] {
    return this.adapters.filter((a) => a.descriptor.channel === channel);
  }

  channels(): string[] {
    return [...new Set(this.adapters.map((a) => a.descriptor.channel))];
  }
}

function keyOf(channel: string, kind: string): string {
  return `${channel}\u0000${kind}`;
}

export function createAdapterRegistry(deps: AdapterDeps, factories: readonly AdapterFactory[] = ADAPTER_FACTORIES): AdapterRegistry {
  return new AdapterRegistry(factories.flatMap((f) => f(deps)));
}
