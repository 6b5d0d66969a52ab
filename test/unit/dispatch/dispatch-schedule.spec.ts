/** The dispatch worker's intervals on @nestjs/schedule: the hourly removal of expired download files is one of them, and goes with the others at shutdown. */
import { expect } from 'chai';
import { mock } from 'node:test';
import { SchedulerRegistry } from '@nestjs/schedule';
import type { DispatchConfig } from '../../../config/env.schema.js';
import { SystemClock } from '../../../src/modules/common/clock.js';
import type { DownloadLinkStore } from '../../../src/modules/dispatch/adapter-ports.js';
import { DispatchSchedule, DOWNLOADS_SWEEP_MS } from '../../../src/modules/dispatch/dispatch-schedule.js';
import type { Dispatcher } from '../../../src/modules/dispatch/dispatcher.service.js';
import type { OutgoingWebhooks } from '../../../src/modules/dispatch/outgoing-webhooks.service.js';

describe('dispatch schedule', () => {
  afterEach(() => mock.timers.reset());

  it('sweeps expired download files every hour on a worker, and stops at shutdown', () => {
    mock.timers.enable({ apis: ['setInterval'] });
    const sweeps: Date[] = [];
    const downloads = { sweepExpired: async (now: Date) => (sweeps.push(now), 0) } as unknown as DownloadLinkStore;
    const dispatcher = { tick: async () => 0, sweep: async () => 0 } as unknown as Dispatcher;
    const webhooks = { deliverDue: async () => 0 } as unknown as OutgoingWebhooks;
    const registry = new SchedulerRegistry();
    const schedule = new DispatchSchedule(
      { dispatch: { worker: true, tickMs: 60_000 } as DispatchConfig },
      registry,
      dispatcher,
      webhooks,
      downloads,
      new SystemClock(),
    );
    schedule.onApplicationBootstrap();
    expect(registry.getIntervals()).to.include('dispatch-downloads-sweep');
    mock.timers.tick(DOWNLOADS_SWEEP_MS - 1);
    expect(sweeps).to.have.length(0);
    mock.timers.tick(1);
    expect(sweeps).to.have.length(1);
    mock.timers.tick(DOWNLOADS_SWEEP_MS);
    expect(sweeps).to.have.length(2);
    schedule.onApplicationShutdown();
    expect(registry.getIntervals()).to.deep.equal([]);
  });

  it('runs no sweep on a node that serves HTTP only (DISPATCH_WORKER=false)', () => {
    const registry = new SchedulerRegistry();
    const never = {} as never;
    new DispatchSchedule(
      { dispatch: { worker: false, tickMs: 1000 } as DispatchConfig },
      registry,
      never,
      never,
      never,
      new SystemClock(),
    ).onApplicationBootstrap();
    expect(registry.getIntervals()).to.deep.equal([]);
  });
});
