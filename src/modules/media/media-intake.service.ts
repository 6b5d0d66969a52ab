/**
 * Takes an upload in: refuse an over-long declared length, stream it to a staging file
 * behind a byte counter, find out what it really is from its bytes, check it against each
 * target channel's profile (and the slot's duration), and only then store it under its
 * content address. A refused upload leaves nothing in the media directory.
 */
import { DomainError } from '../../domain/errors/domain-error.js';
import { checkAttachment, type MediaProblem, type SlotDuration } from '../../domain/media/media-profile.check.js';
import { MEDIA_KINDS, type ChannelMediaProfile, type MediaKind, type MediaProfiles } from '../../../config/channels/media-profile.types.js';
import { KIND_NAME, extensionMismatch, MediaProber, type MediaProbeResult } from './media-probe.js';
import { MediaStore, type StoredMedia, type UploadSource } from './media-store.js';
import { assertDeclaredSize, payloadTooLarge } from './upload-size.guard.js';

export interface IntakeRequest {
  source: UploadSource;
  /** Declared length (Content-Length, multipart part size), when the client gave one. */
  declaredBytes?: number | null;
  /** The client's file name: only for messages and the extension check, never for the type. */
  name?: string;
  /** Channels the file is for: it must fit those of them that carry its kind. */
  channels?: string[];
  /** The slot it fills: its duration range applies to audio and video. */
  slot?: SlotDuration | null;
  /** Kinds wanted here (e.g. only pictures for a cover). */
  expect?: MediaKind[];
}

export interface IntakeResult {
  stored: StoredMedia;
  media: MediaProbeResult;
}

export class MediaIntake {
  constructor(
    private readonly profiles: MediaProfiles,
    private readonly store: MediaStore,
    private readonly prober: MediaProber,
  ) {}

  /** Profiles of the target channels; an unknown channel is refused. */
  private targets(channels: string[] = []): ChannelMediaProfile[] {
    return channels.map((c) => {
      const p = this.profiles.channels[c];
      if (!p) throw new DomainError('MEDIA_CHANNEL_UNKNOWN', `Kênh "${c}" không có hồ sơ đa phương tiện.`, { channel: c });
      return p;
    });
  }

  /** Largest upload for a kind: the global limit, lowered by every target channel that carries that kind. */
  limitFor(kind: MediaKind, channels: string[] = []): number {
    const relevant = this.targets(channels).filter((p) => p.accepts.includes(kind));
    return Math.min(this.profiles.maxUploadBytes[kind], ...relevant.map((p) => p.maxUploadBytes[kind]));
  }

  /** Limit applied while the kind is still unknown: the largest any acceptable kind allows. */
  streamLimit(channels: string[] = [], expect?: MediaKind[]): number {
    const targets = this.targets(channels);
    const kinds = MEDIA_KINDS.filter(
      (k) => (!expect || expect.includes(k)) && (targets.length === 0 || targets.some((p) => p.accepts.includes(k))),
    );
    return Math.max(0, ...kinds.map((k) => this.limitFor(k, channels)));
  }

  async accept(req: IntakeRequest): Promise<IntakeResult> {
    const targets = this.targets(req.channels);
    const limit = this.streamLimit(req.channels, req.expect);
    assertDeclaredSize(req.declaredBytes, limit);
    const staged = await this.store.stage(req.source, { maxBytes: limit });
    try {
      const media = await this.prober.probe(staged.tempPath, { verify: true, expect: req.expect, name: req.name });
      if (req.name) {
        const mismatch = extensionMismatch(req.name, media);
        if (mismatch) throw mismatch;
      }
      const kindLimit = this.limitFor(media.kind, req.channels);
      if (media.bytes > kindLimit) throw payloadTooLarge(media.bytes, kindLimit, false);
      if (targets.length > 0) this.assertFits(targets, media, req.slot);
      const stored = await this.store.commit(staged, media.ext);
      return { stored, media };
    } catch (error) {
      await this.store.discard(staged);
      throw error;
    }
  }

  private assertFits(targets: ChannelMediaProfile[], media: MediaProbeResult, slot: SlotDuration | null | undefined): void {
    const relevant = targets.filter((p) => p.accepts.includes(media.kind));
    if (relevant.length === 0) {
      throw new DomainError(
        'MEDIA_KIND_NOT_ACCEPTED',
        `Không kênh nào trong ${targets.map((p) => p.label).join(', ')} nhận tệp ${KIND_NAME[media.kind]}.`,
        { kind: media.kind, channels: targets.map((p) => p.channel) },
      );
    }
    const problems: MediaProblem[] = relevant.flatMap((p) => checkAttachment(p, media, { slot }));
    if (problems.length === 1) throw new DomainError(problems[0]!.code, problems[0]!.message, { problems });
    if (problems.length > 1)
      throw new DomainError('MEDIA_CHECK_FAILED', `Tệp chưa đạt yêu cầu của kênh:\n${problems.map((p) => `- ${p.message}`).join('\n')}`, {
        problems,
      });
  }
}
