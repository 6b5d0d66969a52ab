/**
 * The web app in a real browser (Debian's Chromium through playwright-core), on each database:
 * log in, import a seed plan, resolve a review item, activate, see the month's slots, create an
 * item with a photo, submit, approve as a leader, place it on the calendar, connect the
 * commune's portal (a loopback WordPress fake) on Phát hành, publish through dispatch and see
 * the publication published with its proof link, and see the dashboard's numbers change; place a
 * second item on a slot with the keyboard alone. Every page is checked with axe-core (no serious or critical
 * violation), at 375 px wide, for English words and CSP refusals, and photographed into
 * dist/screenshots/<database>/ for people to look at.
 */
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Clock } from '../../src/modules/common/clock.js';
import { photo } from '../integration/media/media-fixtures.js';
import { englishWordsOnScreen, expectAccessible, expectNoSidewaysScroll, launchChromium, screenshotDir } from '../support/browser.js';
import { login, PASSWORD, seedTree, type Tree } from '../support/fixtures.js';
import { seedPath } from '../support/seeds.js';
import { WordPressFake } from '../support/fakes/wordpress.fake.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/test-databases.js';

/** The day after seed 001 (41/KH-UBND, 11/3/2024) was issued, so March 2024 has slots ahead. */
class March2024 extends Clock {
  now(): Date {
    return new Date('2024-03-12T02:00:00.000Z');
  }
}

