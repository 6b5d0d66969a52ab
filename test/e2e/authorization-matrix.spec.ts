/**
 * Every route the application registers (read from Fastify's router as Nest registers them,
 * so a new route cannot be forgotten) is called as every role, anonymously, as a foreign
 * unit's admin, and with integration keys of the right and a wrong purpose; the status must
 * be the one listed. A route missing from the table fails the suite.
 */
import { expect } from 'chai';
import { systemActor } from '../../src/modules/access/principal.js';
import { UsersService } from '../../src/modules/accounts/users.service.js';
import { readFileSync } from 'node:fs';
import { PlansService } from '../../src/modules/plans/plans.service.js';
import { openReviewKeys } from '../../src/domain/plan/plan-identity.js';
import { CalendarService } from '../../src/modules/calendar/calendar.service.js';
import { AtomFeedsService } from '../../src/modules/feeds/atom-feeds.service.js';
import { ContentService } from '../../src/modules/content/content.service.js';
import { QueueService } from '../../src/modules/content/queue.service.js';
import { NotificationEntity } from '../../src/modules/notifications/notification.entity.js';
import { DataSource } from 'typeorm';
import { Clock } from '../../src/modules/common/clock.js';
import { photo } from '../integration/media/media-fixtures.js';
import { MediaStore } from '../../src/modules/media/media-store.js';
import { ChannelAccountsService } from '../../src/modules/dispatch/channel-accounts.service.js';
import { OutboxRepository } from '../../src/modules/dispatch/outbox.repository.js';
import { DownloadLinkStore } from '../../src/modules/dispatch/adapter-ports.js';
import { OutgoingWebhooks } from '../../src/modules/dispatch/outgoing-webhooks.service.js';

/** A fresh webhook endpoint of commune A for one call. */
const webhookA = async (fx: Fixture): Promise<string> =>
  (await fx.t.app.get(OutgoingWebhooks).create(systemActor, fx.tree.communeA.id, { url: 'http://127.0.0.1:1/loa-hook' })).endpoint.id;

/** Early in the example plan's year, so its calendar has free slots for every call. */
class January2026 extends Clock {
  now(): Date {
    return new Date('2026-01-05T02:00:00.000Z');
  }
}
import { createKey, login, PASSWORD, seedTree, type Tree } from '../support/fixtures.js';
import { ApiKeysService } from '../../src/modules/accounts/api-keys.service.js';
import { tokenHash } from '../../src/modules/accounts/tokens.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';

const principals = [
  'anonymous',
  'viewer',
  'editor',
  'approver',
  'unitAdmin',
  'systemAdmin',
  'foreign',
  'readKey',
  'wrongKey',
  // Issue 12's missing principals: keys of each purpose, of another unit, revoked; an ancestor
  // unit's admin; a user of a child unit only; another unit's non-admin; an expired session.
  'importKey',
  'dispatchKey',
  'otherUnitKey',
  'revokedKey',
  'provinceAdmin',
  'villageEditor',
  'foreignViewer',
  'expiredSession',
] as const;
type PrincipalName = (typeof principals)[number];
type Expect = Record<PrincipalName, number>;

interface Fixture {
  t: TestApp;
  tree: Tree;
  /** An active plan of commune A, its portal task with a quota, and an item of A. */
  planA: string;
  portalTask: string;
  itemA: string;
}
interface Call {
  path: string;
  body?: unknown;
  /** A multipart body instead of JSON. */
  form?: FormData;
}
interface Entry {
  expect: Expect;
  call: (fx: Fixture, who: PrincipalName) => Promise<Call> | Call;
  /** For list routes: ids that the foreign principal must not see in the answer. */
  hiddenFromForeign?: (fx: Fixture) => string[];
}

const all = (status: number): Expect => Object.fromEntries(principals.map((p) => [p, status])) as Expect;
/**
 * Users of unit A by role; foreign = unit admin of B; keys belong to unit A unless named.
 * The other principals follow from these unless a row says otherwise: the province's unit
 * admin acts as an admin of A; an editor of A's village only, and a viewer of B, see none of
 * A's objects (404) and otherwise act by their role; a read key of unit B is refused where a
 * read key is, and finds none of A's objects; a revoked key and an expired session are 401.
 */
const roleTable = (o: Partial<Expect> & { low: number; admin: number; foreign: number; readKey?: number }): Expect => {
  const readKey = o.readKey ?? 403;
  return {
    anonymous: 401,
    viewer: o.viewer ?? o.low,
    editor: o.editor ?? o.low,
    approver: o.approver ?? o.low,
    unitAdmin: o.admin,
    systemAdmin: o.admin,
    foreign: o.foreign,
    readKey,
    wrongKey: 403,
    importKey: o.importKey ?? 403,
    dispatchKey: o.dispatchKey ?? 403,
    otherUnitKey: o.otherUnitKey ?? (readKey !== 200 ? readKey : o.foreign === 404 ? 404 : 200),
    revokedKey: 401,
    provinceAdmin: o.provinceAdmin ?? o.admin,
    villageEditor: o.villageEditor ?? (o.foreign === 404 ? 404 : (o.editor ?? o.low)),
    foreignViewer: o.foreignViewer ?? (o.foreign === 404 ? 404 : (o.viewer ?? o.low)),
    expiredSession: 401,
  };
};

