/**
 * The unit admin's pages in a real browser (Debian's Chromium through playwright-core), on each
 * database: the audit log in words a person reads (Vietnamese actions, objects by title, people
 * by name); users with their roles per unit, a role granted and revoked, an account locked and
 * unlocked; a second grant seen by the other unit's admin; and an editor who opens the admin
 * pages directly reads that it has no access, without the form. axe-core on each page.
 */
import { expect } from 'chai';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { englishWordsOnScreen, expectAccessible, launchChromium, screenshotDir } from '../support/browser.js';
import { login, PASSWORD, seedTree, type Tree } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';

describeEachDatabase('web app: audit log, users and roles, admin-only pages', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  let browser: Browser;
  let page: Page;
  const shots = screenshotDir(`admin-${kind}`);

  before(async function () {
    this.timeout(120_000);
    db = await createTestDatabase(kind);
    t = await startTestApp(db);
    tree = await seedTree(t.app);
    browser = await launchChromium();
  });
  beforeEach(async () => {
    const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page)
      await page
        .screenshot({ path: join(shots, `failed-${this.currentTest.title.slice(0, 40)}.png`), fullPage: true })
        .catch(() => undefined);
    await page?.context().close();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
    await db?.drop();
  });

  async function logIn(username: string): Promise<void> {
    await page.goto(`${t.baseUrl}/`);
    await page.waitForURL('**/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Tổng quan', level: 1 }).waitFor();
  }

  async function check(name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, name);
    expect(await englishWordsOnScreen(page), `${name}: English on screen`).to.deep.equal([]);
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  }

  async function api(username: string, method: string, path: string, body?: unknown): Promise<unknown> {
    const s = await login(t.baseUrl, username);
    const res = await fetch(t.baseUrl + path, {
      method,
      headers: { authorization: `Bearer ${s.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    expect(res.ok, `${method} ${path}: ${text}`).to.equal(true);
    return text ? JSON.parse(text) : null;
  }

  it('tells an editor who opens /nhat-ky, /nguoi-dung or /khoa-api that it has no access, without the form', async function () {
    this.timeout(60_000);
    await logIn(tree.users.editor.username);
    for (const [path, heading, name] of [
      ['/nhat-ky', 'Nhật ký thao tác', 'bien-tap-nhat-ky'],
      ['/nguoi-dung', 'Người dùng và vai trò', 'bien-tap-nguoi-dung'],
      ['/khoa-api', 'Khóa API', 'bien-tap-khoa-api'],
    ] as const) {
      await page.goto(`${t.baseUrl}${path}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.getByText('Bạn không có quyền xem trang này trên UBND xã Hành Đức').waitFor();
      await check(name);
      expect(await page.locator('main form, main table, [role="alert"]').count(), `${path}: a form, a table or an error`).to.equal(0);
      expect(await page.locator('body').innerText()).not.to.include('FORBIDDEN');
    }
  });

  it('shows the audit log in Vietnamese: the action, the object by its title, the person by name', async function () {
    this.timeout(60_000);
    await api(tree.users.editor.username, 'POST', '/api/items', {
      unitId: tree.communeA.id,
      title: 'Tuyên truyền thủ tục đăng ký khai sinh',
      channels: ['web-portal'],
    });
    await api(tree.users.unitAdmin.username, 'PATCH', `/api/units/${tree.village.id}`, { name: 'Thôn Đoài' });
    await logIn(tree.users.unitAdmin.username);
    await page.goto(`${t.baseUrl}/nhat-ky`);
    await page.getByRole('heading', { name: 'Nhật ký thao tác', level: 1 }).waitFor();
    const created = page.getByRole('row', { name: /Tạo nội dung/ });
    await created.waitFor();
    expect(await created.innerText())
      .to.include('Nội dung “Tuyên truyền thủ tục đăng ký khai sinh”')
      .and.include(`editor (${tree.users.editor.username})`);
    expect(await page.getByRole('row', { name: /Sửa thông tin đơn vị/ }).innerText()).to.include('Đơn vị “Thôn Đoài”');
    expect(
      await page
        .getByRole('row', { name: /Kết nối tài khoản kênh/ })
        .first()
        .innerText(),
    ).to.include('Tài khoản kênh “');
    const table = await page.locator('table').innerText();
    expect(table).not.to.match(/item\.create|unit\.update|channel-account|\bitem [0-9a-f]{8}\b/);
    expect(table, 'no action left as "Thao tác khác"').not.to.include('Thao tác khác');
    await check('nhat-ky');
  });

  it('lets a unit admin see roles per unit, grant and revoke a role, lock and unlock an account', async function () {
    this.timeout(90_000);
    await logIn(tree.users.unitAdmin.username);
    await page.goto(`${t.baseUrl}/nguoi-dung`);
    await page.getByRole('heading', { name: 'Người dùng và vai trò', level: 1 }).waitFor();
    const row = (username: string) => page.getByRole('row', { name: new RegExp(`^${username} `) });
    await row(tree.users.editor.username).waitFor();
    expect(await row(tree.users.editor.username).innerText()).to.include('Biên tập – UBND xã Hành Đức');
    await check('nguoi-dung');

    // Grant 'other' (a viewer of the commune) the editor's role on the village (under its name now: a test above renames it).
    const village = ((await api(tree.users.unitAdmin.username, 'GET', `/api/units/${tree.village.id}`)) as { name: string }).name;
    await page.getByLabel('Người dùng', { exact: true }).selectOption({ label: `other (${tree.users.other.username})` });
    await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: village });
    await page.getByLabel('Vai trò', { exact: true }).first().selectOption({ label: 'Biên tập' });
    await page.getByRole('button', { name: 'Cấp vai trò' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Đã cấp vai trò Biên tập – ${village} cho other.` })
      .waitFor();
    await row(tree.users.other.username).getByText(`Biên tập – ${village}`).waitFor();

    // Revoke it.
    await page.getByRole('button', { name: `Thu hồi vai trò Biên tập – ${village} của other` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Đã thu hồi vai trò Biên tập – ${village} của other.` })
      .waitFor();
    await row(tree.users.other.username).getByText(`Biên tập – ${village}`).waitFor({ state: 'detached' });
    expect(await row(tree.users.other.username).innerText()).not.to.include(village);

    // Lock the account: it can no longer log in; unlock it.
    await page.getByRole('button', { name: 'Khóa tài khoản của other' }).click();
    await row(tree.users.other.username).getByText('Đã khóa').waitFor();
    const refused = await fetch(`${t.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: tree.users.other.username, password: PASSWORD }),
    });
    expect(refused.status).to.equal(401);
    await check('nguoi-dung-da-khoa');
    await page.getByRole('button', { name: 'Mở khóa tài khoản của other' }).click();
    await row(tree.users.other.username).getByText('Đang hoạt động').waitFor();
    expect((await login(t.baseUrl, tree.users.other.username)).token).to.be.a('string');
    // No button to lock oneself, nor to revoke one's own role (the page would lock its admin out).
    expect(await page.getByRole('button', { name: 'Khóa tài khoản của unitAdmin' }).count()).to.equal(0);
    expect(await row(tree.users.unitAdmin.username).getByRole('button').count()).to.equal(0);
  });

  it("shows commune B's admin a user of A whose grant on B is a second grant, with B's role only", async function () {
    this.timeout(60_000);
    await api(tree.users.systemAdmin.username, 'POST', `/api/users/${tree.users.approver.id}/grants`, {
      unitId: tree.communeB.id,
      role: 'viewer',
    });
    await logIn(tree.users.foreign.username);
    await page.goto(`${t.baseUrl}/nguoi-dung`);
    const row = page.getByRole('row', { name: new RegExp(`^${tree.users.approver.username} `) });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).to.include('Xem – UBND xã Gia Viễn').and.not.to.include('Hành Đức');
    await check('nguoi-dung-xa-b');
  });
  it('creates a dispatch key for the channels ticked, and lists them', async function () {
    this.timeout(60_000);
    await logIn(tree.users.unitAdmin.username);
    await page.goto(`${t.baseUrl}/khoa-api`);
    await page.getByRole('heading', { name: 'Khóa API', level: 1 }).waitFor();
    await page.getByLabel('Tên khóa').fill('Cổng ngoài đăng bài');
    await page.getByLabel('Mục đích').selectOption('dispatch');
    const create = page.getByRole('button', { name: 'Tạo khóa' });
    // A dispatch key names its channels: none ticked, none created.
    expect(await create.isDisabled()).to.equal(true);
    await page.getByRole('group', { name: 'Kênh khóa này được nhận việc đăng' }).getByLabel('Cổng/Trang thông tin điện tử').check();
    await check('khoa-api-chon-kenh');
    await create.click();
    await page.getByLabel('Khóa (chỉ hiện một lần, hãy lưu lại)').waitFor();
    const row = page.getByRole('row', { name: /Cổng ngoài đăng bài/ });
    expect(await row.innerText()).to.include('Cổng/Trang thông tin điện tử');
    const keys = (await api(tree.users.unitAdmin.username, 'GET', '/api/api-keys')) as { name: string; channels: string[] | null }[];
    expect(keys.find((k) => k.name === 'Cổng ngoài đăng bài')?.channels).to.deep.equal(['web-portal']);
  });
});
