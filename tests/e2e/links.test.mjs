// Approval links in the browser: staff files an office-supplies request,
// the department manager opens the link from his mail (the .eml the
// delivery worker wrote under $LIAISON_VAR/mail), logs in, lands back on
// the link page and approves there.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE, TIMEOUT_MS, closeBrowser, linkFromMail, login, logout, openBrowser, shot } from './lib.mjs';

const PW = 'Liaison@2026';





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
    // On a phone the decision buttons stay on screen while the reason is typed.
    await page.setViewportSize({ width: 375, height: 640 });
    await page.focus('textarea[name=comment]');
    const approve = page.locator(`form[action="${path}"] button[name=action][value=approve]`);
    const box = await approve.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 640, `approve button off screen at 375 px: ${JSON.stringify(box)}`);
    await page.setViewportSize({ width: 1280, height: 800 });
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
