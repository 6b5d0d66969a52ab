/**
 * A Loa worker process for the multi-process tests: the real application context (no HTTP)
 * with the dispatcher's tick and sweeper on their schedule, speaking to a loopback echo
 * channel. `node worker-process.js work` runs until killed; `node worker-process.js refresh
 * ACCOUNT_ID STALE OAUTH_URL` refreshes one account's tokens through the database token store
 * and prints the pair it got. Configuration comes from the environment, as for `loa serve`.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { parseConfig } from '../../../config/env.schema.js';
import { AppModule } from '../../../src/app.module.js';
import { AccountTokenStore } from '../../../src/modules/dispatch/account-token-store.js';
import { EchoAdapter } from './echo-channel.js';

const [mode, accountId, stale, oauthUrl] = process.argv.slice(2);
const config = parseConfig({ ...process.env, DISPATCH_WORKER: mode === 'work' ? 'true' : 'false' }, process.cwd());
const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, { channelAdapters: [new EchoAdapter()] }), {
  logger: ['error'],
  abortOnError: false,
});
await app.init();
if (mode === 'work') {
  process.stdout.write('ready\n');
} else {
  const pair = await app.get(AccountTokenStore).refresh(accountId, stale, async (refreshToken) => {
    const res = await fetch(oauthUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ refresh_token: refreshToken, grant_type: 'refresh_token' }),
    });
    const json = (await res.json()) as { access_token?: string; refresh_token?: string; error?: number };
    if (!json.access_token || !json.refresh_token) throw new Error(`refresh refused: ${JSON.stringify(json)}`);
    return { accessToken: json.access_token, refreshToken: json.refresh_token };
  });
  process.stdout.write(`${JSON.stringify(pair)}\n`);
  await app.close();
  process.exit(0);
}
