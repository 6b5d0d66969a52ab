/**
 * Server process for the queue benchmark: the app on the given DATABASE_URL, one commune with
 * an active plan whose portal task has many slots (10 a week in 2026), and N approved items.
 * Prints one JSON line (port, token, unit, items).
 */
import 'reflect-metadata';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseConfig } from '../config/env.schema.js';
import { createApp } from '../src/bootstrap.js';
import { systemActor } from '../src/modules/access/principal.js';
import { Clock } from '../src/modules/common/clock.js';
import { ContentService } from '../src/modules/content/content.service.js';
import { PlansService } from '../src/modules/plans/plans.service.js';
import { openReviewKeys } from '../src/domain/plan/plan-identity.js';
import { seedTree } from '../test/support/fixtures.js';
import { listenAndLogin } from './bench-server.js';

class StartOfYear extends Clock {
  now(): Date {
    return new Date('2026-01-01T01:00:00.000Z');
  }
}

async function main(): Promise<void> {
  const [url, countArg] = process.argv.slice(2);
  const items = Number(countArg ?? 400);
  const dir = mkdtempSync(join(tmpdir(), 'loa-bench-queue-'));
  const config = parseConfig(
    { DATABASE_URL: url, DATA_DIR: dir, LOG_LEVEL: 'warn', LOA_SECRET_KEYS: `b:${randomBytes(32).toString('base64')}` },
    process.cwd(),
  );
  const app = await createApp(config, { clock: new StartOfYear() });
  const tree = await seedTree(app, `q${Date.now()}`);
  const plans = app.get(PlansService);
  let plan = await plans.import(systemActor, tree.communeA.id, readFileSync('examples/ke-hoach-tuyen-truyen-cchc-2026.txt'), 'kh.txt');
  const task = plan.document.tasks.find((t) => t.channels.includes('web-portal') && t.quota)!;
  plan = await plans.patchTask(systemActor, plan.id, task.id, plan.rowVersion, { quotaText: '10 tin, bài/tuần' });
  await plans.activate(systemActor, plan.id, plan.rowVersion, { acknowledge: openReviewKeys(plan.document) });
  const content = app.get(ContentService);
  const ids: { id: string; version: number }[] = [];
  for (let i = 0; i < items; i++) {
    let item = await content.create(systemActor, tree.communeA.id, {
      title: `Tin ${i}`,
      channels: ['web-portal'],
      planId: plan.id,
      taskId: task.id,
    });
    item = await content.act(systemActor, item.id, item.version, 'submit', undefined);
    item = await content.act(systemActor, item.id, item.version, 'approve', undefined);
    ids.push({ id: item.id, version: item.version });
  }
  const { port, token } = await listenAndLogin(app, tree.users.editor.username);
  console.log(JSON.stringify({ port, token, planId: plan.id, unitId: tree.communeA.id, items: ids }));
}

void main();
