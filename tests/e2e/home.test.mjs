import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE, BASE_PATH, TIMEOUT_MS, closeBrowser, openBrowser, shot } from './lib.mjs';

describe('home', { timeout: 4 * TIMEOUT_MS }, () => {
  let b;
  before(async () => {
    b = await openBrowser();
  });
  after(async () => {
    await closeBrowser(b);
  });

  it('home page redirects to login and renders Chinese', { timeout: 3 * TIMEOUT_MS }, async () => {
    const { page } = b;
    const resp = await page.goto(`${BASE}/`, { waitUntil: 'load' });
    assert.ok(resp, 'no response for /');
    assert.ok(resp.ok(), `final response status ${resp.status()} for ${page.url()}`);

    // A query string such as ?next=%2F may follow; only the path matters.
    assert.equal(new URL(page.url()).pathname, `${BASE_PATH}/login`, `landed on ${page.url()}`);

    const lang = await page.evaluate(() => document.documentElement.lang);
    assert.equal(lang, 'zh-CN');

    const loginInput = page.locator('input[name=login]');
    await loginInput.waitFor({ state: 'visible' });
    assert.ok(await loginInput.isVisible(), 'input[name=login] is not visible');

    await shot(page, 'login');
  });
});
