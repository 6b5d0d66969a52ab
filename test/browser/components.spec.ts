/**
 * Component tests in the real Chromium, inside the browser tier's mocha run: the harness
 * (web/harness/) is built with Vite into a temporary folder and served on a running test app's
 * origin through the browser's request routing, so the components talk to the real API (the
 * phrase grammar) with a real session. Each component is mounted alone with chosen props:
 * - the phrase field reads a Vietnamese phrase as it is typed (the API's grammar), and says
 *   plainly when it cannot;
 * - the lanes grid: one row per channel with its Vietnamese name, open/filled/late slots,
 *   weekends and holidays shaded, and an item dropped onto an open slot that takes it (and not
 *   onto a filled one or one of another channel);
 * - the credential form: fields from the kind's descriptor, Vietnamese errors before anything
 *   is sent, secrets as password fields emptied once stored and kept when refused.
 */
import react from '@vitejs/plugin-react';
import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { expectAccessible, launchChromium, screenshotDir } from '../support/browser.js';
import { PASSWORD, seedTree, type Tree } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.js';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

interface SlotInput {
  id: string;
  channel: string;
  date: string;
  due: string;
  itemId?: string | null;
}
const slot = (s: SlotInput) => ({
  planId: 'p',
  taskId: 't',
  period: '2024-03',
  time: '08:00',
  durationMin: null,
  durationMax: null,
  movedFrom: null,
  state: s.itemId ? 'filled' : 'open',
  itemId: null,
  ...s,
});

