/** Importing, reviewing and activating plans over HTTP, and the calendar they make. */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { login, seedTree, type Tree } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';
import { seedText } from '../support/seeds.js';
import { encodeLegacyVietnamese } from '../../src/domain/text/legacy-encoding.js';
import { systemActor } from '../../src/modules/access/principal.js';
import { Clock } from '../../src/modules/common/clock.js';
import { ContentService } from '../../src/modules/content/content.service.js';
import { reviewKeyName } from '../../src/domain/plan/review-notes.js';

/** Early January 2024: the seeds' year is still ahead, so an edit of an active plan moves its open slots. */
class January2024 extends Clock {
  now(): Date {
    return new Date('2024-01-02T02:00:00.000Z');
  }
}

interface ReviewNote {
  taskId?: string;
  field: string;
}
interface PlanBody {
  id: string;
  status: string;
  version: number;
  rowVersion: number;
  parentPlanId: string | null;
  document: {
    number: string;
    year: number;
    tasks: { id: string; title: string; channels: string[]; quota: Record<string, unknown> | null }[];
    needsReview: ReviewNote[];
  };
}
/** The names an approver gives the open review notes when acknowledging them (README: "Review before activation"). */
const reviewKeys = (p: PlanBody): string[] => [
  ...new Set(p.document.needsReview.map((n) => (n.taskId ? `${n.taskId}/${n.field}` : n.field))),
];
/** Seed 001 under another number: a different plan of the same unit. */
const renumbered = (number: string): string => seedText('001').replace(/Số:\s*41\s*\/KH-UBND/u, `Số: ${number}`);
interface ErrorBody {
  error: { code: string; message: string; evidence: Record<string, unknown> };
}

