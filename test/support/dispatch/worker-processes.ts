import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from '../../../config/env.schema.js';

const script = fileURLToPath(new URL('./worker-process.js', import.meta.url));

/** The environment a worker needs to share the test app's database and secret keys. */
export function workerEnv(config: AppConfig, url: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'test',
    DATABASE_URL: url,
    DATA_DIR: config.dataDir,
    LOG_LEVEL: 'silent',
    LOA_SECRET_KEYS: config.secretKeys.map((k) => `${k.id}:${k.key.toString('base64')}`).join(','),
    DISPATCH_TICK_MS: '50',
    ...extra,
  };
}

/** Starts a worker and resolves once its dispatcher runs. */
export async function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--enable-source-maps', script, 'work'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', () => resolve());
    child.once('exit', (code) => reject(new Error(`worker exited with ${code} before it was ready`)));
  });
  return child;
}

/** Runs one token refresh in its own process; resolves with the pair it printed. */
export function refreshInProcess(
  env: Record<string, string>,
  accountId: string,
  stale: string,
  oauthUrl: string,
): Promise<{ accessToken: string; refreshToken: string }> {
  const child = spawn(process.execPath, ['--enable-source-maps', script, 'refresh', accountId, stale, oauthUrl], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`refresh process exited with ${code}`)),
    );
  });
}

export async function stopWorker(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill(signal);
  await exited;
}