describe('web components in Chromium (phrase field, lanes grid, credential form)', () => {
  let db: TestDatabase;
  let t: TestApp;
  let tree: Tree;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let out = '';
  const shots = screenshotDir('components');

  before(async function () {
    this.timeout(180_000);
    out = mkdtempSync(join(tmpdir(), 'loa-harness-'));
    const root = join(process.cwd(), 'web', 'harness');
    await build({
      configFile: false,
      root,
      base: '/harness/',
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir: out, emptyOutDir: true, modulePreload: { polyfill: false } },
    });
    db = await createTestDatabase('sqlite');
    t = await startTestApp(db);
    tree = await seedTree(t.app);
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1280, height: 900 } });
    // The harness's files come from the build folder; everything else (the API) from the app.
    await context.route(`${t.baseUrl}/harness/**`, async (route) => {
      const path = normalize(new URL(route.request().url()).pathname.replace(/^\/harness\/?/, '') || 'index.html');
      if (path.startsWith('..')) return route.fulfill({ status: 404 });
      try {
        await route.fulfill({
          status: 200,
          headers: { 'content-type': types[extname(path)] ?? 'application/octet-stream' },
          body: readFileSync(join(out, path)),
        });
      } catch {
        await route.fulfill({ status: 404 });
      }
    });
    page = await context.newPage();
    await page.goto(`${t.baseUrl}/harness/index.html`);
    await page.waitForFunction('typeof window.mount === "function"');
    // A real session: the log-in through the browser's own request sets both cookies (the session's,
    // and the CSRF token's the app reads), as the log-in page's request would.
    const answer = await context.request.post(`${t.baseUrl}/api/auth/login`, {
      data: { username: tree.users.editor.username, password: PASSWORD },
    });
    expect(answer.status()).to.equal(200);
  });
  after(async () => {
    await browser?.close();
    await t?.close();
    await db?.drop();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  const mount = (name: string, props: Record<string, unknown>) =>
    page.evaluate(`window.mount(${JSON.stringify(name)}, ${JSON.stringify(props)})`);
  const recorded = () => page.evaluate('window.recorded') as Promise<unknown[]>;

  it('phrase field: reads the phrase as it is typed through the API grammar, and says so in Vietnamese when it cannot', async function () {
    this.timeout(60_000);
    await mount('phrase', { kind: 'quota', label: 'Tần suất' });
    const input = page.getByLabel('Tần suất');
    const output = page.locator('output');
    await input.pressSequentially('03 tin, bài/tháng', { delay: 20 });
    await page.getByText('Đọc được: 3 tin, bài mỗi tháng').waitFor();
    expect(await output.getAttribute('class')).to.equal('parse');
    // The input names its reading for screen readers.
    expect(await input.getAttribute('aria-describedby')).to.equal(await output.getAttribute('id'));
    await input.fill('khi nào rảnh thì đăng');
    await page.locator('output.parse-error').waitFor();
    expect(await output.textContent()).to.match(/[ạảãáàâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]/i);
    await input.fill('');
    await page.waitForFunction('document.querySelector("output").textContent === ""');
    await mount('phrase', { kind: 'timeframe', label: 'Thời gian', refDate: '2024-01-24' });
    await page.getByLabel('Thời gian').fill('Quý I/2024');
    await page.getByText('Đọc được: 01/01/2024 – 31/03/2024').waitFor();
    await expectAccessible(page, 'phrase field');
  });

  it('lanes grid: a lane per channel, slot states, weekends and holidays shaded; an item drops only onto an open slot that takes it', async function () {
    this.timeout(60_000);
    await mount('lanes', {
      year: 2024,
      month: 4,
      today: '2024-04-10',
      acceptChannel: 'web-portal',
      lanes: [
        {
          channel: 'web-portal',
          slots: [
            slot({ id: 'open-15', channel: 'web-portal', date: '2024-04-15', due: '2024-04-12' }),
            slot({ id: 'filled-16', channel: 'web-portal', date: '2024-04-16', due: '2024-04-12', itemId: 'x' }),
          ],
        },
        {
          channel: 'radio',
          slots: [
            slot({ id: 'late-08', channel: 'radio', date: '2024-04-08', due: '2024-04-05' }),
            slot({ id: 'radio-17', channel: 'radio', date: '2024-04-17', due: '2024-04-15' }),
          ],
        },
      ],
    });
    const rows = page.locator('table.lanes tbody tr');
    expect(await rows.locator('th').allTextContents()).to.deep.equal([
      'Cổng/Trang thông tin điện tử',
      'Đài truyền thanh, hệ thống truyền thanh cơ sở, loa',
    ]);
    expect(await page.locator('table.lanes thead th').count()).to.equal(31);
    // April 2024: four Saturdays and four Sundays; 18/4 (Giỗ Tổ Hùng Vương), 29/4 (day off moved) and 30/4 shaded as holidays.
    expect(await page.locator('table.lanes thead th.day-weekend').count()).to.equal(8);
    const holidays = await page.locator('table.lanes thead th.day-holiday .lane-day').allTextContents();
    expect(holidays).to.deep.equal(['18', '29', '30']);
    const state = (id: string) => page.locator(`[data-slot-id="${id}"]`).getAttribute('data-state');
    expect([await state('open-15'), await state('filled-16'), await state('late-08'), await state('radio-17')]).to.deep.equal([
      'open',
      'filled',
      'late',
      'open',
    ]);
    expect(await page.locator('[data-slot-id="late-08"]').textContent())
      .to.contain('Trễ')
      .and.contain('loa ngày 08/04/2024');
    await page.screenshot({ path: join(shots, 'lanes.png'), fullPage: true });
    await expectAccessible(page, 'lanes grid');

    const source = page.locator('.drag-source');
    await source.dragTo(page.locator('[data-slot-id="filled-16"]'));
    await source.dragTo(page.locator('[data-slot-id="radio-17"]'));
    expect(await recorded()).to.deep.equal([]);
    await source.dragTo(page.locator('[data-slot-id="open-15"]'));
    expect(await recorded()).to.deep.equal([{ slotId: 'open-15', itemId: 'item-1' }]);
  });

  it('credential form: fields from the descriptor, Vietnamese errors before sending, secrets write-only', async function () {
    this.timeout(60_000);
    const kinds = [
      {
        channel: 'web-portal',
        kind: 'wordpress',
        mode: 'api',
        credentials: [
          { key: 'baseUrl', label: 'Địa chỉ trang', kind: 'url', required: true },
          { key: 'username', label: 'Tên đăng nhập WordPress', kind: 'text', required: true },
          { key: 'applicationPassword', label: 'Mật khẩu ứng dụng', kind: 'secret', required: true },
          { key: 'note', label: 'Ghi chú', kind: 'text', required: false },
        ],
      },
      { channel: 'web-portal', kind: 'manual', mode: 'manual', credentials: [] },
      { channel: 'web-portal', kind: 'pull', mode: 'pull', credentials: [] },
    ];
    await mount('account', { kinds, accept: false });
    // A kind worked by hand is not offered: nothing to connect.
    expect(await page.getByLabel('Kênh và loại tài khoản').locator('option').allTextContents()).to.deep.equal([
      'Cổng/Trang thông tin điện tử — WordPress',
      'Cổng/Trang thông tin điện tử — Hệ thống ngoài nhận việc qua API',
    ]);
    expect(await page.getByLabel('Mật khẩu ứng dụng').getAttribute('type')).to.equal('password');
    expect(await page.getByLabel('Mật khẩu ứng dụng').getAttribute('autocomplete')).to.equal('new-password');
    await page.getByLabel('Địa chỉ trang').fill('cong-xa.gov.vn');
    await page.getByRole('button', { name: 'Kết nối tài khoản' }).click();
    await page.getByText('Địa chỉ trang: phải là địa chỉ bắt đầu bằng http:// hoặc https://.').waitFor();
    await page.getByText('Tên đăng nhập WordPress: không được để trống.').waitFor();
    await page.getByText('Mật khẩu ứng dụng: không được để trống.').waitFor();
    expect(await page.getByLabel('Ghi chú (không bắt buộc)').count()).to.equal(1);
    expect(await page.getByLabel('Tên đăng nhập WordPress').getAttribute('aria-invalid')).to.equal('true');
    expect(await recorded()).to.deep.equal([]);
    await expectAccessible(page, 'credential form with errors');

    await page.getByLabel('Địa chỉ trang').fill('https://cong-xa.gov.vn');
    await page.getByLabel('Tên đăng nhập WordPress').fill('bientap');
    await page.getByLabel('Mật khẩu ứng dụng').fill('abcd efgh');
    await page.getByRole('button', { name: 'Kết nối tài khoản' }).click();
    await page.waitForFunction('window.recorded.length === 1');
    // The optional field left empty is not sent; refused by the server, the fields stay for correction.
    expect(await recorded()).to.deep.equal([
      {
        channel: 'web-portal',
        kind: 'wordpress',
        name: 'Cổng/Trang thông tin điện tử (WordPress)',
        credentials: { baseUrl: 'https://cong-xa.gov.vn', username: 'bientap', applicationPassword: 'abcd efgh' },
      },
    ]);
    expect(await page.getByLabel('Mật khẩu ứng dụng').inputValue()).to.equal('abcd efgh');

    await mount('account', { kinds, accept: true });
    await page.getByLabel('Địa chỉ trang').fill('https://cong-xa.gov.vn');
    await page.getByLabel('Tên đăng nhập WordPress').fill('bientap');
    await page.getByLabel('Mật khẩu ứng dụng').fill('abcd efgh');
    await page.getByRole('button', { name: 'Kết nối tài khoản' }).click();
    await page.waitForFunction('window.recorded.length === 1');
    // Stored: the secret leaves the page.
    await page.waitForFunction('document.getElementById("account-applicationPassword").value === ""');

    const kindSelect = page.getByLabel('Kênh và loại tài khoản');
    await kindSelect.selectOption('web-portal|pull');
    expect(await page.locator('input[type="password"]').count()).to.equal(0);
    await page.getByText('Hệ thống ngoài nhận các lượt phát hành bằng khóa API').waitFor();
  });
});
