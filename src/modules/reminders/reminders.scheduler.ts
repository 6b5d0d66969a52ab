import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import type { AppConfig } from '../../../config/env.schema.js';
import { APP_CONFIG } from '../common/app-config.token.js';
import { MailTransport } from './mail-transport.js';
import { RemindersService } from './reminders.service.js';

const INTERVAL = 'reminders.tick';

/** The trigger only: every REMINDER_INTERVAL_SECONDS (0: never; tests call tick themselves) it calls `tick`. */
@Injectable()
export class RemindersScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Reminders');
  private running = false;

  constructor(
    private readonly reminders: RemindersService,
    private readonly mail: MailTransport,
    private readonly registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.reminders.intervalSeconds;
    if (seconds <= 0) return;
    const handle = setInterval(() => void this.run(), seconds * 1000);
    handle.unref();
    this.registry.addInterval(INTERVAL, handle);
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.reminders.tick();
    } catch (e) {
      this.log.error(`Nhắc việc: ${(e as Error).message}`);
    } finally {
      this.running = false;
    }
  }

  onApplicationShutdown(): void {
    if (this.registry.doesExist('interval', INTERVAL)) this.registry.deleteInterval(INTERVAL);
    this.mail.close();
  }
}
