// OS-01 in the browser: staff files an office-supplies request, the
// department manager approves it, the assistant records the hand-out.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE, TIMEOUT_MS, closeBrowser, login, openBrowser, shot } from './lib.mjs';

const PW = 'Liaison@2026';

async function logout(page) {
  await page.click('form[action="/logout"] button');
  await page.waitForLoadState('load');
}

describe('office supplies', { timeout: 12 * TIMEOUT_MS }, () => {
  let b;
  before(async () => {
    b = await openBrowser();
  });
  after(async () => {
    await closeBrowser(b);
  });

  it('OS01 staff files, manager approves, assistant records', { timeout: 10 * TIMEOUT_MS }, async () => {
    const { page } = b;
    await login(page, 'mkt_staff', PW);
    await page.goto(`${BASE}/new/supplies`);
    await page.fill('textarea[name=items]', 'A4 打印纸\n签字笔');
    await page.fill('input[name=quantity]', '6');
    await page.fill('input[name=purpose]', '浏览器测试：部门日常办公');
    await shot(page, 'supplies-form');
    await page.click('form[action="/new/supplies"] button[type=submit]');
    await page.waitForLoadState('load');
    assert.match(page.url(), /\/requests\/\d+/);
    const url = page.url().replace(/\?.*$/, '');
    assert.match(await page.locator('.state').innerText(), /审批中/);
    await logout(page);

    await login(page, 'mkt_head', PW);
    await page.goto(`${BASE}/lists/inbox`);
    await shot(page, 'inbox-manager');
    await page.goto(url);
    await shot(page, 'request-manager');
    await page.click('button[name=action][value=approve]');
    await page.waitForLoadState('load');
    assert.match(await page.locator('.state').innerText(), /已批准/);
    await logout(page);

    await login(page, 'assistant', PW);
    await page.goto(url);
    await page.fill('input[name=handed_out]', '已发放 6 件');
    await page.click('form.task button[type=submit]');
    await page.waitForLoadState('load');
    assert.match(await page.locator('.state').innerText(), /已发放/);
    await shot(page, 'request-done');
    await page.goto(`${url}/print`);
    await shot(page, 'approval-sheet');
    await page.goto(url);
    await logout(page);
  });
});
