// Shared helpers for Liaison's browser tests: Debian's chromium driven by
// playwright-core (which never downloads a browser of its own).
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
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

/** The widths every screenshot is taken at: a phone, and a desktop. */
export const WIDTHS = [375, 1280];

const AXE = join(HERE, 'node_modules', 'axe-core', 'axe.min.js');
let axeSource;

/**
 * Throws unless the page, at its current width, stays within it: nothing
 * scrolls sideways, and no table cell wraps its text into lines of fewer
 * than four characters (the "one character per line" of a squeezed table).
 */
export async function checkLayout(page, label) {
  const problems = await page.evaluate(() => {
    const out = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) {
      const wide = [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 3)
        .map((e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className ? '.' + String(e.className).split(' ').join('.') : ''}`);
      out.push(`scrolls sideways: ${doc.scrollWidth}px in ${window.innerWidth}px (${wide.join(', ')})`);
    }
    for (const cell of document.querySelectorAll('td, th')) {
      if (!cell.offsetParent) continue;
      const text = cell.innerText.trim();
      if ([...text].length < 4) continue;
      // Lines of text, not boxes: only text nodes' rectangles count, and
      // rectangles within half a line of each other are one line.
      const rects = [];
      const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        if (!n.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        rects.push(...[...range.getClientRects()].filter((r) => r.width > 0));
      }
      const tops = rects.map((r) => r.top).sort((a, b) => a - b);
      const half = parseFloat(getComputedStyle(cell).fontSize) / 2;
      const lines = tops.filter((t, i) => i === 0 || t - tops[i - 1] > half).length;
      const perLine = [...text.replace(/\s+/g, '')].length / Math.max(lines, 1);
      if (lines > 1 && perLine < 4) out.push(`cell squeezed to ${perLine.toFixed(1)} characters a line: "${text.slice(0, 20)}"`);
    }
    return out;
  });
  if (problems.length) throw new Error(`${label}: ${problems.slice(0, 5).join('; ')}`);
}

/** Throws when axe-core finds a serious or critical accessibility violation on the page. */
export async function checkA11y(page, label) {
  // Evaluated through the debugger protocol: the app's CSP (rightly) lets no page add a script.
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    axeSource ??= await readFile(AXE, 'utf8');
    await page.evaluate(axeSource);
  }
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  if (found.length) throw new Error(`${label}: accessibility: ${found.join('; ')}`);
}

/**
 * Takes the page at each width of WIDTHS: checks its layout and its
 * accessibility there and saves a full-page screenshot as
 * screenshots/<name>-<width>.png next to this file (kept in git).  The
 * page is left at the desktop width.  Returns the files' paths.
 */
export async function shot(page, name) {
  // The name becomes a file name: keep it from escaping screenshots/.
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    throw new Error(`bad screenshot name ${JSON.stringify(name)}: use letters, digits, '.', '_' or '-'`);
  }
  await mkdir(SHOTS, { recursive: true });
  const files = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await checkLayout(page, `${name} at ${width}px`);
    await checkA11y(page, `${name} at ${width}px`);
    const file = join(SHOTS, `${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    files.push(file);
  }
  return files;
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

/** The stack's mail folder: the mailer writes each message there as <Message-ID>.eml. */
function mailDir() {
  const v = process.env.LIAISON_VAR;
  if (!v) throw new Error('LIAISON_VAR is not set: the folder of the stack, whose mail/ holds the .eml files');
  return join(v, 'mail');
}

/** The decoded text/plain part of an .eml file and its To: header. */
function parseEml(raw) {
  const headEnd = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, headEnd).replace(/\r\n[ \t]+/g, ' ');
  const to = (head.match(/^To: (.*)$/m) || [])[1] || '';
  const part = raw.indexOf('Content-Type: text/plain');
  if (part < 0) return { to, text: '' };
  const bodyStart = raw.indexOf('\r\n\r\n', part) + 4;
  const bodyEnd = raw.indexOf('\r\n--', bodyStart);
  const b64 = raw.slice(bodyStart, bodyEnd < 0 ? undefined : bodyEnd).replace(/\s+/g, '');
  return { to, text: Buffer.from(b64, 'base64').toString('utf8') };
}

/**
 * The approval link (a full URL) in the newest mail to loginName about
 * request number; waits up to 15 s for the mailer.
 */
export async function linkFromMail(loginName, number) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    // Newest first by the time written: outbox ids start again after a restore.
    const files = (await readdir(mailDir())).filter((n) => n.endsWith('.eml'));
    const dated = await Promise.all(files.map(async (n) => ({ n, t: (await stat(join(mailDir(), n))).mtimeMs })));
    dated.sort((a, b) => b.t - a.t);
    for (const { n } of dated.slice(0, 300)) {
      const { to, text } = parseEml(await readFile(join(mailDir(), n), 'utf8'));
      if (!to.includes(`<${loginName}@liaison.example>`) || !text.includes(number)) continue;
      const link = text.match(/https?:\/\/\S+\/a\/[0-9a-f]{64}/);
      if (link) return link[0];
    }
    if (Date.now() > deadline) throw new Error(`no mail with a link to ${loginName} about ${number}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Logs out through the top bar's form. */
export async function logout(page) {
  await page.click('form[action="/logout"] button');
  await page.waitForLoadState('load');
}

/** Clicks selector and waits for the page it loads. */
export async function submitForm(page, selector) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
}
