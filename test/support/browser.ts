import { expect } from 'chai';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium (found by test/run-tests.mjs), driven by playwright-core: no browser download. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.LOA_TEST_CHROMIUM;
  if (!executablePath) throw new Error('LOA_TEST_CHROMIUM is not set: run the browser tier through test/run-tests.mjs');
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

/** Screenshots go to dist/screenshots (outside git) for people to look at. */
export const screenshotDir = (name: string): string => {
  const dir = join(process.cwd(), 'dist', 'screenshots', name);
  mkdirSync(dir, { recursive: true });
  return dir;
};

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html?: string }[];
}

/**
 * axe-core on the page as it is now: no serious or critical violation. axe is evaluated through
 * the DevTools protocol, so the page's own CSP (no inline script) stays in force.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  await page.evaluate(axeSource + '\n;0');
  const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, html: n.html.slice(0, 300) })) })))`)) as AxeViolation[];
  const bad = violations.filter((v: AxeViolation) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad, `${where}: ${JSON.stringify(bad, null, 1)}`).to.deep.equal([]);
}

/** Usable at 375 px: nothing makes the page itself scroll sideways (wide tables scroll in their own box). */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scroll, width, wide } = (await page.evaluate(`({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
    wide: [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !(e.parentElement && e.parentElement.closest('.nav, .table-wrap, .calendar')) && ![...e.children].some((c) => c.getBoundingClientRect().right > window.innerWidth + 1)).slice(0, 5).map((e) => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' ' + (e.textContent || '').slice(0, 40)),
  })`)) as { scroll: number; width: number; wide: string[] };
  expect(scroll, `${where}: page is ${scroll}px wide in a ${width}px window; too wide: ${wide.join(' | ')}`).to.be.at.most(width + 1);
  // Every tab of the bar in sight: none hidden off to the side where nothing says it is there.
  const hidden = (await page.evaluate(
    `[...document.querySelectorAll('nav.nav a')].filter((a) => { const r = a.getBoundingClientRect(); return r.left < -1 || r.right > window.innerWidth + 1; }).map((a) => a.textContent)`,
  )) as string[];
  expect(hidden, `${where}: tabs out of sight`).to.deep.equal([]);
}

/** Words on screen that are English UI words rather than Vietnamese (names and codes aside). */
export async function englishWordsOnScreen(page: Page): Promise<string[]> {
  const text = (await page.evaluate('document.body.innerText')) as string;
  const words = [
    'Loading',
    'Submit',
    'Cancel',
    'Save',
    'Delete',
    'Login',
    'Password',
    'Username',
    'Error',
    'Calendar',
    'Settings',
    'Today',
    'Next',
    'Previous',
    'Month',
    'Week',
  ];
  const found = words.filter((w) => new RegExp(`\\b${w}\\b`).test(text));
  // Words no Vietnamese sentence needs, whatever their case: credential names and their keys.
  for (const w of ['token', 'password', 'username', 'access token', 'refresh token', 'secret key', 'app id', 'page id']) {
    const m = new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, 'iu').exec(text);
    if (m) found.push(m[0].trim());
  }
  const patterns: [string, RegExp][] = [
    // An error code (LOGIN_FAILED, CHANNEL_ACCOUNT_MISSING), a raw adapter code (incorrect_password).
    ['error code', /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/],
    ['raw code', /\b[a-z]+(?:_[a-z]+)+\b/],
    // A Node network error (ENOTFOUND, ECONNREFUSED, EAI_AGAIN is caught above).
    ['network error', /\bE(?:NOTFOUND|CONNREFUSED|CONNRESET|TIMEDOUT|NETUNREACH|HOSTUNREACH)\b/],
    // A stored credential's key (people's names, such as a user name, may be camelCase: only the keys are listed).
    ['key', /\b(?:baseUrl|applicationPassword|accessToken|refreshToken|secretKey|appId|pageId|pageAccessToken|apiBase|oauthBase)\b/],
    // An ISO date (2026-04-26): people read dd/mm/yyyy.
    ['ISO date', /\b\d{4}-\d{2}-\d{2}\b/],
  ];
  for (const [what, re] of patterns) {
    const m = re.exec(text);
    if (m) found.push(`${what}: ${m[0]}`);
  }
  return found;
}
