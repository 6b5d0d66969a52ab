/**
 * The boot check (STYLE.md, idea 5): every channel in use has an adapter, and no media
 * profile promises more than its adapter can carry. Pure; src/modules/dispatch/ calls
 * `assertChannelsReady` at start and the process stops with every problem listed.
 */
import type { ChannelAdapter, Problem } from './channel-adapter.js';
import type { AdapterRegistry } from './registry.js';
import type { ChannelMediaProfile } from '../config/channels/media-profile.types.js';
import { DomainError } from '../src/domain/errors/domain-error.js';

export interface ChannelInUse {
  channel: string;
  /** The account's adapter kind; omitted: the channel's only adapter. */
  kind?: string;
}

export function checkChannelsReady(input: {
  registry: AdapterRegistry;
  inUse: readonly ChannelInUse[];
  mediaProfiles: Readonly<Record<string, ChannelMediaProfile>>;
}): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const use of input.inUse) {
    const key = `${use.channel}/${use.kind ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const adapter = input.registry.find(use.channel, use.kind);
    if (!adapter) {
      const kinds = input.registry.forChannel(use.channel).map((a) => a.descriptor.kind);
      problems.push({
        code: 'CHANNEL_ADAPTER_MISSING',
        message: use.kind
          ? `Kênh "${use.channel}" đang dùng bộ chuyển "${use.kind}" nhưng Loa không có bộ này${kinds.length ? ` (có: ${kinds.join(', ')})` : ''}.`
          : kinds.length > 1
            ? `Kênh "${use.channel}" có nhiều bộ chuyển (${kinds.join(', ')}); tài khoản phải ghi rõ loại.`
            : `Kênh "${use.channel}" đang được dùng nhưng chưa có bộ chuyển kênh.`,
        evidence: { channel: use.channel, kind: use.kind ?? null, available: kinds },
      });
      continue;
    }
    const profile = input.mediaProfiles[use.channel];
    if (profile) problems.push(...profileExceeds(adapter, profile));
  }
  return problems;
}

/** Where a channel's media profile allows more than its adapter's hard limits. */
export function profileExceeds(adapter: ChannelAdapter, profile: ChannelMediaProfile): Problem[] {
  const hard = adapter.descriptor.hardLimits;
  const name = `${adapter.descriptor.channel}/${adapter.descriptor.kind}`;
  const problems: Problem[] = [];
  const over = (what: string, field: string, profileValue: number | undefined, hardValue: number | undefined, unit: string) => {
    if (profileValue === undefined || hardValue === undefined || profileValue <= hardValue) return;
    problems.push({
      code: 'MEDIA_PROFILE_EXCEEDS_ADAPTER',
      message: `Hồ sơ đa phương tiện của kênh "${adapter.descriptor.channel}" cho phép ${what} ${profileValue} ${unit}, bộ chuyển ${name} chỉ nhận tối đa ${hardValue} ${unit}.`,
      evidence: { channel: adapter.descriptor.channel, kind: adapter.descriptor.kind, field, profile: profileValue, hardLimit: hardValue },
    });
  };
  over('tiêu đề', 'titleMax', profile.text.titleMax, hard.titleMax, 'ký tự');
  over('tóm tắt', 'summaryMax', profile.text.descriptionMax, hard.summaryMax, 'ký tự');
  over('tác giả', 'authorMax', profile.text.authorMax, hard.authorMax, 'ký tự');
  over('nội dung', 'bodyMax', profile.text.bodyMax, hard.bodyMax, 'ký tự');
  const imageMax = Math.max(0, ...profile.renditions.filter((r) => r.kind === 'pixel').map((r) => r.maxBytes));
  over('ảnh', 'imageMaxBytes', imageMax || undefined, hard.imageMaxBytes, 'byte');
  over('âm thanh dài', 'audioMaxSec', profile.audio?.duration?.maxSec, hard.audioMaxSec, 'giây');
  return problems;
}

export function assertChannelsReady(input: Parameters<typeof checkChannelsReady>[0]): void {
  const problems = checkChannelsReady(input);
  if (problems.length === 0) return;
  throw new DomainError(
    'CHANNELS_NOT_READY',
    `Không khởi động được phần đăng phát: ${problems.length} vấn đề về kênh.\n${problems.map((p) => `- ${p.message}`).join('\n')}`,
    {
      problems: problems.map((p) => ({ code: p.code, message: p.message, ...p.evidence })),
    },
  );
}
