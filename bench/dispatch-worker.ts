/**
 * One worker process of the dispatch benchmark.
 *   loa DATABASE_URL SECRET_KEYS DATA_DIR       the real application context (shipped adapters,
 *                                               the signed webhook among them): after "go" on
 *                                               stdin, tick until nothing is left to claim.
 *   pgboss DATABASE_URL BATCH URL SECRET         pg-boss 10 workers doing the same signed POST
 *                                               through the same WebhookAdapter, until the
 *                                               queue is empty.
 * Each prints "ready", waits for a line on stdin, then works until the coordinator stops it.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseConfig } from '../config/env.schema.js';
import { loadAdapterLimits } from '../config/channels/adapter-limits.loader.js';
import { WebhookAdapter } from '../channels/webhook/webhook.adapter.js';
import type { Dispatch } from '../channels/channel-adapter.js';
import { AppModule } from '../src/app.module.js';
import { Dispatcher } from '../src/modules/dispatch/dispatcher.service.js';
import { screenedFetch } from '../src/modules/dispatch/channels-boot.js';
import { OutboundScreen } from '../src/modules/dispatch/outbound-screen.js';

const [mode, url, a, b, c] = process.argv.slice(2);
const go = () => new Promise<void>((r) => createInterface({ input: process.stdin }).once('line', () => r()));
/** Requests in flight per pg-boss worker. */
const CONCURRENCY = 64;

async function pool<T>(items: readonly T[], limit: number, fn: (t: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

if (mode === 'loa') {
  // The production defaults of DISPATCH_BATCH and DISPATCH_CONCURRENCY unless LOA_BENCH_BATCH / LOA_BENCH_CONCURRENCY say otherwise.
  const overrides = {
    ...(process.env.LOA_BENCH_BATCH ? { DISPATCH_BATCH: process.env.LOA_BENCH_BATCH } : {}),
    ...(process.env.LOA_BENCH_CONCURRENCY ? { DISPATCH_CONCURRENCY: process.env.LOA_BENCH_CONCURRENCY } : {}),
  };
  const config = parseConfig(
    {
      DATABASE_URL: url,
      LOA_SECRET_KEYS: a,
      DATA_DIR: b,
      LOG_LEVEL: 'silent',
      DISPATCH_WORKER: 'false',
      OUTBOUND_ALLOW_HOSTS: '127.0.0.1',
      ...overrides,
      DATABASE_POOL_SIZE: '4',
    },
    process.cwd(),
  );
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'], abortOnError: false });
  await app.init();
  const dispatcher = app.get(Dispatcher);
  process.stdout.write('ready\n');
  await go();
  // The schedule's tick, called back to back (the interval would only add its idle gaps).
  for (;;) {
    const r = await dispatcher.tick(new Date(), 4);
    if (r.claimed === 0) await sleep(20);
  }
} else {
  const { default: PgBoss } = await import('pg-boss');
  const batchSize = Number(a);
  // The HTTP client Loa's adapters get (global fetch through the outbound screen's undici Agent; the receiver's host is listed, as for Loa's workers).
  const screen = new OutboundScreen({ outboundAllow: { hosts: [{ host: '127.0.0.1' }], cidrs: [] } });
  const webhook = new WebhookAdapter({ fetch: screenedFetch(screen), clock: { now: () => new Date() } }, loadAdapterLimits());
  const boss = new PgBoss({ connectionString: url, max: 4, supervise: false, schedule: false, migrate: false });
  boss.on('error', (e) => process.stderr.write(`pg-boss: ${String(e)}\n`));
  await boss.start();
  process.stdout.write('ready\n');
  await go();
  await boss.work<{ key: string; title: string; body: string }>('deliveries', { batchSize, pollingIntervalSeconds: 0.5 }, async (jobs) => {
    await pool(jobs, CONCURRENCY, async (job) => {
      const d: Dispatch = {
        publicationId: job.id,
        idempotencyKey: job.data.key,
        attempt: 1,
        item: { id: job.id, title: job.data.title, body: job.data.body, attachments: [] },
        credentials: { url: b, secret: c },
        settings: {},
        dueAt: new Date(),
      };
      // A failed job would fail its whole batch (pg-boss completes or fails a batch together), so a
      // delivery that timed out is tried again here; the receiver keeps one per delivery id.
      for (let attempt = 1; ; attempt++) {
        const outcome = await webhook.send({ ...d, attempt });
        if (outcome.kind === 'published') break;
        if (attempt >= 5) throw new Error(`delivery ${job.data.key}: ${outcome.kind}`);
      }
    });
  });
}
