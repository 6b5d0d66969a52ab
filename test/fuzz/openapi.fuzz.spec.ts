/**
 * The fuzz tier: reads the OpenAPI document from the running app and walks every operation with
 * fast-check-generated bad input (wrong types, nulls, huge strings, deep nesting, unknown
 * properties, ids of nothing, broken multipart, no or strangers' credentials). Every answer must
 * be a coded 4xx with a Vietnamese message: never a 5xx, never a 2xx. A route added tomorrow is
 * in the document, so it is walked the day it is added.
 *
 * Bounded: a fixed number of runs per operation and a fixed seed (FUZZ_SEED overrides it; the
 * seed and the failing input are printed on failure). No shrinking, so a failure costs one run.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { systemActor } from '../../src/modules/access/principal.js';
import { PlansService } from '../../src/modules/plans/plans.service.js';
import { createKey, login, seedTree, type Tree } from '../support/fixtures.js';
import { smallPlanText } from '../support/small-plan.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';
import {
  type OpenApiDocument,
  operationsOf,
  type OperationRef,
  resolve,
  strangerTokens,
  wrongBodies,
  wrongPathValues,
  wrongQueryValues,
} from './openapi-inputs.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS = { body: 12, query: 6, path: 6, credentials: 4, multipart: 6 };

/** Operations anyone may call: a health check, the metrics of this machine, the log-in, a feed whose URL is its secret. */
const PUBLIC = new Set([
  'GET /health',
  'GET /metrics',
  'POST /api/auth/login',
  'GET /api/calendar-feeds/{file}',
  'GET /api/atom-feeds/{file}',
  'GET /api/downloads/{fileId}',
]);

const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

interface Answer {
  status: number;
  text: string;
}

function send(baseUrl: string, method: string, path: string, headers: Record<string, string>, body?: string | Buffer): Promise<Answer> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path,
        method,
        headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** A coded 4xx in Vietnamese, with a request id, quoting no more than a short excerpt. */
function expectRefused(a: Answer, what: string): void {
  const context = `${what} → ${a.status} ${a.text.slice(0, 300)}`;
  expect(a.status, context).to.be.within(400, 499);
  const body = JSON.parse(a.text) as { error?: { code?: unknown; message?: unknown }; requestId?: unknown };
  expect(body.error?.code, context)
    .to.be.a('string')
    .and.match(/^[A-Z][A-Z0-9_]+$/);
  expect(body.error?.message, context).to.be.a('string').and.match(vietnamese);
  expect(body.requestId, context).to.be.a('string');
  expect(a.text.length, context).to.be.below(4096);
}

async function walk<T>(name: string, arb: fc.Arbitrary<T>, runs: number, check: (value: T) => Promise<void>): Promise<void> {
  try {
    await fc.assert(fc.asyncProperty(arb, check), { seed: SEED, numRuns: runs, endOnFailure: true });
  } catch (e) {
    throw new Error(`${name} (FUZZ_SEED=${SEED}): ${(e as Error).message.slice(0, 2000)}`);
  }
}

