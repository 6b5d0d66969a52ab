/**
 * The item editor in Chromium, against a real app (SQLite):
 * - the previews show the attached photo as the server renders it for each channel (the
 *   rendition route), after a reload and for the leader who approves, the pano card included,
 *   with every crop caption whole;
 * - the body is written as rich text (toolbar with Vietnamese names, keyboard shortcuts, a link,
 *   a picture that asks for its description), and the server stores the sanitized HTML;
 * - a body picture with no description: the page stays accessible (axe), the checks list it,
 *   and the editor adds the description.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { photo } from '../integration/media/media-fixtures.js';
import { englishWordsOnScreen, expectAccessible, launchChromium, screenshotDir } from '../support/browser.js';
import { PlansService } from '../../src/modules/plans/plans.service.js';
import { activeSeedPlan, login, PASSWORD, seedTree, type Tree } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.js';

interface Item {
  id: string;
  version: number;
  body: string;
  status: string;
  attachments: { sha256: string; width?: number; height?: number }[];
}

/** A 2×2 PNG as a data: address (the sanitizer keeps data: pictures, the page's CSP shows them). */
const DOT =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';

/** A channel's name on screen, from the vocabulary the web app reads. */
const channelLabel = (id: string): string =>
  (
    JSON.parse(readFileSync(join(process.cwd(), 'config/channels/vocabulary.json'), 'utf8')) as {
      channels: { id: string; label: string }[];
    }
  ).channels.find((c) => c.id === id)!.label;