describeEachDatabase('plans and calendar over HTTP', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  let editor: Record<string, string>;
  let approver: Record<string, string>;
  let admin: Record<string, string>;

  const api = async <T>(
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: unknown,
  ): Promise<{ status: number; body: T }> => {
    const res = await fetch(t.baseUrl + path, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  };
  const importText = (unitId: string, text: string, who = editor) =>
    api<PlanBody & ErrorBody>('POST', `/api/plans/import?unitId=${unitId}`, who, { text, name: 'kh.txt' });
  const importFile = async (unitId: string, bytes: Uint8Array, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const res = await fetch(`${t.baseUrl}/api/plans/import?unitId=${unitId}`, { method: 'POST', headers: editor, body: form });
    return { status: res.status, body: (await res.json()) as PlanBody & ErrorBody };
  };
  const planCount = async () => Number((await t.app.get(DataSource).query('SELECT COUNT(*) AS n FROM plans'))[0].n);

  before(async () => {
    db = await createTestDatabase(kind);
    t = await startTestApp(db, {}, { clock: new January2024() });
    tree = await seedTree(t.app);
    editor = { authorization: `Bearer ${(await login(t.baseUrl, tree.users.editor.username)).token}` };
    approver = { authorization: `Bearer ${(await login(t.baseUrl, tree.users.approver.username)).token}` };
    admin = { authorization: `Bearer ${(await login(t.baseUrl, tree.users.systemAdmin.username)).token}` };
  });
  after(async () => {
    await t?.close();
    await db?.drop();
  });

  it('imports every seed as a draft for review', async () => {
    for (const seed of ['000', '001', '002', '003', '004']) {
      const r = await importText(tree.communeA.id, seedText(seed));
      expect(r.status, JSON.stringify(r.body).slice(0, 300)).to.equal(201);
      expect(r.body.status).to.equal('draft');
      expect(r.body.document.tasks.length).to.be.greaterThan(0);
    }
  });

  it('imports the example .docx to the same tasks as its .txt; the same plan again is 409 with the plan the unit has, or its next version when asked', async () => {
    const txt = await importText(tree.communeA.id, readFileSync('examples/ke-hoach-tuyen-truyen-cchc-2026.txt', 'utf8'));
    expect(txt.status).to.equal(201);
    const before = await planCount();
    const docx = await importFile(tree.communeA.id, readFileSync('examples/ke-hoach-tuyen-truyen-cchc-2026.docx'), 'kh.docx');
    expect(docx.status).to.equal(409);
    expect(docx.body.error.code).to.equal('PLAN_DUPLICATE');
    expect(docx.body.error.message).to.include('onDuplicate=newVersion');
    expect(docx.body.error.evidence['existingPlan']).to.deep.include({ id: txt.body.id, status: 'draft', number: '12/KH-UBND' });
    expect(await planCount()).to.equal(before);
    const form = new FormData();
    form.append('file', new Blob([readFileSync('examples/ke-hoach-tuyen-truyen-cchc-2026.docx')]), 'kh.docx');
    const res = await fetch(`${t.baseUrl}/api/plans/import?unitId=${tree.communeA.id}&onDuplicate=newVersion`, {
      method: 'POST',
      headers: editor,
      body: form,
    });
    const next = (await res.json()) as PlanBody;
    expect(res.status).to.equal(201);
    expect(next.id).to.equal(txt.body.id);
    expect(await planCount()).to.equal(before);
    const shape = (p: PlanBody) => p.document.tasks.map((x) => ({ id: x.id, channels: x.channels, quota: x.quota }));
    expect(shape(next)).to.deep.equal(shape(txt.body));
  });

  it('refuses bad input with a code and a Vietnamese message, storing nothing', async () => {
    const before = await planCount();
    const cases: [string, Promise<{ status: number; body: ErrorBody }>][] = [
      ['INPUT_EMPTY', importText(tree.communeA.id, '   \n ')],
      ['PLAN_NOT_RECOGNIZED', importText(tree.communeA.id, 'Biên bản họp chi bộ tháng 3.\nNội dung: bầu tổ trưởng.')],
      [
        'INPUT_BINARY',
        importFile(
          tree.communeA.id,
          Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
          'kh.txt',
        ),
      ],
      [
        'INPUT_IMAGE',
        importFile(tree.communeA.id, Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'), 'kh.docx'),
      ],
      ['PAYLOAD_TOO_LARGE', importFile(tree.communeA.id, new Uint8Array(50 * 1024 * 1024).fill(0x61), 'lon.txt')],
    ];
    for (const [code, pending] of cases) {
      const r = await pending;
      expect(r.body.error?.code, `${code}: ${JSON.stringify(r.body)}`).to.equal(code);
      expect(r.status).to.be.within(400, 499);
      expect(r.body.error.message).to.match(/[àáảãạăâđêôơư]/i);
    }
    expect(await planCount()).to.equal(before);
  });

  it('stores a TCVN3 file only after the converted text is confirmed', async () => {
    const bytes = Buffer.from(encodeLegacyVietnamese(seedText('001'), 'tcvn3'), 'latin1');
    const before = await planCount();
    const refused = await importFile(tree.village.id, bytes, 'kh-tcvn3.txt');
    expect(refused.status).to.equal(422);
    expect(refused.body.error.code).to.equal('INPUT_LEGACY_ENCODING');
    expect(String(refused.body.error.evidence.preview)).to.include('Hành Đức');
    expect(await planCount()).to.equal(before);
    const form = new FormData();
    form.append('file', new Blob([bytes]), 'kh-tcvn3.txt');
    const accepted = await fetch(`${t.baseUrl}/api/plans/import?unitId=${tree.village.id}&acceptLegacyEncoding=true`, {
      method: 'POST',
      headers: editor,
      body: form,
    });
    const plan = (await accepted.json()) as PlanBody;
    expect(accepted.status).to.equal(201);
    expect(plan.document.number).to.equal('41/KH-UBND');
    expect(plan.document.tasks).to.have.length(11);
  });

  it('lets an editor correct a draft and refuses a stale edit with 409', async () => {
    const imported = await importText(tree.communeA.id, renumbered('141/KH-UBND'));
    const task = imported.body.document.tasks.find((x) => x.channels.includes('web-portal'))!;
    const ok = await api<PlanBody>('PATCH', `/api/plans/${imported.body.id}/tasks/${task.id}`, editor, {
      rowVersion: imported.body.rowVersion,
      quotaText: '04 tin, bài/tháng',
    });
    expect(ok.status).to.equal(200);
    expect(ok.body.document.tasks.find((x) => x.id === task.id)?.quota).to.include({ count: 4, per: 'month' });
    const stale = await api<ErrorBody>('PATCH', `/api/plans/${imported.body.id}/tasks/${task.id}`, editor, {
      rowVersion: imported.body.rowVersion,
      quotaText: '05 tin, bài/tháng',
    });
    expect(stale.status).to.equal(409);
    expect(stale.body.error.code).to.equal('VERSION_CONFLICT');
    const badPhrase = await api<ErrorBody>('PATCH', `/api/plans/${imported.body.id}/tasks/${task.id}`, editor, {
      rowVersion: ok.body.rowVersion,
      quotaText: 'xyz',
    });
    expect(badPhrase.status).to.equal(422);
    expect(badPhrase.body.error.evidence).to.have.property('text');
  });

  it('activates seed 001 into 36 web-portal and 12 radio slots for 2024, and only an approver may', async () => {
    const draft = (await importText(tree.communeB.id, seedText('001'), admin)).body;
    const denied = await api<ErrorBody>('POST', `/api/plans/${draft.id}/activate`, editor, {
      rowVersion: draft.rowVersion,
      acknowledge: reviewKeys(draft),
    });
    expect(denied.status).to.equal(404); // the commune A editor cannot see commune B
    const act = await api<{ plan: PlanBody; calendar: { added: number } }>('POST', `/api/plans/${draft.id}/activate`, admin, {
      rowVersion: draft.rowVersion,
      acknowledge: reviewKeys(draft),
    });
    expect(act.status).to.equal(201);
    expect(act.body.plan.status).to.equal('active');
    expect(act.body.plan.version).to.equal(1);
    const cal = await api<{
      channels: { channel: string; slots: { date: string; durationMin: number; durationMax: number; state: string }[] }[];
    }>('GET', `/api/units/${tree.communeB.id}/calendar?from=2024-01-01&to=2024-12-31`, admin);
    const web = cal.body.channels.find((c) => c.channel === 'web-portal')!.slots;
    const radio = cal.body.channels.find((c) => c.channel === 'radio')!.slots;
    expect(web).to.have.length(36);
    expect(radio).to.have.length(12);
    expect(radio.every((s) => s.durationMin === 10 && s.durationMax === 15)).to.equal(true);
    for (let m = 1; m <= 12; m++) expect(web.filter((s) => Number(s.date.slice(5, 7)) === m)).to.have.length(3);
    const march = await api<{ channels: { channel: string; slots: unknown[] }[] }>(
      'GET',
      `/api/units/${tree.communeB.id}/calendar?from=2024-03-01&to=2024-03-31&channel=radio`,
      admin,
    );
    expect(march.body.channels).to.have.length(1);
    expect(march.body.channels[0].slots).to.have.length(1);
  });

  it('activates a plan with open review notes only when the approver names each of them, and audits which', async () => {
    const draft = (await importText(tree.communeA.id, renumbered('441/KH-UBND'))).body;
    const keys = reviewKeys(draft);
    expect(keys.length).to.be.greaterThan(1);
    const bare = await api<ErrorBody>('POST', `/api/plans/${draft.id}/activate`, approver, { rowVersion: draft.rowVersion });
    expect(bare.status).to.equal(409);
    expect(bare.body.error.code).to.equal('PLAN_REVIEW_OPEN');
    expect((bare.body.error.evidence['open'] as { key: string }[]).map((n) => n.key)).to.include.members(keys);
    const partial = await api<ErrorBody>('POST', `/api/plans/${draft.id}/activate`, approver, {
      rowVersion: draft.rowVersion,
      acknowledge: keys.slice(1),
    });
    expect(partial.status).to.equal(409);
    // The message names the note left out as people read it; its key stays in the evidence.
    expect(partial.body.error.message).to.include(reviewKeyName(keys[0]!)).and.not.include(`(${keys[0]}`);
    expect((partial.body.error.evidence['open'] as { key: string; name: string }[]).map((n) => [n.key, n.name])).to.deep.equal([
      [keys[0], reviewKeyName(keys[0]!)],
    ]);
    const unknown = await api<ErrorBody>('POST', `/api/plans/${draft.id}/activate`, approver, {
      rowVersion: draft.rowVersion,
      acknowledge: [...keys, '99/quota'],
    });
    expect(unknown.status).to.equal(422);
    expect(unknown.body.error.code).to.equal('PLAN_REVIEW_UNKNOWN');
    const ok = await api<{ plan: PlanBody }>('POST', `/api/plans/${draft.id}/activate`, approver, {
      rowVersion: draft.rowVersion,
      acknowledge: keys,
    });
    expect(ok.status).to.equal(201);
    const audit = (await t.app
      .get(DataSource)
      .query(`SELECT "changes" FROM audit_log WHERE "entityId" = '${draft.id}' AND "action" = 'plan.activate'`)) as { changes: unknown }[];
    expect(audit).to.have.length(1);
    const changes = (typeof audit[0]!.changes === 'string' ? JSON.parse(audit[0]!.changes) : audit[0]!.changes) as {
      acknowledged: { key: string; reason: string }[];
    };
    expect(changes.acknowledged.map((a) => a.key)).to.include.members(keys);
    expect(changes.acknowledged.every((a) => a.reason.length > 0)).to.equal(true);
  });

  it('the same file imported twice never doubles the quotas: March keeps 3 web-portal slots', async () => {
    // Seed 001 is active in commune B since the activation test above.
    const active = (await t.app
      .get(DataSource)
      .query(`SELECT "id" FROM plans WHERE "unitId" = '${tree.communeB.id}' AND "status" = 'active'`)) as { id: string }[];
    expect(active).to.have.length(1);
    const again = await importText(tree.communeB.id, seedText('001'), admin);
    expect(again.status).to.equal(409);
    expect(again.body.error.evidence['existingPlan']).to.deep.include({ id: active[0]!.id, status: 'active', version: 1 });
    const next = await api<PlanBody>('POST', `/api/plans/import?unitId=${tree.communeB.id}&onDuplicate=newVersion`, admin, {
      text: seedText('001'),
      name: 'kh.txt',
    });
    expect(next.status).to.equal(201);
    expect(next.body).to.deep.include({ id: active[0]!.id, status: 'active', version: 2 });
    // Another draft that turns out to be the same plan (its number corrected to 41/KH-UBND) cannot be active beside it.
    const other = (await importText(tree.communeB.id, renumbered('541/KH-UBND'), admin)).body;
    const same = await api<PlanBody>('PATCH', `/api/plans/${other.id}`, admin, { rowVersion: other.rowVersion, number: '41/KH-UBND' });
    expect(same.status).to.equal(200);
    const second = await api<ErrorBody>('POST', `/api/plans/${other.id}/activate`, admin, {
      rowVersion: same.body.rowVersion,
      acknowledge: reviewKeys(same.body),
    });
    expect(second.status).to.equal(409);
    expect(second.body.error.code).to.equal('PLAN_DUPLICATE');
    const march = await api<{ channels: { channel: string; slots: unknown[] }[] }>(
      'GET',
      `/api/units/${tree.communeB.id}/calendar?from=2024-03-01&to=2024-03-31&channel=web-portal`,
      admin,
    );
    expect(march.body.channels[0]!.slots).to.have.length(3);
  });

  it('keeps filled slots and their items when an active plan is edited, and versions the edit', async () => {
    const draft = (await importText(tree.communeA.id, renumbered('241/KH-UBND'))).body;
    const act = await api<{ plan: PlanBody }>('POST', `/api/plans/${draft.id}/activate`, approver, {
      rowVersion: draft.rowVersion,
      acknowledge: reviewKeys(draft),
    });
    const ds = t.app.get(DataSource);
    const slots = (await ds.query(`SELECT "id", "slotKey", "channel" FROM slots WHERE "planId" = '${draft.id}' ORDER BY "date"`)) as {
      id: string;
      slotKey: string;
      channel: string;
    }[];
    const filled = slots.filter((_, i) => i % 5 === 0);
    const itemIds: string[] = [];
    for (const s of filled) {
      const item = await t.app
        .get(ContentService)
        .create(systemActor, tree.communeA.id, { title: `Tin ${s.slotKey}`, channels: [s.channel] });
      itemIds.push(item.id);
      await ds.query(`UPDATE slots SET "itemId" = '${item.id}' WHERE "id" = '${s.id}'`);
    }
    const radioTask = act.body.plan.document.tasks.find((x) => x.channels.includes('radio'))!;
    const edited = await api<PlanBody>('PATCH', `/api/plans/${draft.id}/tasks/${radioTask.id}`, approver, {
      rowVersion: act.body.plan.rowVersion,
      quotaText: 'Mỗi tháng 02 chương trình (10-15 phút)',
    });
    expect(edited.status, JSON.stringify(edited.body)).to.equal(200);
    expect(edited.body.version).to.equal(2);
    const after = (await ds.query(`SELECT "id", "slotKey", "itemId", "channel" FROM slots WHERE "planId" = '${draft.id}'`)) as {
      id: string;
      slotKey: string;
      itemId: string | null;
      channel: string;
    }[];
    for (const [i, s] of filled.entries()) {
      const same = after.find((a) => a.id === s.id);
      expect(same, `slot ${s.slotKey} kept`).to.not.equal(undefined);
      expect(same?.itemId).to.equal(itemIds[i]);
    }
    expect(after.filter((s) => s.channel === 'radio')).to.have.length(24);
    expect(new Set(after.map((s) => s.slotKey)).size).to.equal(after.length);
    const reactivated = await api<{ plan: PlanBody; calendar: { added: number; removed: number; released: unknown[] } }>(
      'POST',
      `/api/plans/${draft.id}/activate`,
      approver,
      { rowVersion: edited.body.rowVersion, acknowledge: reviewKeys(edited.body) },
    );
    expect(reactivated.status).to.equal(201);
    expect(reactivated.body.calendar).to.deep.include({ added: 0, removed: 0, released: [] });
    const again = (await ds.query(`SELECT "id", "itemId" FROM slots WHERE "planId" = '${draft.id}' AND "itemId" IS NOT NULL`)) as {
      id: string;
      itemId: string;
    }[];
    expect(again.map((s) => s.id).sort()).to.deep.equal(filled.map((s) => s.id).sort());
    const versions = await api<{ version: number; note: string }[]>('GET', `/api/plans/${draft.id}/versions`, approver);
    expect(versions.body.map((v) => v.version)).to.deep.equal([1, 2, 3]);
  });

  it('corrects the plan-level fields too: level, place, reporting periods and deadline', async () => {
    const draft = (await importText(tree.village.id, seedText('000'))).body;
    const r = await api<{
      rowVersion: number;
      document: { reporting: { periods: string[]; deadline: unknown }; level: string; place: string; needsReview: { field: string }[] };
    }>('PATCH', `/api/plans/${draft.id}`, editor, {
      rowVersion: draft.rowVersion,
      level: 'district',
      place: 'Sìn Hồ',
      reportingPeriods: ['quarter', 'year'],
      reportingDeadlineText: 'Trước ngày 30/11/2024',
    });
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).to.equal(200);
    expect(r.body.document).to.deep.include({ level: 'district', place: 'Sìn Hồ' });
    expect(r.body.document.reporting.periods).to.deep.equal(['quarter', 'year']);
    expect(r.body.document.reporting.deadline).to.deep.equal({ before: '2024-11-30' });
    expect(r.body.document.needsReview.some((n) => n.field.startsWith('reporting'))).to.equal(false);
    const bad = await api<{ error: { code: string } }>('PATCH', `/api/plans/${draft.id}`, editor, {
      rowVersion: r.body.rowVersion,
      reportingPeriods: ['decade'],
    });
    expect(bad.status).to.equal(400);
  });

  it('links a commune plan to the district plan it implements', async () => {
    const district = (await importText(tree.province.id, seedText('000'), admin)).body;
    const patched = await api<PlanBody>('PATCH', `/api/plans/${district.id}`, admin, {
      rowVersion: district.rowVersion,
      number: '465/KH-UBND',
      issuedOn: '2024-03-08',
    });
    expect(patched.status).to.equal(200);
    const commune = (await importText(tree.communeA.id, renumbered('341/KH-UBND'))).body;
    expect(commune.parentPlanId).to.equal(district.id);
  });

  it('serves a secret-token iCalendar feed that regenerating revokes', async () => {
    const draft = (await importText(tree.village.id, readFileSync('examples/ke-hoach-tuyen-truyen-cchc-2026.txt', 'utf8'), admin)).body;
    await api('POST', `/api/plans/${draft.id}/activate`, admin, { rowVersion: draft.rowVersion, acknowledge: reviewKeys(draft) });
    const created = await api<{ url: string }>('POST', `/api/units/${tree.village.id}/calendar/feeds`, admin, {});
    expect(created.status).to.equal(201);
    const path = new URL(created.body.url).pathname;
    const feed = await fetch(t.baseUrl + path);
    expect(feed.status).to.equal(200);
    expect(feed.headers.get('content-type')).to.include('text/calendar');
    const text = await feed.text();
    expect(text).to.include('BEGIN:VCALENDAR').and.include('RRULE:');
    await api('POST', `/api/units/${tree.village.id}/calendar/feeds`, admin, {});
    const revoked = await fetch(t.baseUrl + path);
    expect(revoked.status).to.equal(404);
    expect(((await revoked.json()) as ErrorBody).error.code).to.equal('NOT_FOUND');
  });
});
