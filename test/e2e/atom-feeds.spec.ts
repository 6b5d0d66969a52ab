/** Secret-token Atom feeds of a unit's published web-portal items, over HTTP on both databases, read back with a real XML parser. */
import { expect } from 'chai';
import { XMLParser } from 'fast-xml-parser';
import { systemActor } from '../../src/modules/access/principal.js';
import { ContentService } from '../../src/modules/content/content.service.js';
import { login, seedTree, type Tree } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';

interface Err {
  error: { code: string; message: string; evidence: Record<string, unknown> };
  requestId: string;
}
type Node = Record<string, unknown>;
/** An element with `type="html"`: its text and its type. */
interface Typed {
  '#text': string;
  '@_type': string;
}
interface AtomEntry {
  id: string;
  title: Typed;
  updated: string;
  published: string;
  summary?: Typed;
  content: Typed;
  author: { name: string };
  link: { '@_href': string } | { '@_href': string }[];
}

const ATOM_NS = 'http://www.w3.org/2005/Atom';
/** RFC 3339 in UTC, as the feed writes instants. */
const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' });

describeEachDatabase('Atom feeds of published web-portal items', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  const h: Record<string, Record<string, string>> = {};
  const ids: Record<string, string> = {};

  const api = async <T>(method: string, path: string, who: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const res = await fetch(t.baseUrl + path, {
      method,
      headers: body === undefined ? h[who] : { ...h[who], 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  };
  /** An approved item of a unit, made through the workflow. */
  const approvedItem = async (unitId: string, title: string, channels: string[], fields: { summary?: string; body?: string } = {}) => {
    const content = t.app.get(ContentService);
    let item = await content.create(systemActor, unitId, { title, channels, ...fields });
    item = await content.act(systemActor, item.id, item.version, 'submit', undefined);
    item = await content.act(systemActor, item.id, item.version, 'approve', undefined);
    return item;
  };
  const proof = async (who: string, itemId: string, channel: string, publishedAt: string, url?: string) => {
    const res = await api<Err>('POST', `/api/items/${itemId}/proofs`, who, { channel, publishedAt, ...(url ? { url } : {}) });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
  };
  const newFeedUrl = async (unitId: string, who = 'editor') => {
    const res = await api<{ url: string } & Err>('POST', `/api/units/${unitId}/atom-feeds`, who, {});
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    return res.body.url;
  };
  const get = (url: string, headers: Record<string, string> = {}) =>
    fetch(t.baseUrl + new URL(url).pathname + new URL(url).search, { headers });
  const parse = (xml: string): { feed: Node; entries: AtomEntry[] } => {
    const doc = parser.parse(xml) as { feed?: Node };
    expect(doc.feed, 'root element <feed>').to.be.an('object');
    return { feed: doc.feed!, entries: (doc.feed!.entry as AtomEntry[] | undefined) ?? [] };
  };

  before(async () => {
    db = await createTestDatabase(kind);
    t = await startTestApp(db);
    tree = await seedTree(t.app, 'f');
    for (const who of ['editor', 'viewer', 'foreign'])
      h[who] = { authorization: `Bearer ${(await login(t.baseUrl, tree.users[who].username)).token}` };

    const older = await approvedItem(tree.communeA.id, 'Cải cách thủ tục hành chính năm 2024', ['web-portal'], {
      summary: 'Tóm tắt tin cũ',
      body: '<p>Nội dung tin cũ</p>',
    });
    const newer = await approvedItem(tree.communeA.id, 'Dịch vụ công trực tuyến "mức độ 4" & <một cửa>', ['web-portal'], {
      summary: 'Người dân nộp hồ sơ qua mạng',
      body: '<p>Hướng dẫn <strong>nộp hồ sơ</strong></p>',
    });
    const onFacebookOnly = await approvedItem(tree.communeA.id, 'Chỉ đăng trên Facebook', ['web-portal', 'facebook']);
    const notPublished = await approvedItem(tree.communeA.id, 'Đã duyệt nhưng chưa đăng', ['web-portal']);
    const otherUnit = await approvedItem(tree.communeB.id, 'Tin của xã Gia Viễn', ['web-portal']);
    Object.assign(ids, {
      older: older.id,
      newer: newer.id,
      onFacebookOnly: onFacebookOnly.id,
      notPublished: notPublished.id,
      otherUnit: otherUnit.id,
    });

    await proof('editor', older.id, 'web-portal', '2024-03-10T08:00', 'https://hanhduc.example.gov.vn/tin/1');
    await proof('editor', newer.id, 'web-portal', '2024-03-15T09:00', 'https://hanhduc.example.gov.vn/tin/2');
    await proof('editor', onFacebookOnly.id, 'facebook', '2024-03-16T09:00', 'https://facebook.example.com/p/3');
    await proof('foreign', otherUnit.id, 'web-portal', '2024-03-17T09:00', 'https://giavien.example.gov.vn/tin/1');
  });
  after(async () => {
    await t?.close();
    await db?.drop();
  });

  it("serves valid Atom 1.0 with only the unit's published web-portal items, newest first", async () => {
    const url = await newFeedUrl(tree.communeA.id);
    expect(url).to.match(/\/api\/atom-feeds\/[A-Za-z0-9_-]{20,100}\.atom$/);
    const res = await get(url);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.equal('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    expect(xml.startsWith('<?xml')).to.equal(true);
    const { feed, entries } = parse(xml);

    expect(feed['@_xmlns']).to.equal(ATOM_NS);
    expect(feed.id).to.equal(`urn:uuid:${tree.communeA.id}`);
    expect(String(feed.title)).to.include('UBND xã Hành Đức');
    expect(String(feed.updated)).to.match(RFC3339_UTC);
    expect((feed.author as Node).name).to.equal('UBND xã Hành Đức');
    const links = feed.link as Node[];
    expect(links.find((l) => l['@_rel'] === 'self')?.['@_href']).to.equal(url);

    expect(entries.map((e) => e.id)).to.deep.equal([`urn:uuid:${ids.newer}`, `urn:uuid:${ids.older}`]);
    const [newer, older] = entries;
    for (const e of entries) {
      for (const field of ['id', 'title', 'updated', 'published', 'content', 'author'] as const)
        expect(e[field], field).to.not.equal(undefined);
      expect(e.updated).to.match(RFC3339_UTC);
      expect(e.published).to.match(RFC3339_UTC);
    }
    // 09:00 and 08:00 Vietnamese time are 02:00 and 01:00 UTC.
    expect(newer.published).to.equal('2024-03-15T02:00:00.000Z');
    expect(older.published).to.equal('2024-03-10T01:00:00.000Z');
    expect(feed.updated).to.equal(
      entries
        .map((e) => e.updated)
        .sort()
        .at(-1),
    );
    // Title and summary are plain text declared as HTML, so markup in them is escaped, never live.
    expect(newer.title).to.deep.equal({ '#text': 'Dịch vụ công trực tuyến &quot;mức độ 4&quot; &amp; &lt;một cửa&gt;', '@_type': 'html' });
    expect(newer.summary).to.deep.equal({ '#text': 'Người dân nộp hồ sơ qua mạng', '@_type': 'html' });
    expect(newer.content).to.deep.equal({ '#text': '<p>Hướng dẫn <strong>nộp hồ sơ</strong></p>', '@_type': 'html' });
    expect(older.content['#text']).to.equal('<p>Nội dung tin cũ</p>');
    expect(newer.author.name).to.equal('UBND xã Hành Đức');
    expect([newer.link].flat()[0]['@_href']).to.equal('https://hanhduc.example.gov.vn/tin/2');
    expect([older.link].flat()[0]['@_href']).to.equal('https://hanhduc.example.gov.vn/tin/1');
    expect(xml).to.not.include(ids.otherUnit).and.not.include(ids.onFacebookOnly).and.not.include(ids.notPublished);

    const b = parse(await (await get(await newFeedUrl(tree.communeB.id, 'foreign'))).text());
    expect(b.entries.map((e) => e.id)).to.deep.equal([`urn:uuid:${ids.otherUnit}`]);
  });

  it('bounds the entries with ?limit and refuses a limit out of range in Vietnamese', async () => {
    const url = await newFeedUrl(tree.communeA.id);
    const one = parse(await (await get(`${url}?limit=1`)).text());
    expect(one.entries.map((e) => e.id)).to.deep.equal([`urn:uuid:${ids.newer}`]);
    for (const bad of ['0', '201', 'nhiều']) {
      const res = await get(`${url}?limit=${encodeURIComponent(bad)}`);
      expect(res.status, bad).to.equal(400);
      const body = (await res.json()) as Err;
      expect(body.error.code, bad).to.equal('VALIDATION_FAILED');
      expect(body.error.message, bad).to.include('Số dòng');
      expect(body.requestId).to.be.a('string');
    }
  });

  it('answers 304 to a conditional GET until a new publication changes the feed', async () => {
    const url = await newFeedUrl(tree.communeA.id);
    const first = await get(url);
    const etag = first.headers.get('etag');
    const lastModified = first.headers.get('last-modified');
    expect(etag).to.match(/^"[A-Za-z0-9_-]+"$/);
    expect(new Date(lastModified!).toUTCString()).to.equal(lastModified);
    await first.text();

    const byTag = await get(url, { 'if-none-match': etag! });
    expect(byTag.status).to.equal(304);
    expect(await byTag.text()).to.equal('');
    expect(byTag.headers.get('etag')).to.equal(etag);
    const byDate = await get(url, { 'if-modified-since': lastModified! });
    expect(byDate.status).to.equal(304);
    const stale = await get(url, { 'if-none-match': '"autre"' });
    expect(stale.status).to.equal(200);
    await stale.text();

    const fresh = await approvedItem(tree.communeA.id, 'Tin mới đăng', ['web-portal']);
    await proof('editor', fresh.id, 'web-portal', new Date().toISOString());
    const changed = await get(url, { 'if-none-match': etag! });
    expect(changed.status).to.equal(200);
    expect(changed.headers.get('etag')).to.not.equal(etag);
    expect(parse(await changed.text()).entries[0].id).to.equal(`urn:uuid:${fresh.id}`);
  });

  it('revokes the old URL when a new one is asked for: 404 in Vietnamese JSON', async () => {
    const old = await newFeedUrl(tree.communeA.id);
    expect((await get(old)).status).to.equal(200);
    const current = await newFeedUrl(tree.communeA.id);
    const revoked = await get(old);
    expect(revoked.status).to.equal(404);
    expect(revoked.headers.get('content-type')).to.include('application/json');
    const body = (await revoked.json()) as Err;
    expect(body.error.code).to.equal('NOT_FOUND');
    expect(body.error.message).to.equal('Không tìm thấy đối tượng được yêu cầu.');
    expect(body.requestId).to.be.a('string');
    expect((await get(current)).status).to.equal(200);
    const unknown = await fetch(`${t.baseUrl}/api/atom-feeds/khong-phai-ma-bi-mat-nao-ca-0123.atom`);
    expect(unknown.status).to.equal(404);
    expect(((await unknown.json()) as Err).error.code).to.equal('NOT_FOUND');
  });

  it('lets editors, not viewers or other units, ask for a feed URL', async () => {
    expect((await api<Err>('POST', `/api/units/${tree.communeA.id}/atom-feeds`, 'viewer', {})).status).to.equal(403);
    expect((await api<Err>('POST', `/api/units/${tree.communeA.id}/atom-feeds`, 'foreign', {})).status).to.equal(404);
  });
});
