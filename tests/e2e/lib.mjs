// Shared helpers for Liaison's browser tests: Debian's chromium driven by
// playwright-core (which never downloads a browser of its own).
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

// CI is a small 2-core machine: every wait gets this much before it fails.
export const TIMEOUT_MS = 30_000;

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const HERE = dirname(fileURLToPath(import.meta.url));
const SHOTS = join(HERE, 'screenshots');

function requireBase() {
  const raw = process.env.LIAISON_URL;
  if (!raw) {
    throw new Error(
      'LIAISON_URL is not set: run e.g. ' +
        'LIAISON_URL=http://127.0.0.1:8080 node --test --test-reporter=tap *.test.mjs',
    );
  }
  try {
    new URL(raw);
  } catch {
    throw new Error(`LIAISON_URL is not a valid URL: ${JSON.stringify(raw)}`);
  }
  // Callers append paths that start with '/', so a trailing slash would double it.
  return raw.replace(/\/+$/, '');
}

/** Root URL of the running application, without a trailing slash. */
export const BASE = requireBase();

/** Path of BASE (e.g. '' or '/liaison'), so tests can compare paths when the app is mounted below '/'. */
export const BASE_PATH = new URL(BASE).pathname.replace(/\/+$/, '');

/**
 * Launches headless chromium (no sandbox: tests run as root) with a Chinese
 * locale and Shanghai time zone, as the app's users have.
 * Returns { browser, context, page }; pass the whole object to closeBrowser().
 */
export async function openBrowser() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox'],
    timeout: TIMEOUT_MS,
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    context.setDefaultTimeout(TIMEOUT_MS);
    context.setDefaultNavigationTimeout(TIMEOUT_MS);
    const page = await context.newPage();
    return { browser, context, page };
  } catch (err) {
    await browser.close().catch(() => {});
    throw err;
  }
}

/** Closes what openBrowser() returned; safe to call with undefined (a failed open). */
export async function closeBrowser(b) {
  if (!b) return;
  if (b.context) await b.context.close().catch(() => {});
  if (b.browser) await b.browser.close();
}

/**
 * Saves a full-page screenshot as screenshots/<name>.png next to this file
 * (the screenshots are kept in git). Returns the file's path.
 */
export async function shot(page, name) {
  // The name becomes a file name: keep it from escaping screenshots/.
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    throw new Error(`bad screenshot name ${JSON.stringify(name)}: use letters, digits, '.', '_' or '-'`);
  }
  await mkdir(SHOTS, { recursive: true });
  const file = join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Signs in through the login form. Throws if, after submitting, the page
 * still shows the login form (wrong credentials, or the form was rejected).
 */
export async function login(page, loginName, password) {
  await page.goto(`${BASE}/login`);
  await page.fill('input[name=login]', loginName);
  await page.fill('input[name=password]', password);
  // Wait for the navigation the submit starts, whether it lands elsewhere or
  // re-renders /login with an error; waitForURL would miss the latter.
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.click('button[type=submit]'),
  ]);
  if ((await page.locator('input[name=password]').count()) > 0) {
    const text = (await page.locator('body').innerText().catch(() => '')).trim().slice(0, 300);
    throw new Error(`login as ${JSON.stringify(loginName)} failed: still on the login form at ${page.url()}: ${text}`);
  }
}