const newUserBody = (fx: Fixture) => ({
  username: `nguoi-moi-${Math.random().toString(36).slice(2, 10)}`,
  displayName: 'Người mới',
  unitId: fx.tree.communeA.id,
  role: 'viewer',
  password: 'mat-khau-dai-du-10',
});

const examplePlan = () => readFileSync('examples/ke-hoach-tuyen-truyen-cchc-2026.txt');
let drafts = 0;
/** A fresh draft plan of commune A (each call edits or activates its own, under its own number: the same plan is imported once). */
const draftA = (fx: Fixture) =>
  fx.t.app.get(PlansService).import(
    systemActor,
    fx.tree.communeA.id,
    Buffer.from(
      examplePlan()
        .toString('utf8')
        .replace('12/KH-UBND', `${1000 + ++drafts}/KH-UBND`),
    ),
    'kh.txt',
  );

/** A fresh item of commune A serving the active plan's portal task, moved along the workflow as far as asked. */
/** A fresh pull account of commune A. */
const accountA = (fx: Fixture) =>
  fx.t.app.get(ChannelAccountsService).create(systemActor, fx.tree.communeA.id, {
    channel: 'web-portal',
    kind: 'pull',
    name: `Tài khoản ${crypto.randomUUID().slice(0, 8)}`,
  });

/** A fresh publication of commune A's item, moved to `state`. */
async function publicationA(fx: Fixture, state: 'queued' | 'failed'): Promise<string> {
  const outbox = fx.t.app.get(OutboxRepository);
  const account = await accountA(fx);
  const id = crypto.randomUUID();
  await outbox.transaction(async (m) => {
    await outbox.insert(
      m,
      [
        {
          id,
          unitId: fx.tree.communeA.id,
          itemId: fx.itemA,
          channel: 'web-portal',
          accountId: account.id,
          slotId: null,
          delivery: 'pull',
          idempotencyKey: `loa-${id}`,
          dueAt: new Date('2026-02-01T00:00:00Z'),
        },
      ],
      new Date(),
    );
    if (state === 'failed') await outbox.move(m, id, ['queued'], 'failed', {}, new Date());
  });
  return id;
}

async function itemA(fx: Fixture, upTo: 'draft' | 'approved' | 'scheduled') {
  const content = fx.t.app.get(ContentService);
  let item = await content.create(systemActor, fx.tree.communeA.id, {
    title: 'Tin thử',
    channels: ['web-portal'],
    planId: fx.planA,
    taskId: fx.portalTask,
  });
  if (upTo === 'draft') return item;
  item = await content.act(systemActor, item.id, item.version, 'submit', undefined);
  item = await content.act(systemActor, item.id, item.version, 'approve', undefined);
  if (upTo === 'approved') return item;
  return (await fx.t.app.get(QueueService).enqueue(systemActor, item.id, item.version)).item;
}

/** A picture attached to the shared item of commune A (once), by the service. */
let attachment: Promise<string> | null = null;
function attachmentOfItemA(fx: Fixture): Promise<string> {
  attachment ??= (async () => {
    const store = fx.t.app.get(MediaStore);
    const bytes = await photo({ storedWidth: 1300, storedHeight: 700 });
    const stored = await store.put(bytes, 'jpg');
    await fx.t.app
      .get(DataSource)
      .query(
        `UPDATE content_items SET "attachments" = '[{"sha256":"${stored.sha256}","kind":"image","format":"jpeg","bytes":${bytes.length},"name":"anh.jpg"}]' WHERE "id" = '${fx.itemA}'`,
      );
    return stored.sha256;
  })();
  return attachment;
}

