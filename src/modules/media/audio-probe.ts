/**
 * Reads an audio (or video container's) duration, bitrate and codec with music-metadata.
 * MPEG audio is scanned frame by frame (`duration: true`), so a VBR file without a Xing
 * header still gets its true length.
 */
import { parseBuffer, parseFile } from 'music-metadata';
import { DomainError } from '../../domain/errors/domain-error.js';

export interface AudioFacts {
  durationSec: number | null;
  /** Bits per second, when known. */
  bitrate: number | null;
  sampleRate: number | null;
  channels: number | null;
  codec: string | null;
  container: string | null;
}

export class AudioProbe {
  /** `mimeType` (as detected from the bytes) helps music-metadata pick its parser for buffers. */
  async probe(input: Buffer | string, mimeType?: string): Promise<AudioFacts> {
    const options = { duration: true, skipCovers: true, skipPostHeaders: true };
    let format;
    try {
      const meta =
        typeof input === 'string' ? await parseFile(input, options) : await parseBuffer(input, { mimeType, size: input.length }, options);
      format = meta.format;
    } catch (error) {
      throw new DomainError('AUDIO_UNREADABLE', 'Không đọc được tệp âm thanh/video: tệp bị hỏng hoặc định dạng không hỗ trợ.', {
        cause: error instanceof Error ? error.message : String(error),
      });
    }
    const duration = format.duration;
    return {
      durationSec: duration !== undefined && Number.isFinite(duration) && duration > 0 ? duration : null,
      bitrate: format.bitrate !== undefined && Number.isFinite(format.bitrate) ? Math.round(format.bitrate) : null,
      sampleRate: format.sampleRate ?? null,
      channels: format.numberOfChannels ?? null,
      codec: format.codec ?? null,
      container: format.container ?? null,
    };
  }
}
