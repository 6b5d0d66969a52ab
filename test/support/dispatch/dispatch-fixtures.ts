import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { systemActor } from '../../../src/modules/access/principal.js';
import { ChannelAccountsService } from '../../../src/modules/dispatch/channel-accounts.service.js';
import { OutboxRepository } from '../../../src/modules/dispatch/outbox.repository.js';
import { rawQuery } from '../../../src/modules/database/raw-sql.js';

/** An echo account of a unit pointing at a loopback channel. */
export async function echoAccount(app: INestApplicationContext, unitId: string, url: string, channel = 'web-portal'): Promise<string> {
  const a = await app
    .get(ChannelAccountsService)
    .create(systemActor, unitId, { channel, kind: 'echo', name: 'Kênh thử', settings: { url }, credentials: { token: 'dung' } });
  return a.id;
}

/**
 * `n` published items of a unit, each with one queued publication on `accountId`, due at
 * `dueAt`: the state the publish transition leaves, written in bulk.
 */
export async function seedPublications(
  app: INestApplicationContext,
  unitId: string,
  accountId: string,
  n: number,
  dueAt: Date,
  channel = 'web-portal',
): Promise<string[]> {
  const db = app.get(DataSource);
  const outbox = app.get(OutboxRepository);
  const now = new Date().toISOString();
  const ids: string[] = [];
  for (let i = 0; i < n; i += 400) {
    const count = Math.min(400, n - i);
    const items = Array.from({ length: count }, (_, j) => ({ id: randomUUID(), title: `Tin số ${i + j + 1}` }));
    await db.transaction(async (m) => {
      const params: unknown[] = [];
      const tuples = items.map((it) => {
        const v = [it.id, unitId, JSON.stringify([channel]), it.title, '', '<p>Nội dung</p>', '[]', 'published', '[]', 1, now, now];
        const base = params.length;
        params.push(...v);
        return `(${v.map((_, k) => `$${base + k + 1}`).join(', ')})`;
      });
      await rawQuery(
        m,
        `INSERT INTO "content_items" ("id", "unitId", "channels", "title", "summary", "body", "tags", "status", "attachments", "version", "createdAt", "updatedAt") VALUES ${tuples.join(', ')}`,
        params,
      );
      const pubs = items.map((it) => {
        const id = randomUUID();
        return {
          id,
          unitId,
          itemId: it.id,
          channel,
          accountId,
          slotId: null,
          delivery: 'push' as const,
          idempotencyKey: `loa-${id}`,
          dueAt,
        };
      });
      ids.push(...(await outbox.insert(m, pubs, new Date())));
    });
  }
  return ids;
}
