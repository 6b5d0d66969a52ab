import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { Clock } from '../common/clock.js';
import { MediaStore } from './media-store.js';

/** Staging files older than this were left by an upload that died (a crash, a killed process). */
export const STALE_UPLOAD_MS = 6 * 3600_000;

/**
 * Clears staging files that no upload will finish. The interval is only the trigger; `sweep`
 * is safe to run twice, and on two nodes sharing the media folder at once (removing a file
 * already gone is not an error).
 */
@Injectable()
export class MediaMaintenance {
  private readonly logger = new Logger('media');

  constructor(
    private readonly store: MediaStore,
    private readonly clock: Clock,
  ) {}

  @Interval('media-staging-sweep', 3600_000)
  async tick(): Promise<void> {
    const removed = await this.sweep();
    if (removed > 0) this.logger.log({ removed }, 'staging files of unfinished uploads removed');
  }

  sweep(): Promise<number> {
    return this.store.sweepIncoming(STALE_UPLOAD_MS, this.clock.now().getTime());
  }
}
