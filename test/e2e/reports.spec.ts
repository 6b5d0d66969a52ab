/** Fulfilment reports over HTTP on both databases: proofs, reporting windows, roll-up, XLSX and DOCX read back. */
import { expect } from 'chai';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemActor } from '../../src/modules/access/principal.js';
import { Clock } from '../../src/modules/common/clock.js';
import { ContentService } from '../../src/modules/content/content.service.js';
import { QueueService } from '../../src/modules/content/queue.service.js';
import { PlansService } from '../../src/modules/plans/plans.service.js';
import { login, seedTree, type Tree, activeSeedPlan } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';

/** 20/3/2024, 09:00 in Vietnam: Q1's window (15/12–14/3) is closed, Q2's has begun. */
class March20 extends Clock {
  now(): Date {
    return new Date('2024-03-20T02:00:00.000Z');
  }
}

interface Row {
  planId: string;
  taskId: string;
  title: string;
  channel: string;
  planned: number | null;
  filled: number;
  published: number;
  late: number;
  missed: number;
  gap: number;
  open: boolean;
}
interface Report {
  period: { label: string; from: string; to: string; dueOn: string; dueSource: string };
  unit: { id: string; name: string };
  rows: Row[];
  totals: { planned: number; published: number; completion: number | null };
  score: { points: number; projected: { points: number }; needs: { message: string }[] };
  rollup: {
    units: { unitId: string; name: string; planned: number; published: number; completion: number | null; behind: boolean }[];
    behind: string[];
  } | null;
  proofs: { url: string | null; publishedOn: string }[];
}
interface Err {
  error: { code: string; message: string; evidence: Record<string, unknown> };
}

