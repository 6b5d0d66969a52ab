/**
 * The plan page in Chromium, on its own (no earlier test's state): a plan imported, activated
 * with its review notes ticked, then a task's quota typed as a phrase and read back in
 * Vietnamese ("định kỳ 2 tháng/lần" → "1 lần mỗi 2 tháng"), saved, and re-activated without a
 * reload. What must hold:
 * - fixing a review note empties the ticks and takes away the old "Đã kích hoạt" message, and
 *   the second activation goes through (no tick of a note that is gone is sent);
 * - a refusal over the review notes names them as people read them ("Nhiệm vụ 1 — Tần suất"),
 *   never by the API's keys ("1/quota");
 * - each version is compared with the one before it and the change is filed under the newer one
 *   ("—" → "1 lần mỗi 2 tháng" under version 2), the same whichever order the API lists them in;
 * - axe finds no serious or critical violation on the page.
 */
import { expect } from 'chai';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible, launchChromium, screenshotDir } from '../support/browser.js';
import { PASSWORD, seedTree, type Tree } from '../support/fixtures.js';
import { seedPath } from '../support/seeds.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.js';

describe('web app: plan versions and re-activation in Chromium', () => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const shots = screenshotDir('plan-versions');

  before(async function () {
    this.timeout(120_000);
    db = await createTestDatabase('sqlite');
    t = await startTestApp(db);
    tree = await seedTree(t.app);
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
    await db?.drop();
  });

  /** The versions section's items, top to bottom, as their text. */
  const versionTexts = async (p: Page): Promise<string[]> =>
    (await p.locator('ol.versions > li').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());

  it('reads the typed quota in Vietnamese, re-activates without a reload, names review notes as people read them, and files each difference under the newer version', async function () {
    this.timeout(180_000);
    await page.goto(`${t.baseUrl}/`);
    await page.waitForURL('**/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill(tree.users.unitAdmin.username);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Tổng quan', level: 1 }).waitFor();

    await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await page.getByLabel('Tệp kế hoạch (.docx, .pdf, .txt)').setInputFiles(seedPath('001'));
    await page.getByRole('button', { name: 'Nhập kế hoạch' }).click();
    await page.getByRole('heading', { name: /Kế hoạch 41\/KH-UBND ngày 11\/03\/2024/ }).waitFor();
    const planUrl = page.url();
    const reviewHeading = page.getByRole('heading', { name: /^Cần xem lại \(\d+\)$/ });
    const open = Number((await reviewHeading.textContent())!.match(/\((\d+)\)/)![1]);
    expect(open).to.be.greaterThan(1);
    // Task 1 names the portal but no number: a review note, named as people read it.
    const review = page.locator('section[aria-labelledby="review-title"]');
    await review.getByRole('button', { name: 'Nhiệm vụ 1 — Tần suất' }).waitFor();

    // First activation, every note ticked by name.
    await page.getByRole('button', { name: 'Kích hoạt kế hoạch' }).click();
    const confirm = page.getByRole('group', { name: 'Xác nhận kích hoạt' });
    for (const box of await confirm.getByRole('checkbox').all()) await box.check();
    const confirmText = await confirm.innerText();
    expect(confirmText).to.contain('Nhiệm vụ 1 — Tần suất');
    // No key of the API ("1/quota", "issuedOn", "reporting.periods") on screen.
    expect(confirmText).not.to.match(/\b\d+\/[a-z]|\b(quota|timeframe|deadline|issuedOn|issuer|number|reporting\.\w+)\b/);
    await confirm.getByRole('button', { name: 'Xác nhận kích hoạt' }).click();
    const done = page.getByRole('status').filter({ hasText: /Đã kích hoạt/ });
    await done.waitFor();
    await page.locator('ol.versions > li[data-version="1"]').waitFor();
    expect(await versionTexts(page)).to.have.length(1);
    expect((await versionTexts(page))[0])
      .to.contain('Phiên bản 1')
      .and.contain('Phiên bản đầu tiên.');

    // Task 1's quota typed as a phrase: the reading shown as it is typed is in Vietnamese words.
    const task = page.locator('article.task', { has: page.getByRole('heading', { name: /^1\. / }) });
    await task.getByRole('button', { name: 'Sửa tần suất, thời gian' }).click();
    await task.getByLabel('Tần suất (ví dụ: 03 tin, bài/tháng)').fill('định kỳ 2 tháng/lần');
    await task.getByText('Đọc được: 1 lần mỗi 2 tháng', { exact: true }).waitFor();
    await task.getByLabel('Thời hạn (ví dụ: Trước ngày 30/11/2025)').fill('trước 15/12 hàng năm');
    await task.getByText('Đọc được: trước ngày 15/12 hằng năm', { exact: true }).waitFor();
    await expectAccessible(page, 'plan page, editing task 1');
    await task.getByLabel('Thời hạn (ví dụ: Trước ngày 30/11/2025)').fill('');
    await task.getByRole('button', { name: 'Lưu nhiệm vụ' }).click();
    await page.getByRole('heading', { name: `Cần xem lại (${open - 1})` }).waitFor();
    // The review list changed: the old success message is gone (no reload).
    await done.waitFor({ state: 'detached' });

    // Version 2 (the edit of an active plan) carries the change, old → new; version 1 none.
    await page.locator('ol.versions > li[data-version="2"]').waitFor();
    const natural = await versionTexts(page);
    expect(natural).to.have.length(2);
    expect(natural[0])
      .to.contain('Phiên bản 2')
      .and.contain('So với phiên bản 1:')
      .and.contain('Nhiệm vụ 1, tần suất: “—” → “1 lần mỗi 2 tháng”');
    expect(natural[1]).to.contain('Phiên bản 1').and.contain('Phiên bản đầu tiên.').and.not.contain('→');

    // Re-activate without a reload: the ticks start empty again, one per note still open.
    await page.getByRole('button', { name: 'Kích hoạt lại' }).click();
    const boxes = confirm.getByRole('checkbox');
    expect(await boxes.count()).to.equal(open - 1);
    for (const box of await boxes.all()) expect(await box.isChecked()).to.equal(false);
    expect(await confirm.getByRole('button', { name: 'Xác nhận kích hoạt' }).isDisabled()).to.equal(true);
    expect(await confirm.innerText()).not.to.contain('Nhiệm vụ 1 — Tần suất');
    for (const box of await boxes.all()) await box.check();

    // A note left out of the request (as a stale page would): the API refuses with
    // PLAN_REVIEW_OPEN and its keys; the page names the note as the checklist does, with its reason.
    const ticked = (await confirm.locator('label.check').allInnerTexts()).map((l) => l.replace(/\s+/g, ' ').trim());
    await page.route('**/api/plans/*/activate', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { acknowledge: string[] };
      await route.continue({ postData: JSON.stringify({ ...body, acknowledge: body.acknowledge.slice(1) }) });
    });
    await confirm.getByRole('button', { name: 'Xác nhận kích hoạt' }).click();
    const openAlert = page.getByRole('alert').filter({ hasText: 'kế hoạch còn 1 mục chưa xem lại' });
    await openAlert.waitFor();
    const openNamed = (await openAlert.locator('li').allInnerTexts()).map((l) => l.replace(/\s+/g, ' ').trim());
    expect(openNamed).to.have.length(1);
    expect(ticked).to.include(openNamed[0]);
    expect(await openAlert.innerText()).not.to.match(
      /\b\d+\/[a-z]|\b(quota|timeframe|deadline|leads|channels|issuedOn|reporting\.\w+)\b|PLAN_REVIEW/,
    );
    await page.unroute('**/api/plans/*/activate');

    // A tick of a note that is gone, sent as the page used to send it ("1/quota" again): the API
    // refuses with PLAN_REVIEW_UNKNOWN, and the page names the note, not its key.
    await page.route('**/api/plans/*/activate', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { acknowledge: string[] };
      await route.continue({ postData: JSON.stringify({ ...body, acknowledge: [...body.acknowledge, '1/quota'] }) });
    });
    await confirm.getByRole('button', { name: 'Xác nhận kích hoạt' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Nhiệm vụ 1 — Tần suất', { exact: true }).waitFor();
    expect(await alert.innerText()).not.to.match(/1\/quota|\bquota\b|PLAN_REVIEW/);
    await page.unroute('**/api/plans/*/activate');

    // As the page sends it: the second activation goes through, with no error beside it.
    if (!(await confirm.isVisible())) await page.getByRole('button', { name: 'Kích hoạt lại' }).click();
    for (const box of await confirm.getByRole('checkbox').all()) await box.check();
    await confirm.getByRole('button', { name: 'Xác nhận kích hoạt' }).click();
    await done.waitFor();
    expect(await page.getByRole('alert').count()).to.equal(0);
    await page.locator('ol.versions > li[data-version="3"]').waitFor();
    const after = await versionTexts(page);
    expect(after.map((v) => /Phiên bản (\d+)/.exec(v)![1])).to.deep.equal(['3', '2', '1']);
    expect(after[0]).to.contain('So với phiên bản 2: không đổi nhiệm vụ.');
    expect(after[1]).to.contain('Nhiệm vụ 1, tần suất: “—” → “1 lần mỗi 2 tháng”');
    await expectAccessible(page, 'plan page after re-activation');
    await page.screenshot({ path: join(shots, 'ke-hoach-phien-ban.png'), fullPage: true });

    // The API listing its versions newest first instead: the page shows the same differences.
    await page.route('**/api/plans/*/versions', async (route) => {
      const res = await route.fetch();
      const list = (await res.json()) as { version: number }[];
      expect(list.map((v) => v.version)).to.deep.equal([1, 2, 3]);
      await route.fulfill({ response: res, json: [...list].reverse() });
    });
    await page.goto(planUrl);
    await page.locator('ol.versions > li[data-version="3"]').waitFor();
    expect(await versionTexts(page)).to.deep.equal(after);
    await page.unroute('**/api/plans/*/versions');
  });
});
