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
import { FacebookAdapter } from './facebook/facebook.adapter.js';
import { RadioAdapter } from './radio/radio.adapter.js';
import { EmailAdapter } from './email/email.adapter.js';
import { ManualAdapter } from './manual/manual.adapter.js';
import { PrintAdapter } from './print/print.adapter.js';
import type { ChannelMediaProfile } from '../config/channels/media-profile.types.js';
import { CHANNEL_IDS } from '../config/channels/channel-ids.js';

/** How an operator's task names each channel (Vietnamese). */
const MANUAL_LABELS: Record<string, string> = {
  'web-portal': 'Cổng/Trang thông tin điện tử',
  radio: 'Đài truyền thanh',
  'zalo-oa': 'Zalo OA',
  facebook: 'Fanpage Facebook',
  youtube: 'YouTube',
  'led-screen': 'màn hình LED',
  pano: 'pano, áp phích',
  banner: 'băng rôn, khẩu hiệu',
  leaflet: 'tờ rơi',
  press: 'báo chí',
  bulletin: 'bản tin',
  posting: 'bảng niêm yết',
  email: 'thư điện tử',
  meeting: 'hội nghị',
  training: 'lớp tập huấn',
  contest: 'cuộc thi',
  performance: 'buổi sân khấu hóa',
};

export interface AdapterDeps {
  ports: AdapterPorts;
  limits: AdapterLimits;
  /** The resolved media profiles (config/channels/media-profiles.json): print sizes and screen sizes. */
  mediaProfiles?: Readonly<Record<string, ChannelMediaProfile>>;
}

/** Channels handed over as a file to a print shop or a screen operator. */
export const PRINT_CHANNELS = ['pano', 'banner', 'leaflet', 'led-screen'] as const;

export type AdapterFactory = (deps: AdapterDeps) => readonly ChannelAdapter[];

export const ADAPTER_FACTORIES: readonly AdapterFactory[] = [
  ({ ports, limits }) => [new WebhookAdapter(ports, limits)],
  ({ ports, limits }) => [new WordPressAdapter(ports, limits)],
  ({ ports, limits }) => (ports.tokens ? [new ZaloOaAdapter({ ...ports, tokens: ports.tokens }, limits)] : []),
  ({ ports, limits }) => [new FacebookAdapter(ports, limits)],
  ({ ports, limits }) => [new RadioAdapter(ports, limits)],
  ({ ports, limits }) => (ports.mail ? [new EmailAdapter({ ...ports, mail: ports.mail }, limits)] : []),
  ({ ports, limits, mediaProfiles }) => {
    const { mail, pdf } = ports;
    if (!mail || !pdf || !mediaProfiles) return [];
    return PRINT_CHANNELS.filter((c) => mediaProfiles[c]).map((c) => new PrintAdapter(mediaProfiles[c]!, { ...ports, mail, pdf }, limits));
  },
  // Every channel of the catalogue can be worked by hand: an account of kind "manual".
  () => CHANNEL_IDS.map((id) => new ManualAdapter(id, MANUAL_LABELS[id] ?? id)),
];

export class AdapterRegistry {
  private readonly byKey = new Map<string, ChannelAdapter>();

  constructor(readonly adapters: readonly ChannelAdapter[]) {
    for (const a of adapters) {
      const key = keyOf(a.descriptor.channel, a.descriptor.kind);
      if (this.byKey.has(key))
        throw new DomainError(
          'CHANNEL_ADAPTER_DUPLICATE',
          `Hai bộ chuyển kênh cùng đăng ký ${a.descriptor.channel}/${a.descriptor.kind}.`,
          { channel: a.descriptor.channel, kind: a.descriptor.kind },
        );
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
