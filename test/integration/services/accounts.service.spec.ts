/** Log-in, sessions, keys and users on real services and real databases (both). */
import { expect } from 'chai';
import { systemActor } from '../../../src/modules/access/principal.js';
import { ApiKeysService } from '../../../src/modules/accounts/api-keys.service.js';
import { AuthService } from '../../../src/modules/accounts/auth.service.js';
import { UsersService } from '../../../src/modules/accounts/users.service.js';
import { createKey, PASSWORD, seedTree, type Tree } from '../../support/fixtures.js';
import { describeEachDatabase } from '../../support/test-databases.js';
import { type ServiceContext, startServices } from './service-context.js';

describeEachDatabase('accounts services', (kind) => {
  let ctx: ServiceContext;
  let tree: Tree;
  let auth: AuthService;

  before(async () => {
    // Sessions last 12 hours; a principal is cached 5 seconds.
    ctx = await startServices(kind, '2024-03-11T01:00:00.000Z', { SESSION_TTL_HOURS: '12', SESSION_CACHE_SECONDS: '5' });
    tree = await seedTree(ctx.app);
    auth = ctx.app.get(AuthService);
  });
  after(async () => {
    await ctx?.close();
  });

  it('ends a session when its time is up, even a cached one', async () => {
    ctx.clock.set('2024-03-11T01:00:00.000Z');
    const { token, expiresAt } = await auth.login(tree.users.editor.username, PASSWORD, '10.0.0.1');
    expect(expiresAt.toISOString()).to.equal('2024-03-11T13:00:00.000Z');
    expect((await auth.principalForSession(token))?.principal.userId).to.equal(tree.users.editor.id);
    ctx.clock.set('2024-03-11T12:59:59.000Z');
    expect((await auth.principalForSession(token))?.principal.userId).to.equal(tree.users.editor.id);
    // Cached a moment ago, but the session ends at 13:00: the cache must not outlive it.
    ctx.clock.set('2024-03-11T13:00:00.000Z');
    expect(await auth.principalForSession(token)).to.equal(null);
    ctx.clock.set('2024-03-11T13:00:01.000Z');
    expect(await auth.principalForSession(token)).to.equal(null);
  });

  it('ends a session at log-out, at once', async () => {
    ctx.clock.set('2024-03-12T01:00:00.000Z');
    const { token } = await auth.login(tree.users.viewer.username, PASSWORD, '10.0.0.1');
    const p = await auth.principalForSession(token);
    await auth.logout(p!.principal.sessionId!);
    expect(await auth.principalForSession(token)).to.equal(null);
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    for (const [user, pass] of [
      [tree.users.editor.username, 'sai-mat-khau-123'],
      ['khong-co-ai', PASSWORD],
    ]) {
      const e = await auth.login(user, pass, '10.0.0.2').catch((x: unknown) => x);
      expect(e).to.have.property('code', 'LOGIN_FAILED');
      expect((e as Error).message).to.equal('Tên đăng nhập hoặc mật khẩu không đúng.');
    }
  });

  it('stops a key the moment it is revoked, and scopes a key to its unit and purpose', async () => {
    const { id, key } = await createKey(ctx.app, tree.communeA.id, 'dispatch');
    const p = await auth.principalForApiKey(key);
    expect(p).to.deep.include({ kind: 'api-key', purpose: 'dispatch' });
    expect(p!.grants.map((g) => g.unitId)).to.deep.equal([tree.communeA.id]);
    await ctx.app.get(ApiKeysService).revoke(systemActor, id);
    expect(await auth.principalForApiKey(key)).to.equal(null);
    expect(await auth.principalForApiKey('not-a-key')).to.equal(null);
  });

  it('refuses a second user of the same name, whatever its case', async () => {
    const users = ctx.app.get(UsersService);
    const e = await users
      .create(systemActor, {
        username: tree.users.editor.username.toUpperCase(),
        displayName: 'Trùng',
        unitId: tree.communeA.id,
        role: 'viewer',
        password: 'mat-khau-dai-du-10',
      })
      .catch((x: unknown) => x);
    expect(e).to.have.property('code', 'USERNAME_TAKEN');
  });

  it('takes a removed grant away from the next request of a signed-in user', async () => {
    ctx.clock.set('2024-03-13T01:00:00.000Z');
    const users = ctx.app.get(UsersService);
    const grant = await users.addGrant(systemActor, tree.users.other.id, tree.communeB.id, 'editor');
    const { token } = await auth.login(tree.users.other.username, PASSWORD, '10.0.0.3');
    expect((await auth.principalForSession(token))!.principal.grants.map((g) => g.unitId)).to.include(tree.communeB.id);
    await users.removeGrant(systemActor, tree.users.other.id, grant.id);
    expect((await auth.principalForSession(token))!.principal.grants.map((g) => g.unitId)).to.not.include(tree.communeB.id);
  });
});
