/**
 * Media: the channel profiles, the sharp wrapper, probes, the content-addressed store under
 * `config.mediaDir`, intake and renditions. Plain classes built by factories, so each can
 * be swapped in tests.
 */
import { Module } from '@nestjs/common';
import { ChannelCatalogue } from '../../../config/channels/channel-catalogue.js';
import type { AppConfig } from '../../../config/env.schema.js';
import type { MediaProfiles } from '../../../config/channels/media-profile.types.js';
import { APP_CONFIG } from '../common/app-config.token.js';
import { AudioProbe } from './audio-probe.js';
import { ImageProcessor } from './image-processor.js';
import { MediaIntake } from './media-intake.service.js';
import { MediaProber } from './media-probe.js';
import { MediaStore } from './media-store.js';
import { MediaMaintenance } from './media-maintenance.service.js';
import { RenditionService } from './rendition.service.js';

/** Injection token for the media profiles (the channel catalogue's, loaded once at start). */
export const MEDIA_PROFILES = Symbol('MEDIA_PROFILES');

const providers = [
  { provide: MEDIA_PROFILES, useFactory: (c: ChannelCatalogue): MediaProfiles => c.mediaProfiles, inject: [ChannelCatalogue] },
  {
    provide: ImageProcessor,
    useFactory: (p: MediaProfiles) => new ImageProcessor({ maxInputPixels: p.maxInputPixels }),
    inject: [MEDIA_PROFILES],
  },
  { provide: AudioProbe, useFactory: () => new AudioProbe() },
  { provide: MediaProber, useFactory: (i: ImageProcessor, a: AudioProbe) => new MediaProber(i, a), inject: [ImageProcessor, AudioProbe] },
  { provide: MediaStore, useFactory: (c: AppConfig) => new MediaStore(c.mediaDir), inject: [APP_CONFIG] },
  {
    provide: MediaIntake,
    useFactory: (p: MediaProfiles, s: MediaStore, m: MediaProber) => new MediaIntake(p, s, m),
    inject: [MEDIA_PROFILES, MediaStore, MediaProber],
  },
  { provide: RenditionService, useFactory: (i: ImageProcessor) => new RenditionService(i), inject: [ImageProcessor] },
];

@Module({ providers: [...providers, MediaMaintenance], exports: providers.map((p) => p.provide) })
export class MediaModule {}
