import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import type { DispatchConfig } from '../../../config/env.schema.js';
import { APP_CONFIG } from '../common/app-config.token.js';
import { Clock } from '../common/clock.js';
import { DownloadLinkStore } from './adapter-ports.js';
import { Dispatcher } from './dispatcher.service.js';
import { OutgoingWebhooks } from './outgoing-webhooks.service.js';

/** How often signed download files past their expiry are deleted. */
export const DOWNLOADS_SWEEP_MS = 3600_000;

/**
 * Cron is a trigger: intervals on @nestjs/schedule's registry (the period comes from
 * configuration, so it cannot be a decorator constant) that call `dispatcher.tick(now)`,
 * `dispatcher.sweep(now)`, the outgoing webhooks' sender and, hourly, the removal of expired
 * download files (`DownloadLinkStore.sweepExpired`). Off when DISPATCH_WORKER=false (a node
 * that serves HTTP only).
 */
@Injectable()
export class DispatchSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('DispatchSchedule');

  constructor(
    @Inject(APP_CONFIG) private readonly config: { dispatch: DispatchConfig },
    private readonly registry: SchedulerRegistry,
    private readonly dispatcher: Dispatcher,
    private readonly webhooks: OutgoingWebhooks,
    private readonly downloads: DownloadLinkStore,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.dispatch.worker) return;
    const every = this.config.dispatch.tickMs;
    this.registry.addInterval(
      'dispatch-tick',
      setInterval(
        () => void this.dispatcher.tick(this.clock.now()).catch((e: unknown) => this.log.error(`tick: ${(e as Error).message}`)),
        every,
      ),
    );
    // Outgoing webhooks on their own interval: a slow receiver never holds up a dispatcher tick.
    let sending = false;
    this.registry.addInterval(
      'dispatch-webhooks',
      setInterval(() => {
        if (sending) return;
        sending = true;
        void this.webhooks
          .deliverDue(this.clock.now())
          .catch((e: unknown) => this.log.error(`webhooks: ${(e as Error).message}`))
          .finally(() => (sending = false));
      }, every),
    );
    this.registry.addInterval(
      'dispatch-sweep',
      setInterval(
        () => void this.dispatcher.sweep(this.clock.now()).catch((e: unknown) => this.log.error(`sweep: ${(e as Error).message}`)),
        every,
      ),
    );
    this.registry.addInterval(
      'dispatch-downloads-sweep',
      setInterval(
        () =>
          void this.downloads.sweepExpired(this.clock.now()).catch((e: unknown) => this.log.error(`downloads: ${(e as Error).message}`)),
        DOWNLOADS_SWEEP_MS,
      ),
    );
  }

  onApplicationShutdown(): void {
    for (const name of ['dispatch-tick', 'dispatch-sweep', 'dispatch-webhooks', 'dispatch-downloads-sweep']) {
      if (this.registry.doesExist('interval', name)) this.registry.deleteInterval(name);
    }
  }
}