describeEachDatabase('fuzz: every operation of the OpenAPI document', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  let doc: OpenApiDocument;
  let ops: OperationRef[];
  let admin: Record<string, string>;
  const ids: Record<string, string> = {};
  let itemVersion = 1;
  let planRowVersion = 1;

  before(async () => {
    db = await createTestDatabase(kind);
    t = await startTestApp(db);
    tree = await seedTree(t.app);
    admin = { authorization: `Bearer ${(await login(t.baseUrl, tree.users.systemAdmin.username)).token}` };
    const plan = await t.app.get(PlansService).import(systemActor, tree.communeA.id, Buffer.from(smallPlanText), 'kh.txt');
    planRowVersion = plan.rowVersion;
    const item = JSON.parse(
      (
        await send(
          t.baseUrl,
          'POST',
          '/api/items',
          { ...admin, 'content-type': 'application/json' },
          JSON.stringify({ unitId: tree.communeA.id, title: 'Tin thử', channels: ['web-portal'] }),
        )
      ).text,
    ) as { id: string; version: number };
    itemVersion = item.version;
    Object.assign(ids, {
      unit: tree.communeA.id,
      item: item.id,
      plan: plan.id,
      user: tree.users.editor.id,
      key: (await createKey(t.app, tree.communeA.id, 'read')).id,
    });
    doc = JSON.parse((await send(t.baseUrl, 'GET', '/api/docs/openapi.json', {})).text) as OpenApiDocument;
    ops = operationsOf(doc);
  });
  after(async () => {
    await t?.close();
    await db?.drop();
  });

  /** A path parameter that names something the system admin can reach. */
  const goodPath = (path: string, name: string): string => {
    if (name === 'id') {
      const byPrefix: [string, string][] = [
        ['/api/units/', 'unit'],
        ['/api/items/', 'item'],
        ['/api/plans/', 'plan'],
        ['/api/users/', 'user'],
        ['/api/api-keys/', 'key'],
      ];
      const hit = byPrefix.find(([prefix]) => path.startsWith(prefix));
      return hit ? ids[hit[1]] : randomUUID();
    }
    const byName: Record<string, string> = {
      unitId: ids.unit,
      taskId: '1',
      name: 'zalo-oa.token',
      sha256: '0'.repeat(64),
      file: `${'k'.repeat(32)}.ics`,
    };
    return byName[name] ?? randomUUID();
  };
  const goodQuery = (name: string): string => {
    const byName: Record<string, string> = {
      unitId: ids.unit,
      version: String(itemVersion),
      rowVersion: String(planRowVersion),
      from: '2024-03-01',
      to: '2024-03-31',
      period: '2024-03',
      limit: '10',
      refDate: '2024-03-11',
      kind: 'quota',
      status: 'draft',
      channel: 'web-portal',
      focalX: '0.5',
      focalY: '0.5',
      acceptLegacyEncoding: 'false',
    };
    return byName[name] ?? 'x';
  };
  /** The operation's URL with good path parameters (one replaced) and its required query parameters (one replaced, or one added). */
  const urlOf = (o: OperationRef, change: { path?: [string, string]; query?: [string, string] } = {}): string => {
    const path = o.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
      encodeURIComponent(change.path?.[0] === name ? change.path[1] : goodPath(o.path, name)),
    );
    const query = new URLSearchParams();
    for (const p of o.op.parameters ?? []) if (p.in === 'query' && p.required) query.set(p.name, goodQuery(p.name));
    if (change.query) query.set(change.query[0], change.query[1]);
    const qs = query.toString();
    return qs ? `${path}?${qs}` : path;
  };
  const jsonBodyOf = (o: OperationRef) => o.op.requestBody?.content['application/json'];

  it('documents every operation: a Vietnamese summary, a success answer with its schema, and the error shape', () => {
    const undocumented = ops.filter((o) => {
      const success = Object.entries(o.op.responses).filter(([status]) => /^2\d\d$/.test(status));
      const described =
        success.length > 0 && success.every(([status, r]) => status === '204' || Object.values(r.content ?? {}).some((c) => c.schema));
      const errors = o.op.responses['4XX']?.content?.['application/json']?.schema;
      return !(o.op.summary && vietnamese.test(o.op.summary) && described && errors);
    });
    expect(undocumented.map((o) => o.name)).to.deep.equal([]);
  });

  it('refuses every operation but the public ones without credentials, or with a stranger’s', async () => {
    expect(ops.length).to.be.greaterThan(40);
    for (const o of ops) {
      if (PUBLIC.has(o.name)) continue;
      const body = jsonBodyOf(o) ? '{}' : undefined;
      const type: Record<string, string> = body ? { 'content-type': 'application/json' } : {};
      const none = await send(t.baseUrl, o.method, urlOf(o), type, body);
      expectRefused(none, `${o.name} without credentials`);
      expect(none.status, `${o.name} without credentials`).to.equal(401);
      await walk(o.name, fc.tuple(strangerTokens(), fc.boolean()), RUNS.credentials, async ([token, asCookie]) => {
        const auth: Record<string, string> = asCookie ? { cookie: `loa_session=${token}` } : { authorization: `Bearer ${token}` };
        const a = await send(t.baseUrl, o.method, urlOf(o), { ...type, ...auth }, body);
        expectRefused(a, `${o.name} with token ${JSON.stringify(token)}`);
        expect([401, 403], `${o.name} with a stranger's token`).to.include(a.status);
      });
    }
  });

  it('refuses every JSON body the schema rules out: wrong types, nulls, long strings, unknown fields, deep nesting', async () => {
    const withBody = ops.filter((o) => jsonBodyOf(o));
    expect(withBody.length).to.be.greaterThan(10);
    for (const o of withBody) {
      await walk(o.name, wrongBodies(doc, jsonBodyOf(o)?.schema), RUNS.body, async (c) => {
        expectRefused(
          await send(t.baseUrl, o.method, urlOf(o), { ...admin, 'content-type': 'application/json' }, c.json),
          `${o.name} with ${c.kind}`,
        );
      });
    }
  });

  it('refuses wrong and unknown query parameters', async () => {
    const withQuery = ops.filter((o) => (o.op.parameters ?? []).some((p) => p.in === 'query'));
    expect(withQuery.length).to.be.greaterThan(5);
    for (const o of withQuery) {
      const params = (o.op.parameters ?? []).filter((p) => p.in === 'query' && resolve(doc, p.schema)?.type !== 'boolean');
      const change = fc.oneof(
        ...params.map((p) => wrongQueryValues(doc, p).map((v): [string, string] => [p.name, v])),
        fc.string({ minLength: 1, maxLength: 12 }).map((k): [string, string] => [`zz${k}`, '1']),
      );
      const body = jsonBodyOf(o) ? '{}' : undefined;
      await walk(o.name, change, RUNS.query, async (query) => {
        const a = await send(
          t.baseUrl,
          o.method,
          urlOf(o, { query }),
          { ...admin, ...(body ? { 'content-type': 'application/json' } : {}) },
          body,
        );
        expectRefused(a, `${o.name} with ?${query[0]}=${query[1]}`);
      });
    }
  });

  it('refuses path parameters that name nothing: not ids, ids of nothing, longer than the router takes', async () => {
    const withPath = ops.filter((o) => o.path.includes('{'));
    expect(withPath.length).to.be.greaterThan(20);
    for (const o of withPath) {
      const names = [...o.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      const body = jsonBodyOf(o) ? '{}' : undefined;
      const who: Record<string, string> = PUBLIC.has(o.name) ? {} : admin;
      await walk(o.name, fc.tuple(fc.constantFrom(...names), wrongPathValues()), RUNS.path, async (path) => {
        const a = await send(
          t.baseUrl,
          o.method,
          urlOf(o, { path }),
          { ...who, ...(body ? { 'content-type': 'application/json' } : {}) },
          body,
        );
        expectRefused(a, `${o.name} with ${path[0]} = ${path[1].slice(0, 60)}`);
      });
    }
  });

  it('refuses broken multipart on every upload: no boundary, another boundary, a body cut short, noise', async () => {
    const uploads = ops.filter((o) => o.op.requestBody?.content['multipart/form-data']);
    expect(uploads.map((o) => o.name)).to.include.members(['POST /api/plans/import', 'POST /api/items/{id}/attachments']);
    const part = (b: string) =>
      Buffer.from(
        `--${b}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff`,
        'latin1',
      );
    const broken = fc.oneof(
      fc.constant({ type: 'multipart/form-data', body: Buffer.concat([part('abc'), Buffer.from('\r\n--abc--\r\n')]) }),
      fc.constant({ type: 'multipart/form-data; boundary=xyz', body: Buffer.concat([part('abc'), Buffer.from('\r\n--abc--\r\n')]) }),
      fc
        .integer({ min: 0, max: 100 })
        .map((cut) => ({ type: 'multipart/form-data; boundary=abc', body: part('abc').subarray(0, 20 + cut) })),
      fc.uint8Array({ maxLength: 2000 }).map((bytes) => ({ type: 'multipart/form-data; boundary=abc', body: Buffer.from(bytes) })),
    );
    for (const o of uploads) {
      await walk(o.name, broken, RUNS.multipart, async (c) => {
        expectRefused(
          await send(t.baseUrl, o.method, urlOf(o), { ...admin, 'content-type': c.type }, c.body),
          `${o.name} with ${c.type} (${c.body.length} bytes)`,
        );
      });
    }
  });
});