const matrix: Record<string, Entry> = {
  'GET /health': { expect: all(200), call: () => ({ path: '/health' }) },
  'GET /metrics': { expect: all(200), call: () => ({ path: '/metrics' }) },
  'GET /api/docs': { expect: all(200), call: () => ({ path: '/api/docs' }) },
  // The web app (dist/web, built by `npm test` before the run): public HTML; its data comes through the API's own checks.
  'GET /': { expect: all(200), call: () => ({ path: '/' }) },
  'GET /*': { expect: all(200), call: () => ({ path: '/lich' }) },
  'GET /api/docs/openapi.json': { expect: all(200), call: () => ({ path: '/api/docs/openapi.json' }) },
  'GET /api/docs-yaml': { expect: all(200), call: () => ({ path: '/api/docs-yaml' }) },
  'GET /api/docs/swagger-ui-init.js': { expect: all(200), call: () => ({ path: '/api/docs/swagger-ui-init.js' }) },
  'GET /api/docs/*': { expect: all(200), call: () => ({ path: '/api/docs/swagger-ui.css' }) },
  'GET /api/docs/': { expect: all(200), call: () => ({ path: '/api/docs/' }) },
  'GET /api/docs/index.html': { expect: all(200), call: () => ({ path: '/api/docs/index.html' }) },
  // swagger-ui-dist no longer ships the file this route serves
  'GET /api/docs/LICENSE': { expect: all(404), call: () => ({ path: '/api/docs/LICENSE' }) },
  'GET /api/docs/docs/*': { expect: all(200), call: () => ({ path: '/api/docs/docs/swagger-ui.css' }) },
  'GET /api/docs/docs/swagger-ui-init.js': { expect: all(200), call: () => ({ path: '/api/docs/docs/swagger-ui-init.js' }) },
  'POST /api/auth/login': {
    expect: all(200),
    call: (fx) => ({ path: '/api/auth/login', body: { username: fx.tree.users.other.username, password: 'mat-khau-thu-nghiem-1' } }),
  },
  'POST /api/auth/logout': { expect: roleTable({ low: 204, admin: 204, foreign: 204 }), call: () => ({ path: '/api/auth/logout' }) },
  'GET /api/auth/me': { expect: roleTable({ low: 200, admin: 200, foreign: 200 }), call: () => ({ path: '/api/auth/me' }) },
  'GET /api/users': {
    expect: roleTable({ low: 403, admin: 200, foreign: 200 }),
    call: () => ({ path: '/api/users' }),
    hiddenFromForeign: (fx) => [fx.tree.users.viewer.id, fx.tree.users.unitAdmin.id],
  },
  'POST /api/users': {
    expect: roleTable({ low: 403, admin: 201, foreign: 404 }),
    call: (fx) => ({ path: '/api/users', body: newUserBody(fx) }),
  },
  'GET /api/users/:id': {
    expect: roleTable({ low: 403, admin: 200, foreign: 404 }),
    call: (fx) => ({ path: `/api/users/${fx.tree.users.other.id}` }),
  },
  'PATCH /api/users/:id': {
    expect: roleTable({ low: 403, admin: 200, foreign: 404 }),
    call: (fx) => ({ path: `/api/users/${fx.tree.users.other.id}`, body: { active: true } }),
  },
  'POST /api/users/:id/grants': {
    expect: roleTable({ low: 403, admin: 201, foreign: 404 }),
    call: (fx) => ({ path: `/api/users/${fx.tree.users.other.id}/grants`, body: { unitId: fx.tree.village.id, role: 'editor' } }),
  },
  'DELETE /api/users/:id/grants/:grantId': {
    expect: roleTable({ low: 403, admin: 204, foreign: 404 }),
    call: async (fx) => {
      const grant = await fx.t.app.get(UsersService).addGrant(systemActor, fx.tree.users.other.id, fx.tree.village.id, 'approver');
      return { path: `/api/users/${fx.tree.users.other.id}/grants/${grant.id}` };
    },
  },
  'GET /api/api-keys': { expect: roleTable({ low: 403, admin: 200, foreign: 200 }), call: () => ({ path: '/api/api-keys' }) },
  'POST /api/api-keys': {
    expect: roleTable({ low: 403, admin: 201, foreign: 404 }),
    call: (fx) => ({ path: '/api/api-keys', body: { unitId: fx.tree.communeA.id, purpose: 'read', name: 'Đồng bộ' } }),
  },
  'DELETE /api/api-keys/:id': {
    expect: roleTable({ low: 403, admin: 204, foreign: 404 }),
    call: async (fx) => ({ path: `/api/api-keys/${(await createKey(fx.t.app, fx.tree.communeA.id, 'read')).id}` }),
  },
  'GET /api/units': {
    expect: roleTable({ low: 200, admin: 200, foreign: 200, readKey: 200 }),
    call: () => ({ path: '/api/units' }),
    hiddenFromForeign: (fx) => [fx.tree.communeA.id, fx.tree.village.id],
  },
  'POST /api/units': {
    expect: roleTable({ low: 403, admin: 201, foreign: 404 }),
    call: (fx) => ({ path: '/api/units', body: { parentId: fx.tree.communeA.id, name: 'Thôn Mới', level: 'village' } }),
  },
  'GET /api/units/:id': {
    expect: roleTable({ low: 200, admin: 200, foreign: 404, readKey: 200 }),
    call: (fx) => ({ path: `/api/units/${fx.tree.communeA.id}` }),
  },
  'PATCH /api/units/:id': {
    // The village's own editor sees the village but does not administer it.
    expect: roleTable({ low: 403, admin: 200, foreign: 404, villageEditor: 403 }),
    call: (fx) => ({ path: `/api/units/${fx.tree.village.id}`, body: { name: 'Thôn Đông' } }),
  },
  'GET /api/units/:id/audit': {
    expect: roleTable({ low: 403, admin: 200, foreign: 404 }),
    call: (fx) => ({ path: `/api/units/${fx.tree.communeA.id}/audit` }),
  },
  'POST /api/plans/import': {
    expect: roleTable({ low: 201, viewer: 403, admin: 201, foreign: 404, importKey: 201 }),
    call: () => ({
      path: '/api/plans/import?unitId=UNIT_A',
      body: {
        text: examplePlan()
          .toString('utf8')
          .replace('12/KH-UBND', `${2000 + ++drafts}/KH-UBND`),
        name: 'kh.txt',
      },
    }),
  },
  'GET /api/plans': {
    expect: roleTable({ low: 200, admin: 200, foreign: 200, readKey: 200 }),
    call: () => ({ path: '/api/plans' }),
    hiddenFromForeign: (fx) => [fx.planA],
  },
  'GET /api/plans/:id': {
    expect: roleTable({ low: 200, admin: 200, foreign: 404, readKey: 200 }),
    call: (fx) => ({ path: `/api/plans/${fx.planA}` }),
  },
  'GET /api/plans/:id/versions': {
    expect: roleTable({ low: 200, admin: 200, foreign: 404 }),
    call: (fx) => ({ path: `/api/plans/${fx.planA}/versions` }),
  },
  'PATCH /api/plans/:id': {
    expect: roleTable({ low: 200, viewer: 403, admin: 200, foreign: 404 }),
    call: async (fx) => {
      const p = await draftA(fx);
      return { path: `/api/plans/${p.id}`, body: { rowVersion: p.rowVersion, year: 2026 } };
    },
  },
  'POST /api/plans/:id/tasks': {
    expect: roleTable({ low: 201, viewer: 403, admin: 201, foreign: 404 }),
    call: async (fx) => {
      const p = await draftA(fx);
      return { path: `/api/plans/${p.id}/tasks`, body: { rowVersion: p.rowVersion, title: 'Phát tờ rơi', channels: ['leaflet'] } };
    },
  },
  'PATCH /api/plans/:id/tasks/:taskId': {
    expect: roleTable({ low: 200, viewer: 403, admin: 200, foreign: 404 }),
    call: async (fx) => {
      const p = await draftA(fx);
      return { path: `/api/plans/${p.id}/tasks/1`, body: { rowVersion: p.rowVersion, quotaText: '04 tin, bài/tháng' } };
    },
  },
  'DELETE /api/plans/:id/tasks/:taskId': {
    expect: roleTable({ low: 200, viewer: 403, admin: 200, foreign: 404 }),
    call: async (fx) => {
      const p = await draftA(fx);
      return { path: `/api/plans/${p.id}/tasks/6?rowVersion=${p.rowVersion}` };
    },
  },
  'POST /api/plans/:id/activate': {
    expect: roleTable({ low: 403, approver: 201, admin: 201, foreign: 404 }),
    call: async (fx) => {
      const p = await draftA(fx);
      return { path: `/api/plans/${p.id}/activate`, body: { rowVersion: p.rowVersion, acknowledge: openReviewKeys(p.document) } };
    },
  },
  'GET /api/units/:id/calendar': {
    expect: { ...roleTable({ low: 200, admin: 200, foreign: 404, readKey: 200 }), wrongKey: 200 },
    call: (fx) => ({ path: `/api/units/${fx.tree.communeA.id}/calendar?from=2026-01-01&to=2026-01-31` }),
  },
  'GET /api/units/:id/calendar/rules': {
    expect: { ...roleTable({ low: 200, admin: 200, foreign: 404, readKey: 200 }), wrongKey: 200 },
    call: (fx) => ({ path: `/api/units/${fx.tree.communeA.id}/calendar/rules` }),
  },
  'POST /api/units/:id/calendar/feeds': {
    expect: roleTable({ low: 201, viewer: 403, admin: 201, foreign: 404 }),
    call: (fx) => ({ path: `/api/units/${fx.tree.communeA.id}/calendar/feeds`, body: { channel: 'radio' } }),
  },
  'GET /api/calendar-feeds/:file': {
    expect: all(200),
    call: async (fx) => {
      const { url } = await fx.t.app.get(CalendarService).createFeed(systemActor, fx.tree.communeA.id, null);
      return { path: new URL(url).pathname };
    },
  },
  'POST /api/units/:id/atom-feeds': {
    expect: roleTable({ low: 201, viewer: 403, admin: 201, foreign: 404 }),
    call: (fx) => ({ path: `/api/units/${fx.tree.communeA.id}/atom-feeds`, body: {} }),
  },
  'GET /api/atom-feeds/:file': {
    expect: all(200),
    call: async (fx) => {
      const { url } = await fx.t.app.get(AtomFeedsService).createFeed(systemActor, fx.tree.communeA.id);
      return { path: new URL(url).pathname };
    },
  },
  'GET /api/downloads/:fileId': {
    // The signed URL is the credential: whoever holds it downloads, with or without a session or key.
    expect: all(200),
    call: async (fx) => {
      const url = await fx.t.app
        .get(DownloadLinkStore)
        .create({ data: Buffer.from('%PDF-1.7'), filename: 'pano.pdf', mime: 'application/pdf' }, new Date('2026-02-01T00:00:00.000Z'));
      return { path: new URL(url).pathname + new URL(url).search };
    },
  },
  'POST /api/items': {
    expect: roleTable({ low: 201, viewer: 403, admin: 201, foreign: 404 }),
    call: (fx) => ({ path: '/api/items', body: { unitId: fx.tree.communeA.id, title: 'Tin mới', channels: ['web-portal'] } }),
  },
  'GET /api/items': {
    expect: roleTable({ low: 200, admin: 200, foreign: 200, readKey: 200 }),
    call: () => ({ path: '/api/items' }),
    hiddenFromForeign: (fx) => [fx.itemA],
  },
  'GET /api/items/:id': {
    expect: roleTable({ low: 200, admin: 200, foreign: 404, readKey: 200 }),
    call: (fx) => ({ path: `/api/items/${fx.itemA}` }),
  },
  'PATCH /api/items/:id': {
    expect: roleTable({ low: 200, viewer: 403, admin: 200, foreign: 404 }),
    call: async (fx) => {
      const item = await itemA(fx, 'draft');
      return { path: `/api/items/${item.id}`, body: { version: item.version, title: 'Tin đã sửa' } };
    },
  },
  'GET /api/items/:id/history': {
    expect: roleTable({ low: 200, admin: 200, foreign: 404 }),
    call: (fx) => ({ path: `/api/items/${fx.itemA}/history` }),
  },
  'POST /api/items/:id/transitions': {
    expect: roleTable({ low: 201, viewer: 403, admin: 201, foreign: 404 }),
    call: async (fx) => {
      const item = await itemA(fx, 'draft');
      return { path: `/api/items/${item.id}/transitions`, body: { action: 'submit', version: item.version } };
    },
  },
  'POST /api/items/:id/queue': {
    expect: roleTable({ low: 201, viewer: 403, admin: 201, foreign: 404 }),
    call: async (fx) => {
      const item = await itemA(fx, 'approved');
      return { path: `/api/items/${item.id}/queue`, body: { version: item.version } };
    },
  },
  'POST /api/items/:id/proofs': {
    expect: roleTable({ low: 201, viewer: 403, admin: 201, foreign: 404 }),
    call: async (fx) => {
      const item = await itemA(fx, 'approved');
      return {
        path: `/api/items/${item.id}/proofs`,
        body: { channel: 'web-portal', publishedAt: '2026-01-02T09:00', url: 'https://xa.example.gov.vn/tin/1' },
      };
    },
  },
  'PUT /api/items/:id/placement': {
    expect: roleTable({ low: 200, viewer: 403, admin: 200, foreign: 404 }),
    call: async (fx) => {
      const item = await itemA(fx, 'approved');
      const [slot] = (await fx.t.app
        .get(DataSource)
        .query(
          `SELECT "id" FROM slots WHERE "planId" = '${fx.planA}' AND "taskId" = '${fx.portalTask}' AND "channel" = 'web-portal' AND "itemId" IS NULL ORDER BY "date" DESC LIMIT 1`,
        )) as { id: string }[];
      return { path: `/api/items/${item.id}/placement`, body: { version: item.version, slotId: slot.id } };
    },
  },
  'DELETE /api/items/:id/placement': {
    expect: roleTable({ low: 200, viewer: 403, admin: 200, foreign: 404 }),
    call: async (fx) => {
      const item = await itemA(fx, 'scheduled');
      return { path: `/api/items/${item.id}/placement?version=${item.version}` };
    },
  },
  'POST /api/items/:id/attachments': {
    expect: roleTable({ low: 201, viewer: 403, admin: 201, foreign: 404 }),
    call: async (fx) => {
      const item = await itemA(fx, 'draft');
      const form = new FormData();
      form.append('file', new Blob([await photo({ storedWidth: 1300, storedHeight: 700 })]), 'anh.jpg');
      return { path: `/api/items/${item.id}/attachments?version=${item.version}`, form };
    },
  },
  'GET /api/items/:id/attachments/:sha256': {
    expect: roleTable({ low: 200, admin: 200, foreign: 404, readKey: 200, dispatchKey: 200 }),
    call: async (fx) => ({ path: `/api/items/${fx.itemA}/attachments/${await attachmentOfItemA(fx)}` }),
  },
  'GET /api/items/:id/attachments/:sha256/renditions/:channel/:name': {
    expect: roleTable({ low: 200, admin: 200, foreign: 404, readKey: 200, dispatchKey: 200 }),
    call: async (fx) => ({ path: `/api/items/${fx.itemA}/attachments/${await attachmentOfItemA(fx)}/renditions/web-portal/medium` }),
  },
  'DELETE /api/items/:id/attachments/:sha256': {
    expect: roleTable({ low: 200, viewer: 403, admin: 200, foreign: 404 }),
    call: async (fx) => {
      const item = await itemA(fx, 'draft');
      const sha256 = 'a'.repeat(64);
      await fx.t.app
        .get(DataSource)
        .query(
          `UPDATE content_items SET "attachments" = '[{"sha256":"${sha256}","kind":"image","format":"jpeg","bytes":1,"name":null}]' WHERE "id" = '${item.id}'`,
        );
      return { path: `/api/items/${item.id}/attachments/${sha256}?version=${item.version}` };
    },
  },
  'GET /api/items/:id/checks': {
    expect: roleTable({ low: 200, admin: 200, foreign: 404 }),
    call: (fx) => ({ path: `/api/items/${fx.itemA}/checks` }),
  },
  'POST /api/units/:id/queue/fill': {
    expect: roleTable({ low: 201, viewer: 403, admin: 201, foreign: 404 }),
    call: async (fx) => {
      await itemA(fx, 'approved');
      return { path: `/api/units/${fx.tree.communeA.id}/queue/fill`, body: { month: '2026-02' } };
    },
  },
  'GET /api/units/:id/fulfilment': {
    expect: roleTable({ low: 200, admin: 200, foreign: 404, readKey: 200 }),
    call: (fx) => ({ path: `/api/units/${fx.tree.communeA.id}/fulfilment?period=2026` }),
  },
  'GET /api/channels': { expect: roleTable({ low: 200, admin: 200, foreign: 200 }), call: () => ({ path: '/api/channels' }) },
  'GET /api/units/:id/reports': {
    expect: roleTable({ low: 200, admin: 200, foreign: 404, readKey: 200 }),
    call: (fx) => ({ path: `/api/units/${fx.tree.communeA.id}/reports?period=2026-Q1` }),
  },
  'GET /api/me/reminder-preferences': {
    expect: roleTable({ low: 200, admin: 200, foreign: 200 }),
    call: () => ({ path: '/api/me/reminder-preferences' }),
  },
  'PUT /api/me/reminder-preferences': {
    expect: roleTable({ low: 200, admin: 200, foreign: 200 }),
    call: () => ({ path: '/api/me/reminder-preferences', body: { preferences: [{ rule: 'weekly-digest', enabled: false }] } }),
  },
  'GET /api/reminders/deliveries': {
    expect: { ...roleTable({ low: 403, admin: 403, foreign: 403 }), systemAdmin: 200 },
    call: () => ({ path: '/api/reminders/deliveries?status=failed' }),
  },
  'GET /api/notifications': { expect: roleTable({ low: 200, admin: 200, foreign: 200 }), call: () => ({ path: '/api/notifications' }) },
  'POST /api/notifications/:id/read': {
    expect: roleTable({ low: 204, admin: 204, foreign: 204 }),
    call: async (fx, who) => {
      const id = crypto.randomUUID();
      const userId = fx.tree.users[who]?.id ?? null;
      await fx.t.app
        .get(DataSource)
        .getRepository(NotificationEntity)
        .insert({
          id,
          userId,
          unitId: fx.tree.communeA.id,
          kind: 'test',
          message: 'Thông báo',
          data: null,
          createdAt: new Date(),
          readAt: null,
        } as never);
      return { path: `/api/notifications/${id}/read` };
    },
  },
  'POST /api/phrases/parse': {
    expect: { ...roleTable({ low: 200, admin: 200, foreign: 200, readKey: 200, importKey: 200 }) },
    call: () => ({ path: '/api/phrases/parse', body: [{ text: '03 tin, bài/tháng' }] }),
  },
  'GET /api/channel-account-kinds': {
    expect: roleTable({ low: 200, admin: 200, foreign: 200 }),
    call: () => ({ path: '/api/channel-account-kinds' }),
  },
  'GET /api/units/:id/channel-accounts': {
    expect: roleTable({ low: 200, admin: 200, foreign: 404 }),
    call: (fx) => ({ path: `/api/units/${fx.tree.communeA.id}/channel-accounts` }),
  },
  'POST /api/units/:id/channel-accounts': {
    expect: roleTable({ low: 403, admin: 201, foreign: 404 }),
    call: (fx) => ({
      path: `/api/units/${fx.tree.communeA.id}/channel-accounts`,
      body: {
        channel: 'web-portal',
        kind: 'webhook',
        name: 'Webhook cổng',
        credentials: { url: 'http://127.0.0.1:1/hook', secret: 'bi-mat' },
      },
    }),
  },
  'PATCH /api/units/:id/channel-accounts/:accountId': {
    expect: roleTable({ low: 403, admin: 200, foreign: 404 }),
    call: async (fx) => ({
      path: `/api/units/${fx.tree.communeA.id}/channel-accounts/${(await accountA(fx)).id}`,
      body: { name: 'Tên mới' },
    }),
  },
  'DELETE /api/units/:id/channel-accounts/:accountId': {
    expect: roleTable({ low: 403, admin: 204, foreign: 404 }),
    call: async (fx) => ({ path: `/api/units/${fx.tree.communeA.id}/channel-accounts/${(await accountA(fx)).id}` }),
  },
  'POST /api/units/:id/channel-accounts/:accountId/test': {
    expect: roleTable({ low: 403, admin: 200, foreign: 404 }),
    call: async (fx) => {
      const a = await fx.t.app.get(ChannelAccountsService).create(systemActor, fx.tree.communeA.id, {
        channel: 'web-portal',
        kind: 'webhook',
        name: 'Webhook thử',
        credentials: { url: 'http://127.0.0.1:1/hook', secret: 'bi-mat' },
      });
      return { path: `/api/units/${fx.tree.communeA.id}/channel-accounts/${a.id}/test` };
    },
  },
  'GET /api/units/:id/webhooks': {
    expect: roleTable({ low: 403, admin: 200, foreign: 404 }),
    call: (fx) => ({ path: `/api/units/${fx.tree.communeA.id}/webhooks` }),
  },
  'POST /api/units/:id/webhooks': {
    expect: roleTable({ low: 403, admin: 201, foreign: 404 }),
    call: (fx) => ({ path: `/api/units/${fx.tree.communeA.id}/webhooks`, body: { url: 'http://127.0.0.1:1/loa-hook' } }),
  },
  'POST /api/units/:id/webhooks/:webhookId/rotate-secret': {
    expect: roleTable({ low: 403, admin: 200, foreign: 404 }),
    call: async (fx) => ({ path: `/api/units/${fx.tree.communeA.id}/webhooks/${await webhookA(fx)}/rotate-secret` }),
  },
  'DELETE /api/units/:id/webhooks/:webhookId': {
    expect: roleTable({ low: 403, admin: 204, foreign: 404 }),
    call: async (fx) => ({ path: `/api/units/${fx.tree.communeA.id}/webhooks/${await webhookA(fx)}` }),
  },
  'GET /api/units/:id/webhooks/:webhookId/deliveries': {
    expect: roleTable({ low: 403, admin: 200, foreign: 404 }),
    call: async (fx) => ({ path: `/api/units/${fx.tree.communeA.id}/webhooks/${await webhookA(fx)}/deliveries` }),
  },
  'GET /api/publications': {
    expect: roleTable({ low: 200, admin: 200, foreign: 200, readKey: 200 }),
    call: () => ({ path: '/api/publications' }),
    hiddenFromForeign: (fx) => [fx.itemA],
  },
  'GET /api/publications/:id': {
    expect: roleTable({ low: 200, admin: 200, foreign: 404, readKey: 200 }),
    call: async (fx) => ({ path: `/api/publications/${await publicationA(fx, 'queued')}` }),
  },
  'POST /api/publications/:id/retry': {
    expect: roleTable({ low: 200, viewer: 403, admin: 200, foreign: 404 }),
    call: async (fx) => ({ path: `/api/publications/${await publicationA(fx, 'failed')}/retry` }),
  },
  'POST /api/publications/:id/cancel': {
    expect: roleTable({ low: 200, viewer: 403, admin: 200, foreign: 404 }),
    call: async (fx) => ({ path: `/api/publications/${await publicationA(fx, 'queued')}/cancel` }),
  },
  // Only a key of purpose dispatch claims and settles (test/e2e/dispatch-pull.spec.ts); people are refused.
  // A dispatch key of the unit is the one principal that may claim (an empty claim answers 200); a bogus claim token then loses its lease (409); a revoked key or an expired session is not signed in (401).
  'POST /api/dispatch/claim': {
    expect: { ...all(403), anonymous: 401, revokedKey: 401, expiredSession: 401, dispatchKey: 200 },
    call: () => ({ path: '/api/dispatch/claim', body: {} }),
  },
  'POST /api/dispatch/publications/:id/confirm': {
    expect: { ...all(403), anonymous: 401, revokedKey: 401, expiredSession: 401, dispatchKey: 409 },
    call: async (fx) => ({
      path: `/api/dispatch/publications/${await publicationA(fx, 'queued')}/confirm`,
      body: { claimToken: 'pull:x:y', remoteId: '1' },
    }),
  },
  'POST /api/dispatch/publications/:id/fail': {
    expect: { ...all(403), anonymous: 401, revokedKey: 401, expiredSession: 401, dispatchKey: 409 },
    call: async (fx) => ({
      path: `/api/dispatch/publications/${await publicationA(fx, 'queued')}/fail`,
      body: { claimToken: 'pull:x:y', reason: 'lỗi' },
    }),
  },
  'GET /api/units/:unitId/secrets': {
    expect: roleTable({ low: 403, admin: 200, foreign: 404 }),
    call: (fx) => ({ path: `/api/units/${fx.tree.communeA.id}/secrets` }),
  },
  'PUT /api/units/:unitId/secrets/:name': {
    expect: roleTable({ low: 403, admin: 200, foreign: 404 }),
    call: (fx) => ({ path: `/api/units/${fx.tree.communeA.id}/secrets/zalo-oa.access-token`, body: { value: 'bí-mật' } }),
  },
};

