/**
 * Phát hành in a real browser (Debian's Chromium through playwright-core), on each database: a
 * WordPress account whose application password the portal (a loopback WordPress fake) refuses.
 * The publication waiting on it and the banner say why in Vietnamese (WordPress's own code is
 * not shown), every stored credential is named in Vietnamese, the banner leads to a form for new
 * credentials (sent through PATCH, write-only), and the publications waiting on the account are
 * then sent again and published. An error names no code on screen; the Zalo OA form offers its
 * two optional addresses. Every state is checked with axe-core, for English on screen and at 375 px.
 */
import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { systemActor } from '../../src/modules/access/principal.js';
import { ContentService } from '../../src/modules/content/content.service.js';
import { ChannelAccountsService } from '../../src/modules/dispatch/channel-accounts.service.js';
import { englishWordsOnScreen, expectAccessible, expectNoSidewaysScroll, launchChromium, screenshotDir } from '../support/browser.js';
import { seedPublications } from '../support/dispatch/dispatch-fixtures.js';
import { WordPressFake } from '../support/fakes/wordpress.fake.js';
import { PASSWORD, seedTree, type Tree } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';
import { join } from 'node:path';

describeEachDatabase('web app: re-authorising a channel account on Phát hành', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let accountId = '';
  const shots = screenshotDir(kind);
  const wordpress = new WordPressFake();

  before(async function () {
    this.timeout(120_000);
    db = await createTestDatabase(kind);
    await wordpress.server.start();
    t = await startTestApp(db, {
      DISPATCH_WORKER: 'true',
      DISPATCH_TICK_MS: '300',
      OUTBOUND_ALLOW_HOSTS: new URL(wordpress.baseUrl).host,
    });
    tree = await seedTree(t.app);
    // The password was changed on the portal: the stored one is refused (401 incorrect_password).
    const account = await t.app.get(ChannelAccountsService).create(systemActor, tree.communeA.id, {
      channel: 'web-portal',
      kind: 'wordpress',
      name: 'Cổng xã Hành Đức',
      credentials: { baseUrl: wordpress.baseUrl, username: 'bientap', applicationPassword: 'sai0 sai0 sai0 sai0' },
    });
    accountId = account.id;
    await seedPublications(t.app, tree.communeA.id, accountId, 1, new Date());
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page)
      await page
        .screenshot({ path: join(shots, `failed-${this.currentTest.title.slice(0, 40)}.png`), fullPage: true })
        .catch(() => undefined);
  });
  after(async () => {
    await browser?.close();
    await t?.close();
    await wordpress.server.stop();
    await db?.drop();
  });

  async function check(name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, name);
    expect(await englishWordsOnScreen(page), `${name}: English on screen`).to.deep.equal([]);
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.waitForTimeout(150);
    await expectNoSidewaysScroll(page, `${name} at 375 px`);
    await page.screenshot({ path: join(shots, `${name}-375.png`), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it('shows an error without its code: the code stays in an attribute for support', async function () {
    this.timeout(60_000);
    await page.goto(`${t.baseUrl}/`);
    await page.waitForURL('**/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill(tree.users.unitAdmin.username);
    await page.getByLabel('Mật khẩu').fill('khong dung');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).to.equal('LOGIN_FAILED');
    expect(await alert.innerText()).not.to.match(/LOGIN_FAILED|\(/);
    await check('pub-01-dang-nhap-loi');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Tổng quan', level: 1 }).waitFor();
  });

  it('follows the re-authorise banner: new credentials through the form, then the waiting publication is sent again and published', async function () {
    this.timeout(120_000);
    await page.getByRole('link', { name: 'Phát hành', exact: true }).click();
    const row = page.locator('table.publications tbody tr', { hasText: 'Tin số 1' });
    await row.waitFor();
    for (let i = 0; i < 60 && (await row.getAttribute('data-state')) !== 'needs-reauth'; i++) {
      await page.waitForTimeout(300);
      await page.getByRole('button', { name: 'Làm mới' }).click();
      await page.waitForLoadState('networkidle');
    }
    expect(await row.getAttribute('data-state')).to.equal('needs-reauth');
    expect(wordpress.posts).to.have.length(0);
    const banner = page.getByRole('alert').filter({ hasText: 'Cần kết nối lại tài khoản kênh' });
    await banner.getByText(/WordPress từ chối tên đăng nhập hoặc mật khẩu ứng dụng/).waitFor();
    // The stored credentials are named in Vietnamese, never by their keys.
    const card = page.locator('li.account', { hasText: 'Cổng xã Hành Đức' });
    await card
      .getByText('Thông tin đăng nhập đã lưu (không hiển thị): Mật khẩu ứng dụng, Địa chỉ trang, Tên đăng nhập WordPress')
      .waitFor();
    // Each attempt in the log gives its reason.
    await row.getByRole('button', { name: 'Nhật ký' }).click();
    await page
      .locator('.publication-log li', { hasText: /Lý do: .*WordPress từ chối tên đăng nhập hoặc mật khẩu ứng dụng/ })
      .first()
      .waitFor();
    // WordPress's own code is kept in the log, as evidence for support.
    const [publication] = (await (await page.request.get(`${t.baseUrl}/api/publications?unitId=${tree.communeA.id}`)).json()) as {
      id: string;
    }[];
    const detail = (await (await page.request.get(`${t.baseUrl}/api/publications/${publication!.id}`)).json()) as {
      log: { answer: { evidence?: Record<string, unknown> } | null }[];
    };
    expect(detail.log.map((l) => l.answer?.evidence).filter(Boolean)).to.deep.include({
      httpStatus: 401,
      wordpressCode: 'incorrect_password',
    });
    const text = (await page.evaluate('document.body.innerText')) as string;
    expect(text).not.to.contain('incorrect_password');
    expect(text).not.to.contain('applicationPassword');
    await check('pub-02-can-ket-noi-lai');

    await banner.getByRole('link', { name: 'Cập nhật thông tin đăng nhập của Cổng xã Hành Đức' }).click();
    const form = page.locator(`#credentials-form-${accountId}`);
    await form.waitFor();
    // Write-only: nothing stored is filled back.
    expect(await form.getByLabel(/^Mật khẩu ứng dụng/).inputValue()).to.equal('');
    expect(await form.getByLabel(/^Mật khẩu ứng dụng/).getAttribute('type')).to.equal('password');
    await check('pub-03-cap-nhat-thong-tin');
    // A required field left empty is refused in Vietnamese before anything is sent.
    await form.getByRole('button', { name: 'Lưu thông tin đăng nhập mới' }).click();
    await form.getByText(/Tên đăng nhập WordPress: không được để trống\./).waitFor();
    await form.getByLabel(/^Địa chỉ trang/).fill(wordpress.baseUrl);
    await form.getByLabel('Tên đăng nhập WordPress').fill('bientap');
    await form.getByLabel(/^Mật khẩu ứng dụng/).fill('abcd efgh ijkl mnop qrst uvwx');
    await form.getByRole('button', { name: 'Lưu thông tin đăng nhập mới' }).click();
    await page.getByText('Đã lưu thông tin đăng nhập mới của Cổng xã Hành Đức; tài khoản hoạt động trở lại.').waitFor();
    await banner.waitFor({ state: 'detached' });
    expect(await page.content()).not.to.contain('abcd efgh');
    await card.getByText('Đang hoạt động').waitFor();
    await check('pub-04-da-cap-nhat');

    await page.getByRole('button', { name: 'Gửi lại 1 lượt phát hành đang chờ Cổng xã Hành Đức' }).click();
    await page.getByText('Đã đưa 1 lượt phát hành của Cổng xã Hành Đức vào hàng đợi gửi lại.').waitFor();
    for (let i = 0; i < 60 && (await row.getAttribute('data-state')) !== 'published'; i++) {
      await page.waitForTimeout(300);
      await page.getByRole('button', { name: 'Làm mới' }).click();
      await page.waitForLoadState('networkidle');
    }
    expect(await row.getAttribute('data-state')).to.equal('published');
    expect(wordpress.posts.map((p) => p.title)).to.deep.equal(['Tin số 1']);
    // The open log follows: the person's retry, then the send that published.
    await page.locator('.publication-log li', { hasText: 'Gửi lại (người dùng) → Chờ gửi' }).waitFor();
    await page.locator('.publication-log li', { hasText: 'Gửi, đã đăng → Đã đăng' }).waitFor();
    await check('pub-05-da-dang');
  });

  it('offers the Zalo OA form its optional addresses, every field labelled in Vietnamese', async function () {
    this.timeout(60_000);
    await page.getByText('Kết nối tài khoản mới').click();
    const kinds = page.getByLabel('Kênh và loại tài khoản');
    await kinds.selectOption((await kinds.locator('option', { hasText: '— Zalo OA' }).getAttribute('value'))!);
    await page.getByLabel('Địa chỉ máy chủ API của Zalo (để trống là https://openapi.zalo.me) (không bắt buộc)').waitFor();
    await page.getByLabel('Địa chỉ máy chủ cấp mã truy cập của Zalo (để trống là https://oauth.zaloapp.com) (không bắt buộc)').waitFor();
    expect(await page.getByLabel('Mã truy cập của OA').getAttribute('type')).to.equal('password');
    expect(await page.getByLabel('Mã làm mới của OA').getAttribute('type')).to.equal('password');
    await check('pub-06-ket-noi-zalo');
  });

  it('records by hand a posting made outside the plan: Tổng quan lists it apart and does not count it against the plan', async function () {
    this.timeout(60_000);
    const outside = async () => {
      await page.getByRole('link', { name: 'Tổng quan', exact: true }).click();
      await page.getByTestId('kpi-outside').waitFor();
      await page.waitForLoadState('networkidle');
      return {
        published: (await page.getByTestId('kpi-published').textContent())!.trim().split(/\s/)[0],
        outside: (await page.getByTestId('kpi-outside').textContent())!.replace(/\s+/g, ' '),
      };
    };
    // The unit has no plan: "Tin số 1", posted by the test above, is outside it.
    expect(await outside()).to.deep.equal({ published: '0', outside: 'Không tính vào chỉ tiêu: 1 lượt đăng ngoài kế hoạch.' });
    const content = t.app.get(ContentService);
    let item = await content.create(systemActor, tree.communeA.id, { title: 'Niêm yết thủ tục mới', channels: ['posting'] });
    item = await content.act(systemActor, item.id, item.version, 'submit', undefined);
    await content.act(systemActor, item.id, item.version, 'approve', undefined);
    await page.getByRole('link', { name: 'Phát hành', exact: true }).click();
    const card = page.locator('ul.item-list li', { hasText: 'Niêm yết thủ tục mới' });
    await card.getByRole('button', { name: 'Ghi nhận đã đăng' }).click();
    await card.getByText(/^Đã ghi nhận bài đăng trên Niêm yết công khai ngày \d{2}\/\d{2}\/\d{4}\.$/).waitFor();
    // Counted apart, never in "Đã đăng" against the plan.
    expect(await outside()).to.deep.equal({ published: '0', outside: 'Không tính vào chỉ tiêu: 2 lượt đăng ngoài kế hoạch.' });
    await check('pub-07-ngoai-ke-hoach');
  });
});
