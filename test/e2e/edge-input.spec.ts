/** The edge: what the API fuzzer found accepted, crashing or answered in English, each refused with a coded Vietnamese 4xx. */
import { expect } from 'chai';
import { request as httpRequest } from 'node:http';
import { systemActor } from '../../src/modules/access/principal.js';
import { PlansService } from '../../src/modules/plans/plans.service.js';
import { photo } from '../integration/media/media-fixtures.js';
import { login, seedTree, type Tree } from '../support/fixtures.js';
import { smallPlanText } from '../support/small-plan.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';

interface ErrorBody {
  error: {
    code: string;
    message: string;
    evidence: { fields?: { field: string; messages: string[]; value?: unknown }[]; [k: string]: unknown };
  };
  requestId: string;
}
interface Item {
  id: string;
  version: number;
  updatedAt: string;
}

/** Vietnamese letters with diacritics: a message in Vietnamese has at least one. */
const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

function raw(
  baseUrl: string,
  options: { method: string; path: string; headers: Record<string, string>; body?: Buffer; endEarly?: boolean },
): Promise<{ status: number; text: string }> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: options.path, method: options.method, headers: options.headers },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

describeEachDatabase('the edge: validation, limits and Vietnamese answers', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  let editor: Record<string, string>;
  let admin: Record<string, string>;
  let planId: string;
  let planRowVersion: number;

  const api = async (method: string, path: string, headers: Record<string, string>, body?: unknown) => {
    const res = await fetch(t.baseUrl + path, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, text, body: (text ? JSON.parse(text) : null) as ErrorBody & Item & Record<string, unknown> };
  };
  const expectCoded = (r: { status: number; body: ErrorBody }, status: number, code: string) => {
    expect(r.status, JSON.stringify(r.body).slice(0, 400)).to.equal(status);
    expect(r.body.error.code).to.equal(code);
    expect(r.body.error.message).to.match(vietnamese);
  };

  before(async () => {
    db = await createTestDatabase(kind);
    t = await startTestApp(db);
    tree = await seedTree(t.app);
    editor = { authorization: `Bearer ${(await login(t.baseUrl, tree.users.editor.username)).token}` };
    admin = { authorization: `Bearer ${(await login(t.baseUrl, tree.users.systemAdmin.username)).token}` };
    const draft = await t.app.get(PlansService).import(systemActor, tree.communeA.id, Buffer.from(smallPlanText), 'kh.txt');
    planId = draft.id;
    planRowVersion = draft.rowVersion;
  });
  after(async () => {
    await t?.close();
    await db?.drop();
  });

  it('names the field in Vietnamese with its limit, never a constraint name', async () => {
    const r = await api('POST', '/api/items', editor, { unitId: tree.communeA.id, title: 'x'.repeat(301), channels: ['web-portal'] });
    expectCoded(r, 400, 'VALIDATION_FAILED');
    expect(r.body.error.message).to.include('Tiêu đề dài tối đa 300 ký tự');
    const bad = await api('POST', '/api/items', editor, { unitId: 'không-phải-mã', title: '', channels: ['Web Portal'], tags: 'một' });
    expect(bad.body.error.message).to.include('Tiêu đề không được để trống').and.include('Thẻ phải là một danh sách');
    expect(bad.body.error.message).to.include('Mỗi mục của kênh không đúng định dạng');
    expect(bad.body.error.message).not.to.match(/isLength|matches|isUuid|isString|must be/);
  });

  it('refuses a malformed id in a path in Vietnamese, and an unknown route without quoting it', async () => {
    const r = await api('GET', '/api/items/123', editor);
    expectCoded(r, 400, 'VALIDATION_FAILED');
    expect(r.text).not.to.include('Validation failed');
    // Under /api: any other path belongs to the web app, which answers it with its index.html.
    const missing = await api('GET', '/api/khong-co-dau', editor);
    expectCoded(missing, 404, 'ROUTE_NOT_FOUND');
    expect(missing.text).not.to.include('Cannot GET');
  });

  it('refuses null in optional fields instead of passing it to the service', async () => {
    const item = (await api('POST', '/api/items', editor, { unitId: tree.communeA.id, title: 'Tin CCHC', channels: ['web-portal'] })).body;
    for (const field of ['title', 'summary', 'body', 'tags', 'channels']) {
      const r = await api('PATCH', `/api/items/${item.id}`, editor, { version: item.version, [field]: null });
      expectCoded(r, 400, 'VALIDATION_FAILED');
      expect(r.body.error.evidence.fields?.map((f) => f.field)).to.deep.equal([field]);
    }
    for (const field of ['name', 'level']) {
      expectCoded(await api('PATCH', `/api/units/${tree.village.id}`, admin, { [field]: null }), 400, 'VALIDATION_FAILED');
    }
    expectCoded(
      await api('PATCH', `/api/plans/${planId}/tasks/1`, admin, { rowVersion: planRowVersion, title: null }),
      400,
      'VALIDATION_FAILED',
    );
    // A field that may be cleared still takes null.
    const cleared = await api('PATCH', `/api/items/${item.id}`, editor, { version: item.version, audience: null });
    expect(cleared.status, cleared.text).to.equal(200);
  });

  it('refuses impossible dates, a string rowVersion and settings that are not an object', async () => {
    const cal = (from: string, to: string) => api('GET', `/api/units/${tree.communeA.id}/calendar?from=${from}&to=${to}`, editor);
    const month13 = await cal('2024-13-01', '2024-12-31');
    expectCoded(month13, 400, 'VALIDATION_FAILED');
    expect(month13.body.error.message).to.include('Từ ngày phải là một ngày có thật');
    expectCoded(await cal('2024-02-01', '2024-02-30'), 400, 'VALIDATION_FAILED');
    expect((await cal('2024-02-01', '2024-02-29')).status).to.equal(200);
    const issued = await api('PATCH', `/api/plans/${planId}`, admin, { rowVersion: planRowVersion, issuedOn: '2024-02-30' });
    expectCoded(issued, 400, 'VALIDATION_FAILED');
    expect(issued.body.error.message).to.include('Ngày ban hành');
    expectCoded(
      await api('PATCH', `/api/plans/${planId}`, admin, { rowVersion: String(planRowVersion), place: 'Hành Đức' }),
      400,
      'VALIDATION_FAILED',
    );
    expectCoded(await api('PATCH', `/api/units/${tree.village.id}`, admin, { settings: [] }), 400, 'VALIDATION_FAILED');
    expect((await api('PATCH', `/api/units/${tree.village.id}`, admin, { settings: { requiresApproval: true } })).status).to.equal(200);
  });

  it('refuses JSON nested thousands deep without a crash, and never echoes more than an excerpt', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    for (const path of ['/api/items', '/api/phrases/parse', `/api/units/${tree.village.id}`]) {
      const r = await api(
        path.startsWith('/api/units') ? 'PATCH' : 'POST',
        path,
        admin,
        path === '/api/items' ? `{"title": ${deep}}` : deep,
      );
      expectCoded(r, 400, 'JSON_TOO_DEEP');
    }
    const huge = 'ạ'.repeat(100_000);
    const r = await api('POST', '/api/items', editor, {
      unitId: tree.communeA.id,
      title: huge,
      channels: ['web-portal'],
      tags: [[[[[[huge]]]]]],
    });
    expectCoded(r, 400, 'VALIDATION_FAILED');
    expect(r.text.length).to.be.below(3000);
    const phrase = await api('POST', '/api/phrases/parse', editor, { text: { nested: [[[[[[huge]]]]]] } });
    expectCoded(phrase, 422, 'INPUT_MALFORMED');
    expect(phrase.text.length).to.be.below(3000);
    // In a batch each item answers for itself (200), quoting only an excerpt of a malformed one.
    const batch = await api('POST', '/api/phrases/parse', editor, [{ text: { nested: [[[[[[huge]]]]]] } }]);
    expect(batch.status).to.equal(200);
    expect(batch.text.length).to.be.below(3000);
  });

  it('answers broken multipart on both upload routes with a coded 400', async () => {
    const item = (await api('POST', '/api/items', editor, { unitId: tree.communeA.id, title: 'Ảnh', channels: ['web-portal'] })).body;
    const routes = [`/api/plans/import?unitId=${tree.communeA.id}`, `/api/items/${item.id}/attachments?version=${item.version}`];
    const part = (b: string) =>
      Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nnội dung`);
    for (const path of routes) {
      const cases: [string, Buffer][] = [
        ['multipart/form-data', Buffer.concat([part('abc'), Buffer.from('\r\n--abc--\r\n')])],
        ['multipart/form-data; boundary=xyz', Buffer.concat([part('abc'), Buffer.from('\r\n--abc--\r\n')])],
        ['multipart/form-data; boundary=abc', part('abc')],
      ];
      for (const [type, body] of cases) {
        const r = await raw(t.baseUrl, {
          method: 'POST',
          path,
          headers: { ...editor, 'content-type': type, 'content-length': String(body.length) },
          body,
        });
        const parsed = JSON.parse(r.text) as ErrorBody;
        expect(r.status, `${path} ${type}: ${r.text}`).to.equal(400);
        expect(parsed.error.code).to.be.oneOf(['UPLOAD_MALFORMED', 'UPLOAD_MISSING']);
        expect(parsed.error.message).to.match(vietnamese);
      }
    }
  });

  it('refuses a PNG named .docx, and moves updatedAt when a file is added', async () => {
    const item = (await api('POST', '/api/items', editor, { unitId: tree.communeA.id, title: 'Ảnh bìa', channels: ['web-portal'] })).body;
    const send = async (name: string, version: number) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(await photo({ storedWidth: 1200, storedHeight: 800 }))]), name);
      const res = await fetch(`${t.baseUrl}/api/items/${item.id}/attachments?version=${version}`, {
        method: 'POST',
        headers: editor,
        body: form,
      });
      return { status: res.status, body: (await res.json()) as ErrorBody & Item };
    };
    const docx = await send('bao-cao.docx', item.version);
    expect(docx.status).to.equal(422);
    expect(docx.body.error.code).to.equal('MEDIA_EXTENSION_MISMATCH');
    expect(docx.body.error.message).to.include('.docx');
    const ok = await send('anh-bia.jpg', item.version);
    expect(ok.status, JSON.stringify(ok.body)).to.equal(201);
    expect(Date.parse(ok.body.updatedAt)).to.be.above(Date.parse(item.updatedAt));
  });

  it('answers an over-long path parameter (414) and huge headers (431) in Vietnamese, without the URL', async () => {
    const long = 'a'.repeat(300);
    const r = await raw(t.baseUrl, { method: 'GET', path: `/api/items/${long}`, headers: editor });
    expect(r.status).to.equal(414);
    expect((JSON.parse(r.text) as ErrorBody).error.code).to.equal('URI_TOO_LONG');
    expect(r.text).to.match(vietnamese).and.not.to.include(long);
    const h = await raw(t.baseUrl, { method: 'GET', path: '/health', headers: { 'x-filler': 'b'.repeat(40_000) } });
    expect(h.status).to.equal(431);
    expect((JSON.parse(h.text) as ErrorBody).error.code).to.equal('HEADERS_TOO_LARGE');
    expect(h.text).to.match(vietnamese).and.not.to.include('bbbb');
  });

  it('throttles log-ins per account and address: a colleague behind the same address still logs in', async () => {
    const limited = await startTestApp(db, { LOGIN_RATE_LIMIT: '3/60' });
    try {
      const attempt = (username: string, password: string) =>
        fetch(`${limited.baseUrl}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password }),
        });
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await attempt(tree.users.viewer.username, 'sai-mat-khau')).status);
      expect(statuses).to.deep.equal([401, 401, 401, 429, 429]);
      const refused = await attempt(tree.users.viewer.username, 'mat-khau-thu-nghiem-1');
      expect(refused.status).to.equal(429);
      expect(Number(refused.headers.get('retry-after'))).to.be.within(1, 60);
      expect((await attempt(tree.users.editor.username, 'mat-khau-thu-nghiem-1')).status).to.equal(200);
    } finally {
      await limited.close();
    }
  });

  it('serves /metrics only with METRICS_TOKEN when one is configured', async () => {
    const guarded = await startTestApp(db, { METRICS_TOKEN: 'prometheus-token-0123456789' });
    try {
      const none = await fetch(`${guarded.baseUrl}/metrics`);
      expect(none.status).to.equal(403);
      expect(((await none.json()) as ErrorBody).error.code).to.equal('METRICS_FORBIDDEN');
      const wrong = await fetch(`${guarded.baseUrl}/metrics`, { headers: { authorization: 'Bearer prometheus-token-0123456780' } });
      expect(wrong.status).to.equal(403);
      const ok = await fetch(`${guarded.baseUrl}/metrics`, { headers: { authorization: 'Bearer prometheus-token-0123456789' } });
      expect(ok.status).to.equal(200);
      expect(await ok.text()).to.include('loa_http_requests_total');
    } finally {
      await guarded.close();
    }
  });

  it('refuses a task edit or plan PATCH whose phrase names a day that does not exist, naming the field and the task', async () => {
    const plan = (await api('GET', `/api/plans/${planId}`, admin)).body as unknown as { rowVersion: number };
    const task = await api('PATCH', `/api/plans/${planId}/tasks/2`, admin, {
      rowVersion: plan.rowVersion,
      deadlineText: 'Trước ngày 30/02/2024',
    });
    expect(task.status, task.text).to.be.within(400, 499);
    expect(task.body.error.message).to.include('Nhiệm vụ 2').and.include('thời hạn');
    expect(task.body.error.evidence).to.include({ field: 'deadlineText', taskId: '2' });
    const header = await api('PATCH', `/api/plans/${planId}`, admin, {
      rowVersion: plan.rowVersion,
      reportingDeadlineText: 'Trước ngày 31/04/2024',
    });
    expect(header.status, header.text).to.be.within(400, 499);
    expect(header.body.error.message).to.include('thời hạn báo cáo');
    const after = (await api('GET', `/api/plans/${planId}`, admin)).body as unknown as { rowVersion: number };
    expect(after.rowVersion).to.equal(plan.rowVersion);
  });

  it('shows who made each audited change by name, not by id', async () => {
    const r = await api('PATCH', `/api/units/${tree.village.id}`, { ...admin, 'x-request-id': 'edge-audit-1' }, { name: 'Thôn Đông Hai' });
    expect(r.status, r.text).to.equal(200);
    const log = (await api('GET', `/api/units/${tree.communeA.id}/audit`, admin)).body as unknown as {
      requestId: string;
      actorName: string;
      actorUserId: string;
    }[];
    const entry = log.find((e) => e.requestId === 'edge-audit-1');
    expect(entry?.actorUserId).to.equal(tree.users.systemAdmin.id);
    expect(entry?.actorName).to.equal(`systemAdmin (${tree.users.systemAdmin.username})`);
  });

  it('takes a unit code wherever a unit id goes in a path, with the same access rules', async () => {
    const code = tree.communeA.code ?? '';
    const byCode = await api('GET', `/api/units/${code}`, editor);
    expect(byCode.status, byCode.text).to.equal(200);
    expect(byCode.body).to.include({ id: tree.communeA.id });
    expect((await api('GET', `/api/units/${code}/calendar?from=2024-03-01&to=2024-03-31`, editor)).status).to.equal(200);
    expectCoded(await api('GET', '/api/units/khong-co-ma-nay', editor), 404, 'NOT_FOUND');
    const foreign = { authorization: `Bearer ${(await login(t.baseUrl, tree.users.foreign.username)).token}` };
    expectCoded(await api('GET', `/api/units/${code}`, foreign), 404, 'NOT_FOUND');
  });

  it('takes a unit code wherever a unit id goes in a body or a query, with the same access rules', async () => {
    const code = tree.communeA.code ?? '';
    const created = await api('POST', '/api/items', editor, { unitId: code, title: 'Tin theo mã đơn vị', channels: ['web-portal'] });
    expect(created.status, created.text).to.equal(201);
    expect(created.body.unitId).to.equal(tree.communeA.id);
    const listed = await api('GET', `/api/items?unitId=${encodeURIComponent(code)}`, editor);
    expect(listed.status, listed.text).to.equal(200);
    expect((listed.body as unknown as { id: string }[]).map((i) => i.id)).to.include(created.body.id);
    const plans = await api('GET', `/api/plans?unitId=${encodeURIComponent(code)}`, editor);
    expect((plans.body as unknown as { id: string; unitId: string }[]).map((p) => p.id)).to.include(planId);
    const publications = await api('GET', `/api/publications?unitId=${encodeURIComponent(code)}`, editor);
    expect(publications.status, publications.text).to.equal(200);
    const unit = await api('POST', '/api/units', admin, {
      parentId: tree.province.code,
      name: 'UBND xã Theo Mã',
      level: 'commune',
      code: `${code}-ma`,
    });
    expect(unit.status, unit.text).to.equal(201);
    expect(unit.body.parentId).to.equal(tree.province.id);
    // An unknown code is not found, a malformed one is a validation error naming the field, and a
    // code of a unit the caller may not act for is refused exactly as its id would be.
    expectCoded(
      await api('POST', '/api/items', editor, { unitId: 'khong-co-ma-nay', title: 'Tin', channels: ['web-portal'] }),
      404,
      'NOT_FOUND',
    );
    const malformed = await api('GET', `/api/items?unitId=${encodeURIComponent('mã có dấu')}`, editor);
    expectCoded(malformed, 400, 'VALIDATION_FAILED');
    expect(malformed.body.error.message).to.include('Đơn vị phải là mã định danh UUID hoặc mã đơn vị hành chính');
    const byId = await api('POST', '/api/items', editor, { unitId: tree.communeB.id, title: 'Tin', channels: ['web-portal'] });
    const byCode = await api('POST', '/api/items', editor, { unitId: tree.communeB.code, title: 'Tin', channels: ['web-portal'] });
    expect(byId.status).to.be.within(400, 499);
    expect([byCode.status, byCode.body.error.code]).to.deep.equal([byId.status, byId.body.error.code]);
  });
});
