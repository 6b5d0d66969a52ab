/**
 * A server process for the http benchmark: `hello` is a bare Nest application on the same
 * Fastify adapter with one route; `loa` is the full application on a fresh SQLite file with a
 * seeded tree. Prints one JSON line {port, token?, unitId?} once listening.
 */
import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseConfig } from '../config/env.schema.js';
import { createApp } from '../src/bootstrap.js';
import { seedTree } from '../test/support/fixtures.js';
import { listenAndLogin } from './bench-server.js';

@Controller()
class HelloController {
  @Get('hello')
  hello(): { hello: string } {
    return { hello: 'world' };
  }
}

@Module({ controllers: [HelloController] })
class HelloModule {}

async function main(): Promise<void> {
  const mode = process.argv[2];
  if (mode === 'hello-express') {
    const app = await NestFactory.create(HelloModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    const addr = app.getHttpServer().address();
    console.log(JSON.stringify({ port: typeof addr === 'object' && addr ? addr.port : 0 }));
    return;
  }
  if (mode === 'hello') {
    const app = await NestFactory.create<NestFastifyApplication>(HelloModule, new FastifyAdapter(), { logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.getHttpServer().address();
    console.log(JSON.stringify({ port: typeof addr === 'object' && addr ? addr.port : 0 }));
    return;
  }
  if (mode === 'existing') {
    // An existing database (the calendar benchmark's): a person of the given role (default a system
    // admin) at the given unit to read it with.
    const dir = mkdtempSync(join(tmpdir(), 'loa-bench-http-'));
    const config = parseConfig(
      { DATABASE_URL: process.argv[3], DATA_DIR: dir, LOG_LEVEL: 'warn', LOA_SECRET_KEYS: `b:${randomBytes(32).toString('base64')}` },
      process.cwd(),
    );
    const app = await createApp(config);
    const unitId = process.argv[4];
    const { UsersService } = await import('../src/modules/accounts/users.service.js');
    const { systemActor } = await import('../src/modules/access/principal.js');
    const { roles } = await import('../src/modules/access/roles.js');
    const role = (process.argv[5] ?? 'system_admin') as (typeof roles)[number];
    if (!roles.includes(role)) throw new Error(`unknown role ${role}`);
    const username = `bench-${Date.now()}`;
    await app.get(UsersService).create(systemActor, { username, displayName: 'Bench', unitId, role, password: 'mat-khau-thu-nghiem-1' });
    const { port, token } = await listenAndLogin(app, username);
    console.log(JSON.stringify({ port, token, unitId, username }));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'loa-bench-http-'));
  const config = parseConfig(
    {
      DATABASE_URL: process.argv[3] ?? `sqlite:${join(dir, 'loa.sqlite')}`,
      DATA_DIR: dir,
      LOG_LEVEL: 'warn',
      LOA_SECRET_KEYS: `b:${randomBytes(32).toString('base64')}`,
    },
    process.cwd(),
  );
  const app = await createApp(config);
  const tree = await seedTree(app, `b${Date.now()}`);
  const { port, token } = await listenAndLogin(app, tree.users.editor.username);
  console.log(JSON.stringify({ port, token, unitId: tree.communeA.id }));
}

void main();