describeEachDatabase('fulfilment reports', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  let planId: string;
  let webTask: string;
  const h: Record<string, Record<string, string>> = {};

  const api = async <T>(method: string, path: string, who: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const res = await fetch(t.baseUrl + path, {
      method,
      headers: body === undefined ? h[who] : { ...h[who], 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  };
  const file = async (path: string, who: string): Promise<{ status: number; type: string | null; body: Buffer }> => {
    const res = await fetch(t.baseUrl + path, { headers: h[who] });
    return { status: res.status, type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
  };
  /** An approved item of the portal task, queued into a slot. */
  const queuedItem = async (title: string) => {
    const content = t.app.get(ContentService);
    let item = await content.create(systemActor, tree.communeA.id, { title, channels: ['web-portal'], planId, taskId: webTask });
    item = await content.act(systemActor, item.id, item.version, 'submit', undefined);
    item = await content.act(systemActor, item.id, item.version, 'approve', undefined);
    return (await t.app.get(QueueService).enqueue(systemActor, item.id, item.version)).item;
  };
  const proof = (itemId: string, publishedAt: string, url: string) =>
    api<{ publishedOn: string } & Err>('POST', `/api/items/${itemId}/proofs`, 'editor', { channel: 'web-portal', publishedAt, url });

  before(async () => {
    db = await createTestDatabase(kind);
    t = await startTestApp(db, {}, { clock: new March20() });
    tree = await seedTree(t.app, 'r');
    for (const who of ['editor', 'viewer', 'systemAdmin', 'foreign'])
      h[who] = { authorization: `Bearer ${(await login(t.baseUrl, tree.users[who].username)).token}` };
    const plans = t.app.get(PlansService);
    const plan = await activeSeedPlan(plans, tree.communeA.id, '001');
    planId = plan.id;
    webTask = plan.document.tasks.find((x) => x.channels.includes('web-portal') && x.quota !== null)!.id;
    // Three items published by hand: 10/3, 23:30 on 14/3 (16:30 UTC) and 09:00 on 15/3, Vietnamese time.
    const [a, b, c] = [await queuedItem('Tin 1'), await queuedItem('Tin 2'), await queuedItem('Tin 3')];
    expect((await proof(a.id, '2024-03-10', 'https://hanhduc.example.gov.vn/tin/1')).status).to.equal(201);
    const late = await proof(b.id, '2024-03-14T16:30:00Z', 'https://hanhduc.example.gov.vn/tin/2');
    expect(late.status, JSON.stringify(late.body)).to.equal(201);
    expect(late.body.publishedOn).to.equal('2024-03-14');
    expect((await proof(c.id, '2024-03-15T09:00', 'https://hanhduc.example.gov.vn/tin/3')).status).to.equal(201);
  });
  after(async () => {
    await t?.close();
    await db?.drop();
  });

  it('counts a publication in the window of its own Vietnamese date: 14/3 (even 23:30) in Q1, 15/3 in Q2', async () => {
    const q1 = await api<Report>('GET', `/api/units/${tree.communeA.id}/reports?period=2024-Q1`, 'viewer');
    expect(q1.status, JSON.stringify(q1.body)).to.equal(200);
    expect(q1.body.period).to.deep.include({
      label: '2024-Q1',
      from: '2023-12-15',
      to: '2024-03-14',
      dueOn: '2024-03-20',
      dueSource: 'ministry',
    });
    const web1 = q1.body.rows.find((r) => r.planId === planId && r.taskId === webTask && r.channel === 'web-portal')!;
    expect(web1.title).to.match(/chuyên trang, chuyên mục/);
    expect(web1.published).to.equal(2);
    expect(q1.body.proofs.map((p) => p.publishedOn)).to.deep.equal(['2024-03-10', '2024-03-14']);
    const q2 = await api<Report>('GET', `/api/units/${tree.communeA.id}/reports?period=2024-Q2`, 'viewer');
    expect(q2.body.rows.find((r) => r.taskId === webTask && r.channel === 'web-portal')!.published).to.equal(1);
    expect(q2.body.period).to.deep.include({ from: '2024-03-15', to: '2024-06-14' });
    // The "thường xuyên" tasks of the plan are open obligations, with no number.
    expect(q1.body.rows.some((r) => r.open && r.planned === null)).to.equal(true);
  });

  it('does not count an item whose status says published without a proof', async () => {
    const content = t.app.get(ContentService);
    const item = await queuedItem('Không có minh chứng');
    await content.act(systemActor, item.id, item.version, 'publish', undefined);
    const q2 = await api<Report>('GET', `/api/units/${tree.communeA.id}/reports?period=2024-Q2`, 'viewer');
    expect(q2.body.rows.find((r) => r.taskId === webTask && r.channel === 'web-portal')!.published).to.equal(1);
  });

  it("lets the plan's own reporting deadline win over the 20th", async () => {
    const plans = t.app.get(PlansService);
    const current = await plans.get(systemActor, planId);
    await plans.patchHeader(systemActor, planId, current.rowVersion, { reportingDeadlineText: 'trước ngày 10 của tháng cuối kỳ' });
    const q2 = await api<Report>('GET', `/api/units/${tree.communeA.id}/reports?period=2024-Q2`, 'viewer');
    expect(q2.body.period).to.deep.include({ dueOn: '2024-06-10', dueSource: 'plan' });
  });

  it('rolls the province up over its communes, the units behind first', async () => {
    const r = await api<Report>('GET', `/api/units/${tree.province.id}/reports?period=2024-Q1`, 'systemAdmin');
    expect(r.status).to.equal(200);
    const units = r.body.rollup!.units;
    const a = units.find((u) => u.unitId === tree.communeA.id)!;
    const own = await api<Report>('GET', `/api/units/${tree.communeA.id}/reports?period=2024-Q1`, 'viewer');
    expect(a.planned).to.equal(own.body.totals.planned);
    expect(a.published).to.equal(own.body.totals.published);
    expect(a.behind).to.equal(true);
    expect(r.body.rollup!.behind[0]).to.equal(units[0].unitId);
    expect(units.find((u) => u.unitId === tree.communeB.id)).to.include({ planned: 0, completion: null, behind: false });
  });

  it('answers the same numbers as XLSX (read back with exceljs) and DOCX (read back with mammoth)', async () => {
    const json = (await api<Report>('GET', `/api/units/${tree.communeA.id}/reports?period=2024-Q1`, 'viewer')).body;
    const x = await file(`/api/units/${tree.communeA.id}/reports?period=2024-Q1&format=xlsx`, 'viewer');
    expect(x.status).to.equal(200);
    expect(x.type).to.include('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.body as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Báo cáo')!;
    expect(ws.getRow(4).getCell(3).value).to.equal('Nhiệm vụ');
    json.rows.forEach((row, i) => {
      const cells = ws.getRow(5 + i);
      expect(cells.getCell(3).value).to.equal(row.title);
      expect(cells.getCell(5).value).to.equal(row.planned);
      expect(cells.getCell(8).value).to.equal(row.published);
      expect(typeof cells.getCell(8).value).to.equal('number');
      expect(cells.getCell(11).value).to.equal(row.gap);
    });
    expect(ws.getRow(5 + json.rows.length).getCell(5).value).to.equal(json.totals.planned);
    expect(wb.getWorksheet('Minh chứng')!.getRow(2).getCell(5).value).to.equal('https://hanhduc.example.gov.vn/tin/1');

    const parent = await file(`/api/units/${tree.province.id}/reports?period=2024-Q1&format=xlsx`, 'systemAdmin');
    const pw = new ExcelJS.Workbook();
    await pw.xlsx.load(parent.body as unknown as ArrayBuffer);
    expect(pw.getWorksheet('Tổng hợp đơn vị')!.rowCount).to.equal(1 + 3);

    const d = await file(`/api/units/${tree.communeA.id}/reports?period=2024-Q1&format=docx`, 'viewer');
    expect(d.status).to.equal(200);
    expect(d.type).to.include('wordprocessingml');
    const text = (await mammoth.extractRawText({ buffer: d.body })).value;
    expect(text).to.include('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).to.include('Độc lập - Tự do - Hạnh phúc');
    expect(text).to.include('Kết quả thực hiện công tác tuyên truyền CCHC quý I năm 2024');
    expect(text).to.include('Hành Đức, ngày 20 tháng 03 năm 2024');
    expect(text).to.include(
      `${json.rows.length > 0 ? json.totals.planned : 0} lượt tin, bài, chương trình theo kế hoạch; đã đăng, phát ${json.totals.published} lượt`,
    );
    expect(text).to.include('https://hanhduc.example.gov.vn/tin/2');
    // Points with the Vietnamese decimal comma, as the dashboard shows them.
    const vn = (n: number) => String(n).replace('.', ',');
    expect(text).to.include(`điểm tự đánh giá hiện tại là ${vn(json.score.points)} điểm`);
    expect(text).to.include(`điểm dự kiến cuối kỳ là ${vn(json.score.projected.points)} điểm`);
    expect(text).not.to.match(/\d\.\d+ điểm/);
    const html = (await mammoth.convertToHtml({ buffer: d.body })).value;
    const web = json.rows.find((r) => r.taskId === webTask && r.channel === 'web-portal')!;
    expect(html).to.include(
      `<td><p>${web.planned}</p></td><td><p>${web.published}</p></td><td><p>${web.late}</p></td><td><p>${web.missed}</p></td><td><p>${web.gap}</p></td>`,
    );
  });

  it('writes the same report from the command line: loa report --unit CODE --period 2024-Q1 --format json|xlsx', async function () {
    // Two processes that each start the application context: slow on a shared machine.
    this.timeout(240_000);
    const loa = join(process.cwd(), 'dist/src/cli/loa.js');
    const dir = mkdtempSync(join(tmpdir(), 'loa-report-'));
    try {
      const env = {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: db.url,
        DATA_DIR: t.config.dataDir,
        LOG_LEVEL: 'silent',
        LOA_SECRET_KEYS: `t1:${Buffer.alloc(32, 7).toString('base64')}`,
      };
      const json = spawnSync(process.execPath, [loa, 'report', '--unit', tree.communeA.code!, '--period', '2024-Q1'], {
        env,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(json.status, json.stderr).to.equal(0);
      const fromCli = JSON.parse(json.stdout) as Report;
      const fromHttp = (await api<Report>('GET', `/api/units/${tree.communeA.id}/reports?period=2024-Q1`, 'viewer')).body;
      expect(fromCli.rows.map((r) => [r.taskId, r.channel, r.planned, r.published])).to.deep.equal(
        fromHttp.rows.map((r) => [r.taskId, r.channel, r.planned, r.published]),
      );
      const out = join(dir, 'q1.xlsx');
      const x = spawnSync(
        process.execPath,
        [loa, 'report', '--unit', tree.communeA.code!, '--period', '2024-Q1', '--format', 'xlsx', '--out', out],
        { env, encoding: 'utf8', timeout: 120_000 },
      );
      expect(x.status, x.stderr).to.equal(0);
      expect(x.stdout).to.include('Đã ghi báo cáo quý I năm 2024');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
      expect(
        wb
          .getWorksheet('Báo cáo')!
          .getRow(5 + fromHttp.rows.length)
          .getCell(8).value,
      ).to.equal(fromHttp.totals.published);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a bad period, a period before the plan, a unit outside the subtree, and bad proofs, with coded Vietnamese errors', async () => {
    const bad = await api<Err>('GET', `/api/units/${tree.communeA.id}/reports?period=2024-Q5`, 'viewer');
    expect(bad.body.error.code).to.equal('PERIOD_INVALID');
    expect(bad.body.error.message).to.include('Kỳ báo cáo');
    const early = await api<Err>('GET', `/api/units/${tree.communeA.id}/reports?period=2023-Q2`, 'viewer');
    expect(early.status).to.equal(422);
    expect(early.body.error.code).to.equal('PERIOD_BEFORE_PLAN');
    const format = await api<Err>('GET', `/api/units/${tree.communeA.id}/reports?period=2024-Q1&format=pdf`, 'viewer');
    expect(format.status).to.equal(400);
    const foreign = await api<Err>('GET', `/api/units/${tree.communeA.id}/reports?period=2024-Q1`, 'foreign');
    expect(foreign.status).to.equal(404);
    expect(foreign.body.error.code).to.equal('NOT_FOUND');
    const item = await queuedItem('Sai ngày');
    const impossible = await proof(item.id, '2024-02-30', 'https://x.example.gov.vn/1');
    expect(impossible.status).to.equal(400);
    expect(impossible.body.error.code).to.equal('PUBLISHED_AT_INVALID');
    expect(impossible.body.error.evidence).to.include({ field: 'publishedAt' });
    const future = await proof(item.id, '2024-04-01', 'https://x.example.gov.vn/1');
    expect(future.body.error.code).to.equal('PUBLISHED_AT_FUTURE');
    const channel = await api<Err>('POST', `/api/items/${item.id}/proofs`, 'editor', { channel: 'radio', publishedAt: '2024-03-01' });
    expect(channel.body.error.code).to.equal('CHANNEL_NOT_SERVED');
    const badUrl = await api<Err>('POST', `/api/items/${item.id}/proofs`, 'editor', {
      channel: 'web-portal',
      publishedAt: '2024-03-01',
      url: 'javascript:alert(1)',
    });
    expect(badUrl.status).to.equal(400);
    const draft = await t.app.get(ContentService).create(systemActor, tree.communeA.id, { title: 'Nháp', channels: ['web-portal'] });
    const unapproved = await proof(draft.id, '2024-03-01', 'https://x.example.gov.vn/2');
    expect(unapproved.body.error.code).to.equal('PROOF_ITEM_NOT_APPROVED');
  });
});