describeEachDatabase('web app: the whole path in Chromium', (kind) => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const cspRefusals: string[] = [];
  const shots = screenshotDir(kind);
  let photoPath = '';
  /** The commune's portal: the loopback WordPress fake the walk connects an account to. */
  const wordpress = new WordPressFake(() => new March2024().now());

  before(async function () {
    this.timeout(120_000);
    db = await createTestDatabase(kind);
    await wordpress.server.start();
    // The dispatcher runs by itself (as in production), often, so the walk sees its publication settle.
    // The portal fake is on loopback: allowed as an operator allows an internal portal.
    t = await startTestApp(
      db,
      { DISPATCH_WORKER: 'true', DISPATCH_TICK_MS: '300', OUTBOUND_ALLOW_HOSTS: new URL(wordpress.baseUrl).host },
      { clock: new March2024() },
    );
    tree = await seedTree(t.app);
    photoPath = join(tmpdir(), `loa-photo-${process.pid}.jpg`);
    writeFileSync(photoPath, await photo({ storedWidth: 1600, storedHeight: 1000 }));
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1280, height: 900 } });
    // The server's clock is in March 2024 and the browser's is today's: the session cookie's
    // Expires (12 hours after log-in, server time) would already be past for the browser, which
    // would drop it (and the CSRF token's cookie beside it). The log-in answer passes through
    // unchanged except for that attribute.
    await context.route('**/api/auth/login', async (route) => {
      const res = await route.fetch();
      const headers = res.headers();
      if (headers['set-cookie']) headers['set-cookie'] = headers['set-cookie'].replace(/;\s*Expires=[^;\n]+/gi, '');
      await route.fulfill({ response: res, headers });
    });
    // The page's own "today" (late slots, the default month) follows the server's clock.
    await context.clock.setSystemTime(new March2024().now());
    page = await context.newPage();
    page.on('console', (m) => {
      if (process.env.LOA_TEST_BROWSER_LOG) console.log(`[browser ${m.type()}] ${m.text()}`);
      if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) cspRefusals.push(m.text());
    });
  });
  afterEach(async function () {
    // A failed step leaves a picture of what the browser showed.
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

  /** axe, no English words, no CSP refusal, a screenshot at desktop width and at 375 px. */
  async function checkPage(name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, name);
    expect(await englishWordsOnScreen(page), `${name}: English on screen`).to.deep.equal([]);
    expect(cspRefusals, `${name}: CSP refusals`).to.deep.equal([]);
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.waitForTimeout(150);
    await expectNoSidewaysScroll(page, `${name} at 375 px`);
    await page.screenshot({ path: join(shots, `${name}-375.png`), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  async function logIn(username: string): Promise<void> {
    await page.goto(`${t.baseUrl}/`);
    await page.waitForURL('**/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Tổng quan', level: 1 }).waitFor();
  }

  async function logOut(): Promise<void> {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  }

  /** An item of the commune written with a photo, submitted and approved through the API; the editor's headers with it. */
  async function approvedItemWithPhoto(title: string, body: string, fileName: string): Promise<{ editor: Record<string, string> }> {
    const as = async (username: string) => {
      const s = await login(t.baseUrl, username);
      return { cookie: s.cookie, 'x-csrf-token': s.csrfToken };
    };
    const editor = await as(tree.users.editor.username);
    const approver = await as(tree.users.approver.username);
    const call = async <T>(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<T> => {
      const res = await fetch(t.baseUrl + path, {
        method,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      expect(res.ok, `${method} ${path}: ${text}`).to.equal(true);
      return JSON.parse(text) as T;
    };
    const created = await call<{ id: string; version: number }>('POST', '/api/items', editor, {
      unitId: tree.communeA.id,
      title,
      channels: ['web-portal'],
      body,
    });
    const form = new FormData();
    form.append('file', new Blob([await photo({ storedWidth: 1600, storedHeight: 1000 })]), fileName);
    const upload = await fetch(`${t.baseUrl}/api/items/${created.id}/attachments?version=${created.version}`, {
      method: 'POST',
      headers: editor,
      body: form,
    });
    const attached = (await upload.json()) as { version: number };
    expect(upload.status, JSON.stringify(attached)).to.equal(201);
    const submitted = await call<{ version: number }>('POST', `/api/items/${created.id}/transitions`, editor, {
      action: 'submit',
      version: attached.version,
    });
    await call('POST', `/api/items/${created.id}/transitions`, approver, { action: 'approve', version: submitted.version });
    return { editor };
  }

  it('serves the app at / with a CSP that fits it, its assets precompressed and immutable, keeps the API under /api, and falls back to index.html', async () => {
    const html = await fetch(`${t.baseUrl}/lich`);
    expect(html.status).to.equal(200);
    expect(html.headers.get('content-type')).to.match(/text\/html/);
    expect(html.headers.get('content-security-policy')).to.contain("script-src 'self'").and.contain("frame-ancestors 'none'");
    const body = await html.text();
    expect(body).to.contain('<div id="root">');
    // The page itself is compressed for a browser that accepts it (brotli, else gzip), the same page once opened.
    for (const [accept, encoding] of [
      ['br;q=1, gzip;q=0.5', 'br'],
      ['gzip', 'gzip'],
      ['identity', null],
    ] as const) {
      const answer = await fetch(`${t.baseUrl}/lich`, { headers: { 'accept-encoding': accept } });
      expect(answer.headers.get('content-encoding'), accept).to.equal(encoding);
      expect(answer.headers.get('vary')).to.match(/accept-encoding/i);
      expect(await answer.text()).to.equal(body);
    }
    // The entry script, a hashed asset: cached for a year as immutable, sent brotli-compressed to a
    // browser that accepts it (the build's .br copy), and as is to one that does not.
    const entry = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(body)?.[1];
    expect(entry, body).to.be.a('string');
    const br = await fetch(`${t.baseUrl}${entry}`, { headers: { 'accept-encoding': 'br' } });
    expect(br.status).to.equal(200);
    expect(br.headers.get('content-encoding')).to.equal('br');
    expect(br.headers.get('cache-control')).to.contain('immutable');
    const script = await br.text();
    const plain = await fetch(`${t.baseUrl}${entry}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).to.equal(null);
    expect(await plain.text()).to.equal(script);
    expect((await fetch(`${t.baseUrl}${entry}.br`)).headers.get('content-type')).to.match(/text\/html/); // not a path of its own
    const api = await fetch(`${t.baseUrl}/api/khong-co`);
    expect(api.status).to.equal(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).to.equal('ROUTE_NOT_FOUND');
    expect(api.headers.get('content-security-policy')).to.equal("default-src 'none'; frame-ancestors 'none'");
  });

  it('walks from log-in to a placed, approved, published item with its proof, and the dashboard counts it', async function () {
    this.timeout(240_000);
    // Log in (the login page is checked before anyone is signed in).
    await page.goto(`${t.baseUrl}/`);
    await page.waitForURL('**/dang-nhap');
    await checkPage('01-dang-nhap');
    await logIn(tree.users.unitAdmin.username);
    // The unit switcher offers only the units this person may see: commune A and its village.
    const offered = await page.getByLabel('Đơn vị').locator('option').allTextContents();
    expect(offered.map((o) => o.trim()).sort()).to.deep.equal(['Thôn Đông', 'UBND xã Hành Đức']);

    // Import a seed plan.
    await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await page.getByLabel('Tệp kế hoạch (.docx, .pdf, .txt)').setInputFiles(seedPath('001'));
    await page.getByRole('button', { name: 'Nhập kế hoạch' }).click();
    await page.getByRole('heading', { name: /Kế hoạch 41\/KH-UBND ngày 11\/03\/2024/ }).waitFor();
    const reviewHeading = page.getByRole('heading', { name: /^Cần xem lại \(\d+\)$/ });
    const before = Number((await reviewHeading.textContent())!.match(/\((\d+)\)/)![1]);
    expect(before).to.be.greaterThan(0);

    // Resolve a review item: task 1 names the portal but no number. Selecting it highlights its evidence line.
    await page.getByRole('button', { name: 'Nhiệm vụ 1 — Tần suất' }).click();
    await expect(await page.locator('.lines li.evidence').textContent()).to.match(/\S/);
    const task = page.locator('article.task', { has: page.getByRole('heading', { name: /^1\. / }) });
    const quota = task.getByLabel('Tần suất (ví dụ: 03 tin, bài/tháng)');
    await quota.fill('01 tin/tháng');
    await task.getByText('Đọc được: 1 tin mỗi tháng').waitFor();
    await checkPage('02-ke-hoach-xem-lai');
    await task.getByRole('button', { name: 'Lưu nhiệm vụ' }).click();
    await page.getByRole('heading', { name: `Cần xem lại (${before - 1})` }).waitFor();

    // Activate, with the open review items named before confirming.
    await page.getByRole('button', { name: 'Kích hoạt kế hoạch' }).click();
    await page.getByText(`Kế hoạch còn ${before - 1} mục chưa xem lại.`, { exact: false }).waitFor();
    const confirm = page.getByRole('group', { name: 'Xác nhận kích hoạt' });
    const boxes = confirm.getByRole('checkbox');
    expect(await boxes.count()).to.be.greaterThan(0);
    // Every open note must be acknowledged by name before the plan can go live.
    expect(await confirm.getByRole('button', { name: 'Xác nhận kích hoạt' }).isDisabled()).to.equal(true);
    for (const box of await boxes.all()) await box.check();
    await confirm.getByRole('button', { name: 'Xác nhận kích hoạt' }).click();
    await page.getByText(/Đã kích hoạt: thêm \d+ ô lịch/).waitFor();
    await page.getByRole('heading', { name: 'Các phiên bản' }).waitFor();
    await page.getByText('Phiên bản 1', { exact: true }).waitFor();

    // The month's lanes: one row per channel, named in Vietnamese, its slots open, weekends shaded.
    await page.goto(`${t.baseUrl}/lich?thang=2024-03`);
    await page.getByRole('heading', { name: 'Tháng 3/2024' }).waitFor();
    const portalLane = page.locator('table.lanes tbody tr[data-channel="web-portal"]');
    await portalLane.getByRole('rowheader', { name: 'Cổng/Trang thông tin điện tử' }).waitFor();
    expect(await page.locator('table.lanes thead th').count()).to.equal(32);
    // March 2024 has five Saturdays and five Sundays.
    expect(await page.locator('table.lanes thead th.day-weekend').count()).to.equal(10);
    expect(await portalLane.locator('.lane-slot[data-state="open"]').count()).to.be.greaterThan(0);
    await checkPage('03-lich-lan');
    // FullCalendar's month grid of the same slots.
    await page.getByRole('button', { name: 'Lưới tháng' }).click();
    await page.locator('.fc-event').first().waitFor();
    expect(await page.locator('.fc-event').count()).to.be.greaterThan(0);
    expect(await page.locator('.fc-daygrid-day.day-weekend').count()).to.be.at.least(8);
    await page
      .getByText(/Cổng\/Trang thông tin điện tử — còn trống/)
      .first()
      .waitFor();
    await checkPage('03-lich-thang');

    // The dashboard before: nothing filled in March yet.
    await page.goto(`${t.baseUrl}/?ky=2024-03`);
    await page.getByTestId('kpi-planned').waitFor();
    const filledBefore = Number((await page.getByTestId('kpi-filled').textContent())!.trim().split(/\s/)[0]);
    const publishedBefore = Number((await page.getByTestId('kpi-published').textContent())!.trim().split(/\s/)[0]);
    await checkPage('04-tong-quan-truoc');

    // Connect the commune's portal (WordPress) on Phát hành. A wrong application password first:
    // the connection test marks the account for re-authorising and the page says so; it is deleted.
    await page.getByRole('link', { name: 'Phát hành', exact: true }).click();
    await page.getByRole('heading', { name: 'Tài khoản kênh' }).waitFor();
    const connect = async (name: string, password: string) => {
      if (!(await page.getByLabel('Kênh và loại tài khoản').isVisible())) await page.getByText('Kết nối tài khoản mới').click();
      const kinds = page.getByLabel('Kênh và loại tài khoản');
      await kinds.selectOption(
        (await kinds.locator('option', { hasText: 'Cổng/Trang thông tin điện tử — WordPress' }).getAttribute('value'))!,
      );
      await page.getByLabel('Tên tài khoản').fill(name);
      await page.getByLabel(/^Địa chỉ trang/).fill(wordpress.baseUrl);
      await page.getByLabel('Tên đăng nhập WordPress').fill('bientap');
      const secret = page.getByLabel('Mật khẩu ứng dụng (tạo ở trang Hồ sơ của WordPress)');
      expect(await secret.getAttribute('type')).to.equal('password');
      await secret.fill(password);
      await page.getByRole('button', { name: 'Kết nối tài khoản' }).click();
      await page.getByText(`Đã kết nối tài khoản ${name} (Cổng/Trang thông tin điện tử).`).waitFor();
    };
    await connect('Cổng xã (mật khẩu cũ)', 'sai0 sai0 sai0 sai0');
    await page.getByRole('button', { name: 'Kiểm tra kết nối Cổng xã (mật khẩu cũ)' }).click();
    await page.getByText(/^Cổng xã \(mật khẩu cũ\): Kết nối không thành công/).waitFor();
    const banner = page.getByRole('alert').filter({ hasText: 'Cần kết nối lại tài khoản kênh' });
    await banner.getByText(/Cổng xã \(mật khẩu cũ\) \(Cổng\/Trang thông tin điện tử\)/).waitFor();
    await checkPage('05-phat-hanh-can-ket-noi-lai');
    await page.getByRole('button', { name: 'Xóa tài khoản Cổng xã (mật khẩu cũ)' }).click();
    await page.getByText('Đã xóa tài khoản Cổng xã (mật khẩu cũ).').waitFor();
    await banner.waitFor({ state: 'detached' });
    await connect('Cổng thông tin xã Hành Đức', 'abcd efgh ijkl mnop qrst uvwx');
    // The credential fields are empty again; the stored ones are named, never shown.
    expect(await page.getByLabel('Mật khẩu ứng dụng (tạo ở trang Hồ sơ của WordPress)').inputValue()).to.equal('');
    const accountCard = page.locator('li.account', { hasText: 'Cổng thông tin xã Hành Đức' });
    await accountCard
      .getByText('Thông tin đăng nhập đã lưu (không hiển thị): Mật khẩu ứng dụng, Địa chỉ trang, Tên đăng nhập WordPress')
      .waitFor();
    await page.getByRole('button', { name: 'Kiểm tra kết nối Cổng thông tin xã Hành Đức' }).click();
    await page.getByText('Cổng thông tin xã Hành Đức: Kết nối thành công.').waitFor();
    expect(await page.content()).not.to.contain('abcd efgh');

    // Create an item with a photo for task 1 on the portal, and submit it.
    await page.getByRole('link', { name: 'Nội dung', exact: true }).click();
    await page.getByRole('link', { name: 'Tạo nội dung' }).click();
    await page.getByLabel('Tiêu đề').fill('Công khai thủ tục hành chính tháng 3');
    await page.getByLabel('Tóm tắt (sa-pô)').fill('UBND xã công khai danh mục thủ tục hành chính tại bộ phận một cửa.');
    // The body is rich text: typed, with the toolbar's "Đậm" around one phrase.
    await page.getByRole('textbox', { name: 'Nội dung bài viết' }).click();
    await page.keyboard.type('Người dân tra cứu ');
    await page.getByRole('button', { name: 'Đậm', exact: true }).click();
    await page.keyboard.type('thủ tục');
    await page.getByRole('button', { name: 'Đậm', exact: true }).click();
    await page.keyboard.type(' tại bộ phận một cửa.');
    const taskOption = await page.getByLabel('Nhiệm vụ trong kế hoạch').locator('option', { hasText: '— 1. ' }).getAttribute('value');
    await page.getByLabel('Nhiệm vụ trong kế hoạch').selectOption(taskOption!);
    await page.getByRole('button', { name: 'Tạo nội dung' }).click();
    await page.waitForURL(/\/noi-dung\/[0-9a-f-]{36}$/);
    await page.getByLabel('Ảnh, âm thanh, video hoặc PDF').setInputFiles(photoPath);
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.getByText(/ảnh 1600×1000/).waitFor();
    await page.getByText('Đạt yêu cầu của mọi kênh.').waitFor();
    await checkPage('06-noi-dung-soan');
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await page.getByText('Trạng thái: Chờ duyệt').waitFor();
    const itemUrl = page.url();
    await logOut();

    // A leader approves.
    await logIn(tree.users.approver.username);
    await page.goto(itemUrl);
    await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await page.getByText('Trạng thái: Đã duyệt').waitFor();
    await page.getByText(/Gửi duyệt: Bản nháp → Chờ duyệt/).waitFor();
    // Each step of the history names who took it.
    await page.locator('ol.history li', { hasText: `Duyệt: Chờ duyệt → Đã duyệt · approver (${tree.users.approver.username})` }).waitFor();

    // Place it by dragging it from the list of approved items onto an open March slot of the
    // portal's lane (the list's slot choice names the slots that fit its task).
    await page.goto(`${t.baseUrl}/lich?thang=2024-03`);
    const select = page.getByLabel('Ô lịch cho “Công khai thủ tục hành chính tháng 3”');
    await select.waitFor();
    const options = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => ({ value: (o as unknown as { value: string }).value, text: o.textContent ?? '' })));
    const march = options.find((o) => /^(\d{2})\/03\/2024/.test(o.text) && Number(o.text.slice(0, 2)) > 12);
    expect(march, JSON.stringify(options)).to.not.equal(undefined);
    const target = page.locator(`table.lanes tr[data-channel="web-portal"] [data-slot-id="${march!.value}"]`);
    expect(await target.getAttribute('data-state')).to.equal('open');
    await page.locator('li.draggable-item', { hasText: 'Công khai thủ tục hành chính tháng 3' }).dragTo(target);
    await page.getByText(/Đã xếp “Công khai thủ tục hành chính tháng 3” vào ô Cổng\/Trang thông tin điện tử ngày/).waitFor();
    await page.locator(`table.lanes [data-slot-id="${march!.value}"][data-state="filled"]`).waitFor();
    // Placed, it leaves the list of approved items (the list is refetched after the placement).
    await page.getByLabel('Ô lịch cho “Công khai thủ tục hành chính tháng 3”').waitFor({ state: 'detached' });
    await checkPage('07-lich-da-xep');

    // The leader publishes: dispatch sends it to the portal's WordPress by itself, and Phát hành
    // shows the publication published with its proof link (the post on the portal).
    await page.goto(itemUrl);
    await page.getByRole('button', { name: 'Đăng ngay' }).click();
    // Released, not yet posted: the item says so, and lists where it stands on each channel.
    await page.getByText('Trạng thái: Đã phát hành').waitFor();
    await page.getByRole('heading', { name: 'Phát hành trên các kênh' }).waitFor();
    await page.locator('ul.item-publications li', { hasText: 'Cổng/Trang thông tin điện tử' }).first().waitFor();
    await page.getByRole('link', { name: 'Phát hành', exact: true }).click();
    const row = page.locator('table.publications tbody tr', { hasText: 'Cổng thông tin xã Hành Đức' });
    await row.waitFor();
    expect(await row.getByRole('link', { name: 'Công khai thủ tục hành chính tháng 3' }).count()).to.equal(1);
    for (let i = 0; i < 60 && (await row.getAttribute('data-state')) !== 'published'; i++) {
      await page.waitForTimeout(500);
      await page.getByRole('button', { name: 'Làm mới' }).click();
      await page.waitForLoadState('networkidle');
    }
    await row.getByText('Đã đăng', { exact: true }).waitFor();
    expect(wordpress.posts.map((p) => p.title)).to.deep.equal(['Công khai thủ tục hành chính tháng 3']);
    expect(wordpress.media).to.have.length(1);
    const proofHref = await row.getByRole('link', { name: 'Xem bài đăng' }).getAttribute('href');
    expect(proofHref).to.equal(wordpress.posts[0]!.link);
    await row.getByRole('button', { name: 'Nhật ký' }).click();
    await page.getByRole('heading', { name: 'Nhật ký gửi: Công khai thủ tục hành chính tháng 3' }).waitFor();
    await page.locator('.publication-log li', { hasText: 'Gửi, đã đăng → Đã đăng' }).waitFor();
    // The pull account's publication waits for its external system: a leader may cancel it.
    const pullRow = page.locator('table.publications tbody tr', { hasText: 'web-portal (hệ thống ngoài)' });
    await pullRow.getByRole('button', { name: 'Hủy' }).click();
    await page.getByText(/^Đã hủy: “Công khai thủ tục hành chính tháng 3” trên Cổng\/Trang thông tin điện tử/).waitFor();
    await pullRow.getByText('Đã hủy', { exact: true }).waitFor();
    await page.getByLabel('Trạng thái lượt phát hành').selectOption('published');
    // The list is refetched with the filter: the cancelled row goes, the published one stays alone.
    await pullRow.waitFor({ state: 'detached' });
    expect(
      await page.locator('table.publications tbody tr').count(),
      (await page.locator('table.publications tbody tr').allTextContents()).join(' | '),
    ).to.equal(1);
    // The month's proofs list the dispatch proof with the post's link.
    const proofLink = page
      .locator('section', { has: page.getByRole('heading', { name: 'Minh chứng đã đăng' }) })
      .getByRole('link', { name: 'Xem bài đăng' });
    await proofLink.waitFor();
    expect(await proofLink.getAttribute('href')).to.equal(proofHref);
    // The proof names the item itself, its task beside it.
    const proofRow = page
      .locator('section', { has: page.getByRole('heading', { name: 'Minh chứng đã đăng' }) })
      .locator('tbody tr', { has: page.getByRole('link', { name: 'Xem bài đăng' }) });
    expect(await proofRow.getByRole('link', { name: 'Công khai thủ tục hành chính tháng 3' }).count()).to.equal(1);
    await proofRow.getByText(/^Nhiệm vụ 1\. /).waitFor();
    await checkPage('08-phat-hanh');
    // Back on the item, its publications show the post and the cancelled pull account's line.
    await page.goto(itemUrl);
    const posted = page.locator('ul.item-publications li[data-state="published"]');
    await posted.waitFor();
    expect(await posted.getByRole('link', { name: 'Xem bài đăng' }).getAttribute('href')).to.equal(proofHref);
    await page.locator('ul.item-publications li[data-state="cancelled"]', { hasText: 'Đã hủy' }).waitFor();

    // The dashboard counts it: filled, approved and published with a proof.
    await page.goto(`${t.baseUrl}/?ky=2024-03`);
    await page.getByTestId('kpi-filled').waitFor();
    await page.waitForLoadState('networkidle');
    const count = async (id: string) => Number((await page.getByTestId(id).textContent())!.trim().split(/\s/)[0]);
    expect(await count('kpi-filled')).to.equal(filledBefore + 1);
    expect(await count('kpi-approved')).to.be.at.least(1);
    expect(await count('kpi-published')).to.equal(publishedBefore + 1);
    await page.getByTestId('score-projected').waitFor();
    // Two charts side by side: per channel, and per task (planned against published).
    await page.getByRole('img', { name: 'Thực hiện theo kênh trong kỳ' }).waitFor();
    await page.getByRole('img', { name: 'Thực hiện theo nhiệm vụ trong kỳ: kế hoạch và đã đăng' }).waitFor();
    await checkPage('09-tong-quan-sau');
  });

  it('shows every other page without serious accessibility problems, in Vietnamese, at 375 px', async function () {
    this.timeout(120_000);
    await context.clearCookies();
    await logIn(tree.users.unitAdmin.username);
    for (const [path, heading, name] of [
      ['/ke-hoach', 'Kế hoạch', '10-ke-hoach'],
      ['/noi-dung', 'Nội dung', '11-noi-dung'],
      ['/phat-hanh', 'Phát hành', '12-phat-hanh'],
      ['/thong-bao', 'Thông báo', '13-thong-bao'],
      ['/nhat-ky', 'Nhật ký thao tác', '14-nhat-ky'],
      ['/nguoi-dung', 'Người dùng và vai trò', '15-nguoi-dung'],
      ['/khoa-api', 'Khóa API', '16-khoa-api'],
    ] as const) {
      await page.goto(`${t.baseUrl}${path}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await checkPage(name);
    }
  });

  it('places an approved item on an open slot of its lane with the keyboard alone', async function () {
    this.timeout(120_000);
    // A second item, written and approved through the API (the walk above did it through the pages).
    const title = 'Lịch tiếp công dân tháng 3';
    await approvedItemWithPhoto(title, '<p>Lãnh đạo xã tiếp công dân vào thứ Năm hằng tuần tại trụ sở.</p>', 'tiep-cong-dan.jpg');

    await context.clearCookies();
    await logIn(tree.users.editor.username);
    await page.goto(`${t.baseUrl}/lich?thang=2024-03`);
    const isFocused = (el: unknown) => (el as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === el;
    const pick = page.getByRole('button', { name: `Chọn để xếp lịch “${title}”` });
    // Keys only from here: the button is reached with Tab, pressed with Enter.
    await pick.waitFor();
    for (let i = 0; i < 200 && !(await pick.evaluate(isFocused)); i++) await page.keyboard.press('Tab');
    expect(await pick.evaluate(isFocused), 'Tab reaches “Chọn để xếp lịch”').to.equal(true);
    await page.keyboard.press('Enter');
    expect(await pick.getAttribute('aria-pressed')).to.equal('true');
    await page.getByText(`Đã chọn “${title}”.`, { exact: false }).waitFor();
    // The open slots of the portal's lane (late ones too: still empty) became buttons; the first has the focus.
    const choices = page.getByRole('button', {
      name: new RegExp(`^(Trống|Trễ) — Xếp “${title}” vào ô Cổng/Trang thông tin điện tử ngày \\d{2}/03/2024( \\(ô đã qua: đăng bù\\))?$`),
    });
    expect(await choices.count()).to.be.greaterThan(1);
    expect(await choices.first().evaluate(isFocused), 'the first open slot has the focus').to.equal(true);
    await checkPage('17-lich-chon-bang-ban-phim');
    // Esc gives up; picking again and Tab to the second open slot, then Enter, places it there.
    await page.keyboard.press('Escape');
    expect(await pick.getAttribute('aria-pressed')).to.equal('false');
    expect(await choices.count()).to.equal(0);
    await pick.focus();
    await page.keyboard.press('Enter');
    await choices.first().waitFor();
    expect(await choices.first().evaluate(isFocused)).to.equal(true);
    const second = choices.nth(1);
    const slotId = await second.getAttribute('data-slot-id');
    const label = (await second.textContent())!;
    await page.keyboard.press('Tab');
    expect(await second.evaluate(isFocused), 'Tab moves to the next open slot').to.equal(true);
    await page.keyboard.press('Enter');
    const day = /ngày (\d{2}\/03\/2024)$/.exec(label)![1];
    await page.getByText(`Đã xếp “${title}” vào ô Cổng/Trang thông tin điện tử ngày ${day}.`).waitFor();
    await page.locator(`table.lanes [data-slot-id="${slotId}"][data-state="filled"]`).waitFor();
    await pick.waitFor({ state: 'detached' });
    await checkPage('18-lich-da-xep-bang-ban-phim');
  });

  it('asks “Đăng bù?” before placing an item on a slot whose day has passed, and places it only when the person says so', async function () {
    this.timeout(120_000);
    const title = 'Kết quả tiếp công dân đầu tháng 3';
    await approvedItemWithPhoto(title, '<p>Tổng hợp các buổi tiếp công dân đã diễn ra đầu tháng.</p>', 'ket-qua.jpg');
    await page.goto(`${t.baseUrl}/lich?thang=2024-03`);
    const select = page.getByLabel(`Ô lịch cho “${title}”`);
    await select.waitFor();
    // The list says which open slots are past (today is 12/03/2024 on the server and in the page).
    const options = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => ({ value: (o as unknown as { value: string }).value, text: o.textContent ?? '' })));
    const past = options.filter((o) => o.text.endsWith('(đã qua, đăng bù)'));
    expect(past.length, 'March 2024 has open slots before the 12th').to.be.greaterThan(0);
    expect(options.filter((o) => o.value && !past.includes(o)).length, 'and open slots ahead').to.be.greaterThan(0);
    const pastDay = /^(\d{2}\/\d{2}\/\d{4})/.exec(past[0].text)![1];
    expect(pastDay < '12/03/2024' || pastDay.slice(3) !== '03/2024').to.equal(true);
    const form = page.locator('form').filter({ has: select });
    const slot = page.locator(`table.lanes [data-slot-id="${past[0].value}"]`);
    await select.selectOption(past[0].value);
    await form.getByRole('button', { name: 'Xếp lịch', exact: true }).click();
    // The API's refusal (SLOT_IN_PAST) becomes a question in words, never its instruction to resend.
    const dialog = page.getByRole('alertdialog', { name: 'Đăng bù?' });
    await dialog.waitFor();
    expect(await dialog.textContent())
      .to.contain(`Ô lịch ngày ${pastDay} đã qua (hôm nay là 12/03/2024)`)
      .and.not.contain('backfill');
    const confirm = dialog.getByRole('button', { name: 'Đăng bù', exact: true });
    expect(
      await confirm.evaluate((el) => (el as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === el),
    ).to.equal(true);
    await checkPage('20-lich-hoi-dang-bu');
    // "Thôi": nothing placed.
    await dialog.getByRole('button', { name: 'Thôi' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Chưa xếp lịch. Hãy chọn một ô chưa qua ngày.').waitFor();
    expect(await slot.getAttribute('data-state')).to.not.equal('filled');
    // Asked again and confirmed: placed there, as a backfill.
    await select.selectOption(past[0].value);
    await form.getByRole('button', { name: 'Xếp lịch', exact: true }).click();
    await confirm.click();
    await page.getByText(`Đã đăng bù “${title}” vào ô Cổng/Trang thông tin điện tử ngày ${pastDay}.`).waitFor();
    await page.locator(`table.lanes [data-slot-id="${past[0].value}"][data-state="filled"]`).waitFor();
  });

  it('opens signed in in a new tab, and in another window that has only the cookies, where writes pass the CSRF check', async function () {
    this.timeout(60_000);
    // The test above left the editor signed in on `page`. A new tab of the same browser: nothing of
    // the first tab's own storage (sessionStorage is per tab), the cookies shared.
    const tab = await context.newPage();
    await tab.goto(`${t.baseUrl}/lich?thang=2024-03`);
    await tab.getByRole('heading', { name: 'Lịch', level: 1 }).waitFor();
    await tab.locator('table.lanes [data-slot-id]').first().waitFor();
    expect(new URL(tab.url()).pathname).to.equal('/lich');
    expect(await tab.getByRole('button', { name: 'Đăng xuất' }).count()).to.equal(1);
    await tab.close();

    // Another window with the cookies alone (no localStorage either), as a restarted browser has.
    const cookies = await context.cookies();
    expect(cookies.map((c) => c.name).sort()).to.deep.equal(['loa_csrf', 'loa_session']);
    expect(cookies.find((c) => c.name === 'loa_session')!.httpOnly).to.equal(true);
    const other = await browser.newContext({ storageState: { cookies, origins: [] }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    try {
      await other.clock.setSystemTime(new March2024().now());
      const second = await other.newPage();
      await second.goto(`${t.baseUrl}/`);
      await second.getByRole('heading', { name: 'Tổng quan', level: 1 }).waitFor();
      expect(new URL(second.url()).pathname).to.equal('/');
      // A write from there (the log-out, a POST) carries the CSRF token read from the cookie: the
      // API ends the session, so the first tab, reloaded, is signed out too.
      const logout = second.waitForResponse((r) => r.url().endsWith('/api/auth/logout'));
      await second.getByRole('button', { name: 'Đăng xuất' }).click();
      expect((await logout).status()).to.equal(204);
      await second.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
      expect((await other.cookies()).map((c) => c.name)).to.deep.equal([]);
    } finally {
      await other.close();
    }
    await page.reload();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  });
  it('draws the calendar page on the server with every text escaped: a hostile title is shown as text, runs nothing, and the page then works', async function () {
    this.timeout(90_000);
    // Ends the JSON's script element, opens a script, an image with a handler, and holds the
    // patterns String.replace would expand ($& $').
    const title = `</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> $& $' <!-- tháng 3`;
    const { editor } = await approvedItemWithPhoto(title, '<p>Nội dung thử với tiêu đề có ký tự đặc biệt.</p>', 'anh.jpg');

    // The HTML as the server sends it: the month drawn (lanes, the approved item), inert until
    // React takes it over; the title only escaped, in the drawing and in the page's JSON.
    const answer = await fetch(`${t.baseUrl}/lich?thang=2024-03`, { headers: { cookie: editor.cookie } });
    expect(answer.headers.get('cache-control')).to.equal('private, no-store');
    const html = await answer.text();
    expect(html).to.match(/<div id="root" inert>/);
    expect(html).to.contain('<table class="lanes">').and.contain('Tháng <!-- -->3<!-- -->/<!-- -->2024');
    expect(html).to.not.contain('<script>window.__pwned').and.not.contain('<img src=x');
    expect(html).to.contain(
      '&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt; $&amp; $&#x27;',
    );
    expect(html).to.contain('\\u003c/script\\u003e\\u003cscript\\u003ewindow.__pwned=1');
    // Only the entry and the JSON are script elements: nothing inline to run (the CSP allows none).
    expect(html.match(/<script[^>]*>/g)).to.deep.equal([
      '<script type="module" crossorigin src="' + /<script type="module" crossorigin src="([^"]+)"/.exec(html)![1] + '">',
      '<script type="application/json" id="loa-reads">',
    ]);
    // The calendar's chunks are named for an early fetch.
    expect(html).to.match(/<link rel="modulepreload" crossorigin href="\/assets\/calendar-page-[^"]+\.js">/);
    // The app's stylesheet comes inside the page, not as a file to wait for (web/vite.config.ts).
    expect(html)
      .to.match(/<style>:root\{/)
      .and.not.match(/<link rel="stylesheet"/);
    // Signed out, the page has nothing of anyone's.
    const anonymous = await (await fetch(`${t.baseUrl}/lich?thang=2024-03`)).text();
    expect(anonymous).to.contain('<div id="root"></div>').and.not.contain('loa-reads');

    // In the browser: the title is text, nothing ran, and the page works once React has it.
    await logIn(tree.users.editor.username);
    await page.goto(`${t.baseUrl}/lich?thang=2024-03`);
    const pick = page.getByRole('button', { name: `Chọn để xếp lịch “${title}”` });
    await pick.click();
    expect(await pick.getAttribute('aria-pressed')).to.equal('true');
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).to.equal(undefined);
    expect(await page.locator('img[src="x"]').count()).to.equal(0);
    expect(await page.locator('#root[inert]').count()).to.equal(0);
    // …and styled by it: the page's background and the body's margin are the stylesheet's.
    expect(
      await page.evaluate('[getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).margin]'),
    ).to.deep.equal(['rgb(248, 250, 252)', '0px']);
    await page.getByText(`Đã chọn “${title}”.`, { exact: false }).waitFor();
    await checkPage('19-lich-tieu-de-dac-biet');
  });
});