interface Keys {
  read: string;
  wrong: string;
  import: string;
  dispatch: string;
  otherUnit: string;
  revoked: string;
}

/** Users beyond seedTree's: a unit admin of the province, an editor of A's village only, a viewer of B. */
const extraUsers = {
  provinceAdmin: ['province', 'unit_admin'],
  villageEditor: ['village', 'editor'],
  foreignViewer: ['communeB', 'viewer'],
} as const;

async function credentials(fx: Fixture, who: PrincipalName, keys: Keys): Promise<Record<string, string>> {
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  switch (who) {
    case 'anonymous':
      return {};
    case 'readKey':
      return bearer(keys.read);
    case 'wrongKey':
      return bearer(keys.wrong);
    case 'importKey':
      return bearer(keys.import);
    case 'dispatchKey':
      return bearer(keys.dispatch);
    case 'otherUnitKey':
      return bearer(keys.otherUnit);
    case 'revokedKey':
      return bearer(keys.revoked);
    case 'expiredSession': {
      // A real session of the viewer whose end has passed (the clock is fixed; the session row says when it ends).
      const { token } = await login(fx.t.baseUrl, fx.tree.users.viewer.username);
      await fx.t.app
        .get(DataSource)
        .query(`UPDATE sessions SET "expiresAt" = '2026-01-05T01:59:59.000Z' WHERE "tokenHash" = '${tokenHash(token)}'`);
      return bearer(token);
    }
    default: {
      // One log-in per user for the whole suite (argon2 is slow on purpose); the log-out row clears it.
      let token = sessions.get(who);
      if (!token) sessions.set(who, (token = (await login(fx.t.baseUrl, fx.tree.users[who].username)).token));
      return bearer(token);
    }
  }
}

