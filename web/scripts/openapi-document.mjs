#!/usr/bin/env node
// Writes the API's OpenAPI document without a listening server: the Nest app is built on a
// throw-away SQLite file and the document is read through Fastify's inject(). The web app's
// types (openapi-typescript) and its form limits are generated from this file at build time,
// so the UI cannot drift from the DTOs.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = process.argv[2] ?? join(root, 'web', 'generated', 'openapi.json');
const { parseConfig } = await import(join(root, 'dist', 'config', 'env.schema.js'));
const { createApp } = await import(join(root, 'dist', 'src', 'bootstrap.js'));

const dir = mkdtempSync(join(tmpdir(), 'loa-openapi-'));
try {
  const config = parseConfig(
    {
      DATABASE_URL: `sqlite:${join(dir, 'loa.sqlite')}`,
      DATA_DIR: dir,
      LOG_LEVEL: 'silent',
      LOA_SECRET_KEYS: `doc:${randomBytes(32).toString('base64')}`,
    },
    root,
  );
  const app = await createApp(config);
  const res = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/api/docs/openapi.json' });
  await app.close();
  if (res.statusCode !== 200) throw new Error(`openapi.json answered ${res.statusCode}`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(JSON.parse(res.body), null, 2) + '\n');
  console.log(`OpenAPI: ${out}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
