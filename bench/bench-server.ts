import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { login } from '../test/support/fixtures.js';

/** Listens on an ephemeral loopback port and logs `username` in (test password): what a bench client needs. */
export async function listenAndLogin(app: NestFastifyApplication, username: string): Promise<{ port: number; token: string }> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.getHttpServer().address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const { token } = await login(`http://127.0.0.1:${port}`, username);
  return { port, token };
}