const sessions = new Map<string, string>();

describeEachDatabase('authorization matrix', (kind) => {
  let db: TestDatabase;
  let fx: Fixture;
  const registered: string[] = [];
  let keys: Keys;

  before(async () => {
    db = await createTestDatabase(kind);
    attachment = null;
    sessions.clear();
    // The webhook rows register a receiver on this machine, which the operator allows as an internal receiver.
    const t = await startTestApp(
      db,
      { OUTBOUND_ALLOW_HOSTS: '127.0.0.1:1' },
      {
        clock: new January2026(),
        onFastify: (f) =>
          f.addHook('onRoute', (r) => {
            const methods = Array.isArray(r.method) ? r.method : [r.method];
            // Fastify mirrors every GET as HEAD; the GET row covers it.
            for (const m of methods) if (m !== 'HEAD') registered.push(`${m} ${r.url}`);
          }),
      },
    );
    const tree = await seedTree(t.app);
    const plans = t.app.get(PlansService);
    const draft = await plans.import(systemActor, tree.communeA.id, examplePlan(), 'kh.txt');
    await plans.activate(systemActor, draft.id, draft.rowVersion, { acknowledge: openReviewKeys(draft.document) });
    const { plan } = { plan: await plans.get(systemActor, draft.id) };
    const portalTask = plan.document.tasks.find((x) => x.channels.includes('web-portal') && x.quota)!.id;
    fx = { t, tree, planA: draft.id, portalTask, itemA: '' };
    fx.itemA = (await itemA(fx, 'draft')).id;
    for (const [name, [unit, role]] of Object.entries(extraUsers)) {
      const { user } = await t.app
        .get(UsersService)
        .create(systemActor, { username: `t-${name}`.toLowerCase(), displayName: name, unitId: tree[unit].id, role, password: PASSWORD });
      tree.users[name] = { id: user.id, username: user.username };
    }
    const revoked = await createKey(t.app, fx.tree.communeA.id, 'read');
    await t.app.get(ApiKeysService).revoke(systemActor, revoked.id);
    keys = {
      read: (await createKey(t.app, fx.tree.communeA.id, 'read')).key,
      wrong: (await createKey(t.app, fx.tree.communeA.id, 'calendar-feed')).key,
      import: (await createKey(t.app, fx.tree.communeA.id, 'import')).key,
      dispatch: (await createKey(t.app, fx.tree.communeA.id, 'dispatch')).key,
      otherUnit: (await createKey(t.app, fx.tree.communeB.id, 'read')).key,
      revoked: revoked.key,
    };
  });
  after(async () => {
    await fx?.t.close();
    await db?.drop();
  });

  it('lists every registered route, and only those', () => {
    expect(registered.length).to.be.greaterThan(10);
    expect([...new Set(registered)].sort(), 'routes registered but not in the matrix / listed but not registered').to.deep.equal(
      Object.keys(matrix).sort(),
    );
  });

  for (const [route, entry] of Object.entries(matrix)) {
    it(`${route}`, async () => {
      const [method] = route.split(' ');
      const failures: string[] = [];
      for (const who of principals) {
        const call = await entry.call(fx, who);
        call.path = call.path.replace('UNIT_A', fx.tree.communeA.id);
        const headers: Record<string, string> = { ...(await credentials(fx, who, keys)) };
        if (call.body !== undefined) headers['content-type'] = 'application/json';
        const body = call.form ?? (call.body === undefined ? undefined : JSON.stringify(call.body));
        const res = await fetch(fx.t.baseUrl + call.path, { method, headers, body });
        const text = await res.text();
        if (route === 'POST /api/auth/logout') sessions.clear();
        if (res.status !== entry.expect[who])
          failures.push(`${who}: expected ${entry.expect[who]}, got ${res.status} ${text.slice(0, 200)}`);
        if ((who === 'foreign' || who === 'foreignViewer' || who === 'otherUnitKey') && res.status === 200 && entry.hiddenFromForeign) {
          for (const id of entry.hiddenFromForeign(fx)) if (text.includes(id)) failures.push(`${who}: sees ${id}`);
        }
      }
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  }

  it('lets an editor edit a draft plan but not an active one (an approver may); the answer says why', async () => {
    const plans = fx.t.app.get(PlansService);
    const draft = await draftA(fx);
    const task = draft.document.tasks.find((x) => x.quota)!;
    const editor = await credentials(fx, 'editor', keys);
    const approver = await credentials(fx, 'approver', keys);
    const patch = (who: Record<string, string>, rowVersion: number) =>
      fetch(`${fx.t.baseUrl}/api/plans/${draft.id}/tasks/${task.id}`, {
        method: 'PATCH',
        headers: { ...who, 'content-type': 'application/json' },
        body: JSON.stringify({ rowVersion, quotaText: '02 tin, bài/tháng' }),
      });
    const onDraft = await patch(editor, draft.rowVersion);
    expect(onDraft.status).to.equal(200);
    const edited = (await onDraft.json()) as { rowVersion: number };
    const { plan } = await plans.activate(systemActor, draft.id, edited.rowVersion);
    const onActive = await patch(editor, plan.rowVersion);
    expect(onActive.status).to.equal(403);
    const body = (await onActive.json()) as { error: { code: string; message: string } };
    expect(body.error.code).to.equal('FORBIDDEN');
    expect(body.error.message).to.match(/[ạảãàáâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]/);
    const byApprover = await patch(approver, plan.rowVersion);
    expect(byApprover.status).to.equal(200);
  });
});
