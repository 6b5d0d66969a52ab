import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type AppConfig, parseConfig } from '../../config/env.schema.js';
import { createApp, type CreateAppOptions } from '../../src/bootstrap.js';
import type { TestDatabase } from './test-databases.js';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  baseUrl: string;
  close(): Promise<void>;
}

export function testConfig(db: TestDatabase, extra: Record<string, string> = {}): { config: AppConfig; dataDir: string } {
  const dataDir = mkdtempSync(join(tmpdir(), 'loa-data-'));
  const config = parseConfig(
    {
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      PORT: '0',
      LOA_SECRET_KEYS: `t1:${randomBytes(32).toString('base64')}`,
      LOGIN_RATE_LIMIT: '1000/60',
      // Tests drive the dispatcher by calling tick/sweep themselves.
      DISPATCH_WORKER: 'false',
      ...extra,
    },
    process.cwd(),
  );
  return { config, dataDir };
}

/** A loopback port free right now: for an app whose PUBLIC_URL must name its port before it starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The whole application on a loopback port (ephemeral unless `extra.PORT` names one), over a fresh database. */
export async function startTestApp(db: TestDatabase, extra: Record<string, string> = {}, options: CreateAppOptions = {}): Promise<TestApp> {
  const { config, dataDir } = testConfig(db, extra);
  const app = await createApp(config, options);
  await app.listen({ port: config.port, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    config,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
