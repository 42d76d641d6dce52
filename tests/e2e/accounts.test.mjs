// Accounts in the browser: staff and admin log in, the language changes,
// and the login page, home page and user list are kept as screenshots.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE, TIMEOUT_MS, closeBrowser, login, openBrowser, shot } from './lib.mjs';

const PW = 'Liaison@2026';

describe('accounts', { timeout: 10 * TIMEOUT_MS }, () => {
  let b;
  before(async () => {
    b = await openBrowser();
  });
  after(async () => {
    await closeBrowser(b);
  });

  it('staff logs in, switches to English and back', { timeout: 4 * TIMEOUT_MS }, async () => {
    const { page } = b;
    await login(page, 'mkt_staff2', PW);
    assert.match(await page.locator('h1').first().innerText(), /刘洋/);
    await shot(page, 'home-staff');
    await page.goto(`${BASE}/account`);
    await page.selectOption('select[name=lang]', 'en');
    await page.click('form[action="/account"] button[type=submit]');
    await page.waitForLoadState('load');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.ok(await page.getByText('Log out').isVisible());
    await shot(page, 'account-english');
    await page.selectOption('select[name=lang]', 'zh-CN');
    await page.click('form[action="/account"] button[type=submit]');
    await page.waitForLoadState('load');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    await page.click('form[action="/logout"] button');
    await page.waitForLoadState('load');
  });

  it('admin logs in and sees the user list', { timeout: 4 * TIMEOUT_MS }, async () => {
    const { page } = b;
    await login(page, 'admin', PW);
    await page.goto(`${BASE}/admin/users`);
    assert.ok(await page.locator('table tbody tr').count() >= 10, 'the user list shows the demo users');
    await shot(page, 'admin-users');
    await page.click('form[action="/logout"] button');
    await page.waitForLoadState('load');
  });
});
