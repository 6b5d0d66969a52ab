import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readFile } from 'node:fs/promises';
import type { DataSource } from 'typeorm';
import type { ChannelAdapter } from '../../../channels/channel-adapter.js';
import { createAdapterRegistry, AdapterRegistry } from '../../../channels/registry.js';
import { assertChannelsReady } from '../../../channels/startup-check.js';
import { loadAdapterLimits } from '../../../config/channels/adapter-limits.loader.js';
import { Clock } from '../common/clock.js';
import { rawQuery } from '../database/raw-sql.js';
import { loadMediaProfiles } from '../../../config/channels/media-profiles.loader.js';
import type { AccountTokenStore } from './account-token-store.js';
import { PULL_KIND } from './channel-accounts.service.js';
import { ChannelAdapters } from './channel-adapters.js';

/** The adapters Loa ships (channels/registry.ts), given the real ports: global fetch, the clock, the file system, the database token store. */
export function shippedAdapters(clock: Clock, tokens: AccountTokenStore): ChannelAdapter[] {
  return createAdapterRegistry({
    ports: { fetch: (url, init) => fetch(url, init), clock, files: { read: async (path) => new Uint8Array(await readFile(path)) }, tokens },
    limits: loadAdapterLimits(),
  }).adapters.slice();
}

/** Start-up fails, with every problem listed, when an account in use has no adapter or a media profile exceeds its adapter. */
@Injectable()
export class ChannelsBootCheck implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly adapters: ChannelAdapters,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const inUse = await rawQuery<{ channel: string; kind: string }>(this.db, `SELECT DISTINCT "channel", "kind" FROM "channel_accounts" WHERE "deletedAt" IS NULL AND "kind" <> $1`, [PULL_KIND]);
    const profiles = loadMediaProfiles();
    assertChannelsReady({ registry: new AdapterRegistry(this.adapters.all()), inUse, mediaProfiles: profiles.channels });
  }
}
