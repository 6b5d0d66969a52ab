import { expect } from 'chai';
import { login, PASSWORD, seedTree, type Tree } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';

interface GrantView {
  id: string;
  unitId: string | null;
  unitName: string | null;
  role: string;
}
interface UserView {
  id: string;
  username: string;
  active: boolean;
  unitId: string | null;
  grants?: GrantView[];
}
interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | null;
  entityName: string | null;
  actorName: string;
}

/** Users and roles, and the audit log, as a unit admin manages and reads them through the API (issue 15's web pages). */
describeEachDatabase('users, roles and the audit log for a unit admin', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  const as = async (who: string) => {
    const { token } = await login(t.baseUrl, tree.users[who].username);
    return async <T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
      const res = await fetch(`${t.baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
    };
  };

  before(async () => {
    db = await createTestDatabase(kind);
    t = await startTestApp(db);
    tree = await seedTree(t.app);
  });
  after(async () => {
    await t?.close();
    await db?.drop();
  });

  it('lists each user with its roles per unit, named, and only on units the admin may see', async () => {
    const admin = await as('unitAdmin');
    const users = (await admin<UserView[]>('GET', '/api/users')).body;
    const editor = users.find((u) => u.id === tree.users.editor.id)!;
    expect(editor.grants).to.deep.equal([
      { id: editor.grants![0].id, unitId: tree.communeA.id, unitName: 'UBND xã Hành Đức', role: 'editor' },
    ]);
    // A second grant of commune A's editor on commune B: B's admin sees the user, with the grant on B only.
    const system = await as('systemAdmin');
    expect(
      (await system('POST', `/api/users/${tree.users.editor.id}/grants`, { unitId: tree.communeB.id, role: 'viewer' })).status,
    ).to.equal(201);
    const foreign = await as('foreign');
    const seenByB = (await foreign<UserView[]>('GET', '/api/users')).body;
    const editorInB = seenByB.find((u) => u.id === tree.users.editor.id);
    expect(editorInB, 'a user whose grant on the unit is a second grant').to.not.equal(undefined);
    expect(editorInB!.grants!.map((g) => [g.unitName, g.role])).to.deep.equal([['UBND xã Gia Viễn', 'viewer']]);
    // Nothing of commune A reaches B's admin: not the grant, not the user's home unit.
    expect(JSON.stringify(seenByB)).not.to.include(tree.communeA.id);
    expect(editorInB!.unitId).to.equal(null);
    // A's admin sees both grants of its user (B is not its unit: only A's grant).
    const again = (await admin<UserView[]>('GET', '/api/users')).body.find((u) => u.id === tree.users.editor.id)!;
    expect(again.grants!.map((g) => g.unitName)).to.deep.equal(['UBND xã Hành Đức']);
    expect(again.unitId).to.equal(tree.communeA.id);
    // The OpenAPI document carries the grants, their unit names and the PATCH route.
    const doc = (await (await fetch(`${t.baseUrl}/api/docs/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(doc.components.schemas.UserView.properties).to.have.property('grants');
    expect(doc.components.schemas.GrantView.properties).to.have.property('unitName');
    expect(doc.components.schemas.AuditEntryView.properties).to.have.property('entityName');
    expect(doc.paths['/api/users/{id}']).to.have.property('patch');
  });

  it("lets B's admin revoke the second grant on B (a user of A), but not A's grant", async () => {
    const foreign = await as('foreign');
    const user = (await foreign<UserView>('GET', `/api/users/${tree.users.editor.id}`)).body;
    expect(user.grants!.map((g) => g.unitName)).to.deep.equal(['UBND xã Gia Viễn']);
    expect(user.unitId, "the user's home unit is not B's to see").to.equal(null);
    const system = await as('systemAdmin');
    const all = (await system<UserView>('GET', `/api/users/${tree.users.editor.id}`)).body.grants!;
    const onA = all.find((g) => g.unitId === tree.communeA.id)!;
    expect((await foreign('DELETE', `/api/users/${tree.users.editor.id}/grants/${onA.id}`)).status).to.equal(404);
    expect((await foreign('DELETE', `/api/users/${tree.users.editor.id}/grants/${user.grants![0].id}`)).status).to.equal(204);
    // With no grant on B left, the user is gone from B's list and from B's reach.
    expect((await foreign<UserView[]>('GET', '/api/users')).body.map((u) => u.id)).not.to.include(tree.users.editor.id);
    expect((await foreign('GET', `/api/users/${tree.users.editor.id}`)).status).to.equal(404);
  });

  it('deactivates a user (it cannot log in, its session stops) and reactivates it; refuses oneself and stronger users', async () => {
    const admin = await as('unitAdmin');
    const viewer = await login(t.baseUrl, tree.users.viewer.username);
    const me = () => fetch(`${t.baseUrl}/api/auth/me`, { headers: { authorization: `Bearer ${viewer.token}` } });
    expect((await me()).status).to.equal(200);
    const off = await admin<UserView>('PATCH', `/api/users/${tree.users.viewer.id}`, { active: false });
    expect(off.status).to.equal(200);
    expect(off.body).to.include({ active: false });
    expect((await me()).status).to.equal(401);
    let failed: string | null = null;
    await login(t.baseUrl, tree.users.viewer.username, PASSWORD).catch((e: Error) => (failed = e.message));
    expect(failed).to.match(/401/);
    expect((await admin<UserView>('PATCH', `/api/users/${tree.users.viewer.id}`, { active: true })).body).to.include({ active: true });
    expect((await login(t.baseUrl, tree.users.viewer.username)).token).to.be.a('string');

    const self = await admin<{ error: { code: string; message: string } }>('PATCH', `/api/users/${tree.users.unitAdmin.id}`, {
      active: false,
    });
    expect(self.status).to.equal(422);
    expect(self.body.error.code).to.equal('USER_SELF_DEACTIVATE');
    // A's admin cannot switch off someone who also administers the province.
    const system = await as('systemAdmin');
    await system('POST', `/api/users/${tree.users.approver.id}/grants`, { unitId: tree.province.id, role: 'unit_admin' });
    const stronger = await admin<{ error: { code: string; message: string } }>('PATCH', `/api/users/${tree.users.approver.id}`, {
      active: false,
    });
    expect(stronger.status).to.equal(403);
    // The province is outside A's admin's view: the refusal says a unit beyond its reach, not which one.
    expect(stronger.body.error.message).to.include('ngoài phạm vi bạn quản lý');
    expect(JSON.stringify(stronger.body)).not.to.include('UBND tỉnh Thử Nghiệm');
    expect(JSON.stringify(stronger.body)).not.to.include(tree.province.id);
    expect((await admin('PATCH', `/api/users/${tree.users.approver.id}`, { active: 'no' })).status).to.equal(400);

    const log = (await admin<AuditEntry[]>('GET', `/api/units/${tree.communeA.id}/audit`)).body;
    const entry = log.find((e) => e.action === 'user.deactivate')!;
    expect(entry).to.include({
      entity: 'user',
      entityName: `viewer (${tree.users.viewer.username})`,
      actorName: `unitAdmin (${tree.users.unitAdmin.username})`,
    });
    expect(log.map((e) => e.action)).to.include('user.reactivate');
  });

  it('names the object of each audit entry: the item, the plan, the unit, the account', async () => {
    const editor = await as('editor');
    const item = await editor<{ id: string }>('POST', '/api/items', {
      unitId: tree.communeA.id,
      title: 'Tuyên truyền thủ tục cấp giấy khai sinh',
      channels: ['web-portal'],
    });
    expect(item.status, JSON.stringify(item.body)).to.equal(201);
    const admin = await as('unitAdmin');
    await admin('PATCH', `/api/units/${tree.village.id}`, { name: 'Thôn Đoài' });
    const log = (await admin<AuditEntry[]>('GET', `/api/units/${tree.communeA.id}/audit`)).body;
    const named = (action: string) => log.find((e) => e.action === action)?.entityName;
    expect(named('item.create')).to.equal('Tuyên truyền thủ tục cấp giấy khai sinh');
    expect(named('unit.update')).to.equal('Thôn Đoài');
    expect(named('channel-account.create')).to.match(/hệ thống ngoài/);
    expect(log.find((e) => e.action === 'item.create')!.actorName).to.equal(`editor (${tree.users.editor.username})`);
  });

  it('refuses to deactivate someone who administers a unit the admin sees but does not manage, and names that unit', async () => {
    const system = await as('systemAdmin');
    // A's admin is only an editor at B; the editor of A also administers B.
    const mine = await system<{ id: string }>('POST', `/api/users/${tree.users.unitAdmin.id}/grants`, {
      unitId: tree.communeB.id,
      role: 'editor',
    });
    const theirs = await system<{ id: string }>('POST', `/api/users/${tree.users.editor.id}/grants`, {
      unitId: tree.communeB.id,
      role: 'unit_admin',
    });
    expect([mine.status, theirs.status], JSON.stringify([mine.body, theirs.body])).to.deep.equal([201, 201]);
    try {
      const admin = await as('unitAdmin');
      const refused = await admin<{ error: { code: string; message: string } }>('PATCH', `/api/users/${tree.users.editor.id}`, {
        active: false,
      });
      expect(refused.status).to.equal(403);
      expect(refused.body.error).to.deep.include({
        code: 'FORBIDDEN',
        message: 'Người này có vai trò trên đơn vị “UBND xã Gia Viễn” mà bạn không quản lý được; không thể khóa hoặc mở khóa.',
      });
      expect((await admin<UserView>('GET', `/api/users/${tree.users.editor.id}`)).body).to.include({ active: true });
    } finally {
      const grants = (await system<UserView>('GET', `/api/users/${tree.users.editor.id}`)).body.grants ?? [];
      const mineNow = (await system<UserView>('GET', `/api/users/${tree.users.unitAdmin.id}`)).body.grants ?? [];
      for (const g of grants.filter((x) => x.unitId === tree.communeB.id))
        await system('DELETE', `/api/users/${tree.users.editor.id}/grants/${g.id}`);
      for (const g of mineNow.filter((x) => x.unitId === tree.communeB.id))
        await system('DELETE', `/api/users/${tree.users.unitAdmin.id}/grants/${g.id}`);
    }
  });
});