describe('web app: the item editor in Chromium (previews from the server, rich text, picture descriptions)', () => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const shots = screenshotDir('item-editor');
  const headers: Record<string, Record<string, string>> = {};

  const api = async <T>(method: string, path: string, who: string, body?: unknown): Promise<T> => {
    const res = await fetch(t.baseUrl + path, {
      method,
      headers: body === undefined ? headers[who] : { ...headers[who], 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = (await res.json()) as T;
    expect(res.status, JSON.stringify(answer)).to.be.below(300);
    return answer;
  };

  before(async function () {
    this.timeout(120_000);
    db = await createTestDatabase('sqlite');
    t = await startTestApp(db);
    tree = await seedTree(t.app);
    for (const who of ['editor', 'approver'])
      headers[who] = { authorization: `Bearer ${(await login(t.baseUrl, tree.users[who].username)).token}` };
    browser = await launchChromium();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page)
      await page
        .screenshot({ path: join(shots, `failed-${this.currentTest.title.slice(0, 40)}.png`), fullPage: true })
        .catch(() => undefined);
    await context?.close();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
    await db?.drop();
  });

  async function logIn(username: string): Promise<void> {
    await page.goto(`${t.baseUrl}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Tổng quan', level: 1 }).waitFor();
  }

  /** Every picture of the previews, once each has loaded or failed: its address and drawn size. */
  async function previewPictures(): Promise<{ src: string; width: number; height: number; alt: string }[]> {
    const previews = page.locator('section[aria-labelledby=preview-title]');
    await previews.locator('img').first().waitFor();
    // Polled from here: the page's CSP forbids the evaluation waitForFunction would do in it.
    for (let waited = 0; waited < 30_000; waited += 200) {
      if (await page.evaluate(`[...document.querySelectorAll('section[aria-labelledby=preview-title] img')].every((i) => i.complete)`))
        break;
      await page.waitForTimeout(200);
    }
    return (await previews.locator('img').evaluateAll((imgs) =>
      imgs.map((i) => ({
        src: new URL((i as unknown as { src: string }).src).pathname + new URL((i as unknown as { src: string }).src).search,
        width: (i as unknown as { naturalWidth: number }).naturalWidth,
        height: (i as unknown as { naturalHeight: number }).naturalHeight,
        alt: (i as unknown as { alt: string }).alt,
      })),
    )) as { src: string; width: number; height: number; alt: string }[];
  }

  /** Crop captions that are not wholly visible (cut by a box, or covered). */
  const clippedCaptions = () =>
    page.evaluate(`[...document.querySelectorAll('section[aria-labelledby=preview-title] figcaption')].filter((c) => {
      const r = c.getBoundingClientRect();
      if (r.height === 0 || c.scrollHeight > c.clientHeight + 1 || c.scrollWidth > c.clientWidth + 1) return true;
      for (let p = c.parentElement; p; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.overflow === 'visible') continue;
        const b = p.getBoundingClientRect();
        if (r.top < b.top - 1 || r.bottom > b.bottom + 1 || r.left < b.left - 1 || r.right > b.right + 1) return true;
      }
      return false;
    }).map((c) => c.textContent)`) as Promise<string[]>;

  it('previews show the attached photo as the server renders it per channel, after a reload and for the approving leader; captions whole', async function () {
    this.timeout(120_000);
    let item = await api<Item>('POST', '/api/items', 'editor', {
      unitId: tree.communeA.id,
      title: 'Áp phích hướng dẫn nộp hồ sơ trực tuyến',
      summary: 'Pano đặt tại bộ phận một cửa.',
      body: '<p>Người dân quét mã để nộp hồ sơ.</p>',
      channels: ['web-portal', 'zalo-oa', 'facebook', 'pano'],
    });
    const form = new FormData();
    form.append('file', new Blob([await photo({ storedWidth: 3000, storedHeight: 4500, quality: 60 })]), 'pano.jpg');
    const res = await fetch(`${t.baseUrl}/api/items/${item.id}/attachments?version=${item.version}`, {
      method: 'POST',
      headers: headers.editor,
      body: form,
    });
    item = (await res.json()) as Item;
    expect(res.status, JSON.stringify(item)).to.equal(201);
    const sha = item.attachments[0]!.sha256;
    const expected = [
      [`web-portal/medium`, 600, 900],
      [`zalo-oa/cover`, 500, 320],
      [`facebook/landscape`, 1200, 630],
      [`facebook/square`, 1080, 1080],
      [`facebook/portrait`, 1080, 1350],
      // The print rendition is 2953×4429 (50×75 cm at 150 dpi); its proof on screen is a copy 800 wide, the same crop.
      [`pano/poster-50x75?width=800`, 800, 1200],
    ].map(([path, width, height]) => ({ src: `/api/items/${item.id}/attachments/${sha}/renditions/${path}`, width, height }));

    // The editor, in a browser that never uploaded the photo (as after a reload).
    await logIn(tree.users.editor.username);
    await page.goto(`${t.baseUrl}/noi-dung/${item.id}`);
    await page.getByText(/ảnh 3000×4500/).waitFor();
    let pictures = await previewPictures();
    expect(pictures.map(({ src, width, height }) => ({ src, width, height }))).to.deep.equal(expected);
    const pano = page.getByRole('region', { name: 'Xem trước trên Pano, áp phích' });
    expect(await pano.textContent())
      .to.contain('ảnh hiện có 3000×4500')
      .and.not.contain('Chưa có ảnh');
    expect(await clippedCaptions()).to.deep.equal([]);
    await page.reload();
    pictures = await previewPictures();
    expect(pictures.map((p) => p.src)).to.deep.equal(expected.map((p) => p.src));
    await page.setViewportSize({ width: 375, height: 812 });
    await page.waitForTimeout(150);
    expect(await clippedCaptions(), 'at 375 px').to.deep.equal([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await page.getByText('Trạng thái: Chờ duyệt').waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();

    // The leader who approves sees the same pictures.
    await logIn(tree.users.approver.username);
    await page.goto(`${t.baseUrl}/noi-dung/${item.id}`);
    pictures = await previewPictures();
    expect(pictures.map(({ src, width, height }) => ({ src, width, height }))).to.deep.equal(expected);
    expect(await clippedCaptions()).to.deep.equal([]);
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'previews of an item with a photo');
    expect(await englishWordsOnScreen(page)).to.deep.equal([]);
    await page.screenshot({ path: join(shots, 'previews-leader.png'), fullPage: true });
  });

  it('writes the body as rich text with the toolbar and the keyboard; the server stores the sanitized HTML', async function () {
    this.timeout(90_000);
    await logIn(tree.users.editor.username);
    await page.goto(`${t.baseUrl}/noi-dung/moi`);
    await page.getByLabel('Tiêu đề').fill('Hướng dẫn tra cứu thủ tục');
    const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
    await body.click();
    await page.keyboard.type('Người dân tra cứu ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('thủ tục');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' tại bộ phận một cửa.');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Danh sách', exact: true }).click();
    await page.keyboard.type('Cổng dịch vụ công');
    await page.keyboard.press('Shift+Home');
    // The browser reports a selection change a moment later; the editor takes the selection from it.
    await page.waitForFunction(
      () => (globalThis as unknown as { getSelection(): { toString(): string } }).getSelection().toString() === 'Cổng dịch vụ công',
    );
    await page.waitForTimeout(100);
    // The toolbar is reached and used with the keyboard alone.
    await page.getByRole('button', { name: 'Trích dẫn', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate('document.activeElement.textContent')).to.equal('Liên kết');
    await page.keyboard.press('Enter');
    await page.getByLabel('Địa chỉ liên kết').fill('dichvucong.gov.vn');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Địa chỉ liên kết cần bắt đầu bằng https://' }).waitFor();
    await page.getByLabel('Địa chỉ liên kết').fill('https://dichvucong.gov.vn');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('button', { name: 'Liên kết', exact: true }).getAttribute('aria-pressed')).to.equal('true');
    await body.press('End');
    await body.press('Enter');
    await body.press('Enter');
    await page.getByRole('button', { name: 'Chèn ảnh', exact: true }).click();
    await page.getByLabel('Địa chỉ ảnh').fill(DOT);
    await page.getByRole('button', { name: 'Chèn ảnh vào nội dung' }).click();
    await page.getByRole('alert').filter({ hasText: 'Hãy nhập lời mô tả ảnh, hoặc đánh dấu là ảnh trang trí.' }).waitFor();
    await page.getByLabel('Lời mô tả ảnh cho người không nhìn thấy ảnh').fill('Mã QR của Cổng dịch vụ công');
    await page.getByRole('button', { name: 'Chèn ảnh vào nội dung' }).click();
    await page.getByRole('button', { name: 'Tạo nội dung' }).click();
    await page.waitForURL(/\/noi-dung\/[0-9a-f-]{36}$/);
    await page.getByText('Đã lưu.').waitFor();
    const id = page.url().split('/').pop()!;
    const stored = await api<Item>('GET', `/api/items/${id}`, 'editor');
    expect(stored.body).to.contain('<p>Người dân tra cứu <strong>thủ tục</strong> tại bộ phận một cửa.</p>');
    expect(stored.body, stored.body).to.match(
      /<ul><li><p><a href="https:\/\/dichvucong\.gov\.vn"[^>]*>Cổng dịch vụ công<\/a><\/p><\/li><\/ul>/,
    );
    expect(stored.body).to.contain(`<img src="${DOT}" alt="Mã QR của Cổng dịch vụ công" />`);
    // The web article's preview shows the body as stored.
    await page.getByRole('region', { name: 'Xem trước trên Cổng/Trang thông tin điện tử' }).getByText('thủ tục', { exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'item editor with rich text');
    expect(await englishWordsOnScreen(page)).to.deep.equal([]);
    await page.screenshot({ path: join(shots, 'rich-text.png'), fullPage: true });
  });

  it('a body picture with no description: the page stays accessible, the checks say so, and the editor adds it', async function () {
    this.timeout(90_000);
    const item = await api<Item>('POST', '/api/items', 'editor', {
      unitId: tree.communeA.id,
      title: 'Sơ đồ bộ phận một cửa',
      body: `<p>Sơ đồ:</p><img src="${DOT}"><p>Trang trí:</p><img src="${DOT}" alt="">`,
      channels: ['web-portal'],
    });
    await logIn(tree.users.editor.username);
    await page.goto(`${t.baseUrl}/noi-dung/${item.id}`);
    const checks = page.locator('section[aria-labelledby=checks-title]');
    await checks.getByText(/Ảnh trong nội dung \(ảnh thứ 1\) chưa có lời mô tả/).waitFor();
    await page.locator('.rich-text-area img.missing-alt').waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'item with a body picture without alt');
    await page.locator('.rich-text-area img.missing-alt').click();
    await page.getByRole('button', { name: 'Mô tả ảnh' }).click();
    await page.getByLabel('Lời mô tả ảnh cho người không nhìn thấy ảnh').fill('Sơ đồ các quầy tiếp nhận');
    await page.getByRole('button', { name: 'Lưu lời mô tả' }).click();
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã lưu.').waitFor();
    await checks.getByText('Đạt yêu cầu của mọi kênh.').waitFor();
    const stored = await api<Item>('GET', `/api/items/${item.id}`, 'editor');
    expect(stored.body).to.equal(
      `<p>Sơ đồ:</p><img src="${DOT}" alt="Sơ đồ các quầy tiếp nhận" /><p>Trang trí:</p><img src="${DOT}" alt="" />`,
    );
  });
  it('a stored body with a table opens as HTML, so that saving it keeps the table', async function () {
    this.timeout(60_000);
    const body = '<p>Lịch tiếp dân:</p><table><tbody><tr><td>Thứ Hai</td><td>Sáng</td></tr></tbody></table>';
    const item = await api<Item>('POST', '/api/items', 'editor', {
      unitId: tree.communeA.id,
      title: 'Lịch tiếp công dân',
      body,
      channels: ['web-portal'],
    });
    await logIn(tree.users.editor.username);
    await page.goto(`${t.baseUrl}/noi-dung/${item.id}`);
    await page.getByText('Nội dung có bảng hoặc khung ảnh mà trình soạn thảo chưa hiển thị được, nên được mở dạng mã HTML.').waitFor();
    const html = page.getByRole('textbox', { name: 'Nội dung bài viết' });
    expect(await html.inputValue()).to.equal(body);
    expect(await page.getByRole('button', { name: 'Sửa mã HTML' }).getAttribute('aria-pressed')).to.equal('true');
    await html.fill(body.replace('Sáng', 'Sáng và chiều'));
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã lưu.').waitFor();
    expect((await api<Item>('GET', `/api/items/${item.id}`, 'editor')).body).to.equal(body.replace('Sáng', 'Sáng và chiều'));
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'item editor in HTML mode');
  });

  it("a task whose slots are on other channels than the item's: the choice names each task's channels and the editor is warned", async function () {
    this.timeout(60_000);
    const plan = await activeSeedPlan(t.app.get(PlansService), tree.communeA.id, '001');
    const task = plan.document.tasks.find((k) => k.channels.length > 0 && !k.channels.includes('led-screen'));
    expect(task, 'a seed task with channels, none of them the LED screen').to.not.equal(undefined);
    await logIn(tree.users.editor.username);
    await page.goto(`${t.baseUrl}/noi-dung/moi`);
    const form = page.locator('form', { has: page.getByRole('group', { name: 'Kênh đăng' }) });
    await form.getByLabel('Cổng/Trang thông tin điện tử').uncheck();
    await form.getByLabel('Màn hình LED').check();
    await page.getByLabel('Nhiệm vụ trong kế hoạch').selectOption(`${plan.id}|${task!.id}`);
    const hint = page.locator('#planTask-hint');
    await hint.waitFor();
    expect(await hint.textContent()).to.contain('nội dung đăng trên Màn hình LED sẽ không có ô lịch nào của nhiệm vụ');
    expect(await page.getByLabel('Nhiệm vụ trong kế hoạch').getAttribute('aria-describedby')).to.equal('planTask-hint');
    // Choosing one of the task's channels as well takes the warning away.
    await form.getByLabel(channelLabel(task!.channels[0]!), { exact: true }).check();
    await hint.waitFor({ state: 'detached' });
    await expectAccessible(page, 'item-editor-task-channels');
    expect(await englishWordsOnScreen(page)).to.deep.equal([]);
  });
});
