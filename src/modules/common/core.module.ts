import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ChannelCatalogue } from '../../../config/channels/channel-catalogue.js';
import type { ChannelAdapter } from '../../../channels/channel-adapter.js';
import type { AppConfig } from '../../../config/env.schema.js';
import { resolveSecretKeys } from '../../../config/secret-keys.js';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { ReferenceData } from '../reference/reference-data.js';
import { SecretBox } from '../secrets/secret-box.js';
import { APP_CONFIG } from './app-config.token.js';
import { Clock, SystemClock } from './clock.js';

export interface CoreOverrides {
  clock?: Clock;
  /** The channel adapters dispatch uses instead of the shipped registry (a process talking to loopback channels). */
  channelAdapters?: readonly ChannelAdapter[];
}

/** The small injectable wrappers every capability may use: configuration, reference data and the channel catalogue, time, hashing, sealing. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, overrides: CoreOverrides = {}): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: config },
      { provide: Clock, useValue: overrides.clock ?? new SystemClock() },
      { provide: PasswordHasher, useValue: new PasswordHasher() },
      { provide: SecretBox, useFactory: () => new SecretBox(resolveSecretKeys(config)) },
      { provide: ReferenceData, useFactory: () => ReferenceData.load(config) },
      { provide: ChannelCatalogue, useFactory: (r: ReferenceData) => r.channels, inject: [ReferenceData] },
    ];
    return { module: CoreModule, providers, exports: providers.map((p) => p.provide) };
  }
}
