import { expect } from 'chai';
import { login, seedTree, type Tree } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';

describeEachDatabase('HTTP basics', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;

  before(async () => {
    db = await createTestDatabase(kind);
    t = await startTestApp(db);
    tree = await seedTree(t.app);
  });
  after(async () => {
    await t?.close();
    await db?.drop();
  });

  it('answers /health with the database state, a request id and security headers', async () => {
    const res = await fetch(`${t.baseUrl}/health`, { headers: { 'x-request-id': 'req-123' } });
    expect(res.status).to.equal(200);
    expect(await res.json()).to.deep.equal({ status: 'ok', database: 'ok' });
    expect(res.headers.get('x-request-id')).to.equal('req-123');
    expect(res.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(res.headers.get('content-security-policy')).to.include("default-src 'none'");
    expect(res.headers.get('cache-control')).to.equal('no-store');
    const docs = await fetch(`${t.baseUrl}/api/docs`);
    expect(docs.headers.get('content-security-policy')).to.include("default-src 'self'");
  });

  it('publishes an OpenAPI document generated from the DTOs', async () => {
    const doc = (await (await fetch(`${t.baseUrl}/api/docs/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(doc.paths).to.have.property('/api/units/{id}');
    expect(doc.components.schemas.CreateUnitDto.properties).to.have.keys('parentId', 'name', 'level', 'code');
  });

  it('counts requests in Prometheus text', async () => {
    await fetch(`${t.baseUrl}/health`);
    const text = await (await fetch(`${t.baseUrl}/metrics`)).text();
    expect(text).to.match(/loa_http_requests_total\{method="GET",route="\/health",status="200"\} \d+/);
    expect(text).to.include('process_cpu_user_seconds_total');
  });

  it('rejects bad bodies with every bad field named, in Vietnamese', async () => {
    const { token } = await login(t.baseUrl, tree.users.systemAdmin.username);
    const res = await fetch(`${t.baseUrl}/api/units`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '', level: 'Xã!', admin: true }),
    });
    expect(res.status).to.equal(400);
    const body = (await res.json()) as { error: { code: string; message: string; evidence: { fields: { field: string }[] } } };
    expect(body.error.code).to.equal('VALIDATION_FAILED');
    expect(body.error.message).to.match(/^Dữ liệu không hợp lệ/);
    expect(body.error.evidence.fields.map((f) => f.field).sort()).to.deep.equal(['admin', 'level', 'name']);
  });

  it('answers malformed JSON with a clear code, not a crash', async () => {
    const { token } = await login(t.baseUrl, tree.users.systemAdmin.username);
    const res = await fetch(`${t.baseUrl}/api/units`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(res.status).to.equal(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).to.equal('BAD_REQUEST');
  });

  it('uses an HTTP-only SameSite cookie and requires the CSRF token for unsafe methods', async () => {
    const s = await login(t.baseUrl, tree.users.unitAdmin.username);
    const res0 = await fetch(`${t.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: tree.users.unitAdmin.username, password: 'mat-khau-thu-nghiem-1' }),
    });
    const cookies = res0.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('loa_session='))!;
    expect(session)
      .to.match(/HttpOnly/i)
      .and.to.match(/SameSite=Strict/i);
    // The CSRF token's cookie, for the web app's tabs to read: the log-in's token, readable, Strict too.
    const csrfCookie = cookies.find((c) => c.startsWith('loa_csrf='))!;
    const { csrfToken } = (await res0.json()) as { csrfToken: string };
    expect(csrfCookie.split(';')[0]).to.equal(`loa_csrf=${csrfToken}`);
    expect(csrfCookie)
      .to.match(/SameSite=Strict/i)
      .and.not.to.match(/HttpOnly/i);
    const read = await fetch(`${t.baseUrl}/api/units/${tree.communeA.id}`, { headers: { cookie: s.cookie } });
    expect(read.status).to.equal(200);
    const patch = (csrf?: string, cookie = s.cookie) =>
      fetch(`${t.baseUrl}/api/units/${tree.village.id}`, {
        method: 'PATCH',
        headers: { cookie, 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': csrf } : {}) },
        body: JSON.stringify({ name: 'Thôn Đông Mới' }),
      });
    const forged = await patch();
    expect(forged.status).to.equal(403);
    expect(((await forged.json()) as { error: { code: string } }).error.code).to.equal('CSRF_FAILED');
    expect((await patch('not-the-token')).status).to.equal(403);
    // The cookie the browser sends by itself is no proof: only the header counts.
    expect((await patch(undefined, `${s.cookie}; loa_csrf=${s.csrfToken}`)).status).to.equal(403);
    // Another session's token is not this one's.
    expect((await patch(csrfToken)).status).to.equal(403);
    expect((await patch(s.csrfToken)).status).to.equal(200);
  });

  it('ends a session at log-out', async () => {
    const s = await login(t.baseUrl, tree.users.viewer.username);
    const auth = { authorization: `Bearer ${s.token}` };
    expect((await fetch(`${t.baseUrl}/api/auth/me`, { headers: auth })).status).to.equal(200);
    const out = await fetch(`${t.baseUrl}/api/auth/logout`, { method: 'POST', headers: auth });
    expect(out.status).to.equal(204);
    // Both cookies are cleared: the session's and the CSRF token's.
    expect(
      out.headers
        .getSetCookie()
        .map((c) => c.split('=')[0])
        .sort(),
    ).to.deep.equal(['loa_csrf', 'loa_session']);
    expect((await fetch(`${t.baseUrl}/api/auth/me`, { headers: auth })).status).to.equal(401);
  });

  it('gives a commune editor 404 for another commune, and records every change in the audit log', async () => {
    const editor = await login(t.baseUrl, tree.users.foreign.username);
    const res = await fetch(`${t.baseUrl}/api/units/${tree.communeA.id}`, { headers: { authorization: `Bearer ${editor.token}` } });
    expect(res.status).to.equal(404);
    const admin = await login(t.baseUrl, tree.users.unitAdmin.username);
    const h = { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json', 'x-request-id': 'audit-req-1' };
    await fetch(`${t.baseUrl}/api/units/${tree.village.id}`, { method: 'PATCH', headers: h, body: JSON.stringify({ name: 'Thôn Tây' }) });
    const log = (await (await fetch(`${t.baseUrl}/api/units/${tree.communeA.id}/audit`, { headers: h })).json()) as {
      action: string;
      actorUserId: string;
      requestId: string;
      changes: { name?: string };
    }[];
    const entry = log.find((e) => e.requestId === 'audit-req-1');
    expect(entry).to.include({ action: 'unit.update', actorUserId: tree.users.unitAdmin.id });
    expect(entry?.changes.name).to.equal('Thôn Tây');
  });

  it('never returns a stored secret, and seals it at rest', async () => {
    const admin = await login(t.baseUrl, tree.users.unitAdmin.username);
    const h = { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' };
    const put = await fetch(`${t.baseUrl}/api/units/${tree.communeA.id}/secrets/zalo-oa.refresh-token`, {
      method: 'PUT',
      headers: h,
      body: JSON.stringify({ value: 'rt-bí-mật-123' }),
    });
    expect(put.status).to.equal(200);
    const listed = await (await fetch(`${t.baseUrl}/api/units/${tree.communeA.id}/secrets`, { headers: h })).text();
    expect(listed).to.include('zalo-oa.refresh-token').and.not.to.include('rt-bí-mật-123');
    const { DataSource } = await import('typeorm');
    const rows = (await t.app.get(DataSource).query('SELECT sealed FROM secrets')) as { sealed: string }[];
    expect(rows.map((r) => r.sealed).join()).not.to.include('rt-bí-mật');
  });

  it('takes a removed grant away at once, cached session or not', async () => {
    const admin = await login(t.baseUrl, tree.users.systemAdmin.username);
    const adminH = { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' };
    const grantRes = await fetch(`${t.baseUrl}/api/users/${tree.users.foreign.id}/grants`, {
      method: 'POST',
      headers: adminH,
      body: JSON.stringify({ unitId: tree.village.id, role: 'viewer' }),
    });
    const granted = (await grantRes.json()) as { id: string };
    expect(grantRes.status, JSON.stringify(granted)).to.equal(201);
    const foreign = { authorization: `Bearer ${(await login(t.baseUrl, tree.users.foreign.username)).token}` };
    expect((await fetch(`${t.baseUrl}/api/units/${tree.village.id}`, { headers: foreign })).status).to.equal(200);
    expect(
      (
        await fetch(`${t.baseUrl}/api/users/${tree.users.foreign.id}/grants/${granted.id}`, {
          method: 'DELETE',
          headers: { authorization: adminH.authorization },
        })
      ).status,
    ).to.equal(204);
    expect((await fetch(`${t.baseUrl}/api/units/${tree.village.id}`, { headers: foreign })).status).to.equal(404);
  });

  it('limits failed log-ins', async () => {
    const limited = await startTestApp(db, { LOGIN_RATE_LIMIT: '3/60' });
    try {
      const attempt = () =>
        fetch(`${limited.baseUrl}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: tree.users.viewer.username, password: 'sai-mat-khau' }),
        });
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await attempt()).status);
      expect(statuses).to.deep.equal([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
