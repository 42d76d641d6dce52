// Approval links in the browser: staff files an office-supplies request,
// the department manager opens the link from his mail (the .eml the
// delivery worker wrote under $LIAISON_VAR/mail), logs in, lands back on
// the link page and approves there.
import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BASE, TIMEOUT_MS, closeBrowser, login, openBrowser, shot } from './lib.mjs';

const PW = 'Liaison@2026';

function mailDir() {
  const v = process.env.LIAISON_VAR;
  if (!v) throw new Error('LIAISON_VAR is not set: the folder of the stack, whose mail/ holds the .eml files');
  return join(v, 'mail');
}

// The decoded text/plain part of an .eml file and its To: header.
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

// The approval link in the newest mail to login about request number.
async function linkFromMail(loginName, number) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    // Newest first by the time written: outbox ids start again after a restore.
    const files = (await readdir(mailDir())).filter((n) => /^\d+\.[0-9a-f]+@[^/]+\.eml$/.test(n));
    const dated = await Promise.all(files.map(async (n) => ({ n, t: (await stat(join(mailDir(), n))).mtimeMs })));
    dated.sort((a, b) => b.t - a.t);
    for (const { n } of dated.slice(0, 200)) {
      const { to, text } = parseEml(await readFile(join(mailDir(), n), 'utf8'));
      if (!to.includes(`<${loginName}@liaison.example>`) || !text.includes(number)) continue;
      const link = text.match(/https?:\/\/\S+\/a\/[0-9a-f]{64}/);
      if (link) return link[0];
    }
    if (Date.now() > deadline) throw new Error(`no mail with a link to ${loginName} about ${number}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function logout(page) {
  await page.click('form[action="/logout"] button');
  await page.waitForLoadState('load');
}

describe('approval links', { timeout: 12 * TIMEOUT_MS }, () => {
  let b;
  before(async () => {
    b = await openBrowser();
  });
  after(async () => {
    await closeBrowser(b);
  });

  it('AL the manager opens the mailed link, logs in, lands on it and approves', { timeout: 10 * TIMEOUT_MS }, async () => {
    const { page } = b;
    await login(page, 'mkt_staff', PW);
    await page.goto(`${BASE}/new/supplies`);
    await page.fill('input[name=name_1]', '白板笔');
    await page.fill('input[name=qty_1]', '4');
    await page.fill('input[name=unit_1]', '支');
    await page.fill('input[name=purpose]', '浏览器测试：审批链接');
    await page.click('form[action="/new/supplies"] button.primary[type=submit]');
    await page.waitForLoadState('load');
    assert.match(page.url(), /\/requests\/\d+/);
    const requestUrl = page.url().replace(/\?.*$/, '');
    const number = (await page.locator('.number').innerText()).trim();
    assert.match(number, /^[A-Z]+-\d{4}-\d+$/);
    await logout(page);

    // The link as the mail carries it: absolute, to this very stack.
    const link = await linkFromMail('mkt_head', number);
    const path = new URL(link).pathname;
    await page.goto(`${BASE}${path}`);
    assert.match(page.url(), /\/login\?next=\/a\/[0-9a-f]{64}$/);
    await shot(page, 'link-login');
    await page.fill('input[name=login]', 'mkt_head');
    await page.fill('input[name=password]', PW);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type=submit]')]);
    assert.equal(new URL(page.url()).pathname, path);
    assert.match(await page.locator('.number').innerText(), new RegExp(number));
    assert.match(await page.locator('.state').innerText(), /审批中/);
    assert.equal(await page.locator(`form[action="${path}"] button[name=action][value=approve]`).count(), 1);
    await page.fill('textarea[name=comment]', '同意（审批链接）');
    await shot(page, 'link-request');
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      page.click(`form[action="${path}"] button[name=action][value=approve]`),
    ]);
    assert.equal(page.url().replace(/\?.*$/, ''), requestUrl);
    assert.match(await page.locator('.state').innerText(), /已批准/);
    assert.match(await page.locator('.timeline').innerText(), /审批链接/);

    // The link is spent: its own page, no buttons.
    await page.goto(`${BASE}${path}`);
    assert.match(await page.locator('body').innerText(), /链接已使用/);
    assert.equal(await page.locator('button[name=action]').count(), 0);

    await page.goto(`${BASE}/lists/inbox`);
    assert.equal(await page.locator(`a[href="${new URL(requestUrl).pathname}"]`).count(), 0);
    await shot(page, 'inbox-after');
    await page.goto(`${requestUrl}/print`);
    assert.match(await page.locator('body').innerText(), /审批链接/);
    await shot(page, 'approval-sheet-link');
    await page.goto(requestUrl);
    await logout(page);
  });
});
