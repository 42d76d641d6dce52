// The calendar pages in the browser, screenshots at 375 and 1280 px with
// the layout and axe checks of shot(): the admin's year view where a click
// toggles a day (LV-01), the admin's home page, the department calendar,
// a head's home page and the monthly report's charts.  The day clicked is
// a random Wednesday of 2037-2039 and is clicked back, so a second run on
// the same stack meets the same calendar.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE, TIMEOUT_MS, closeBrowser, login, openBrowser, shot } from './lib.mjs';

const PW = 'Liaison@2026';

function pickWednesday() {
  const start = Date.UTC(2037, 0, 7);   // a Wednesday
  const d = new Date(start + 7 * 86400000 * Math.floor(Math.random() * 150));
  return d.toISOString().slice(0, 10);
}

async function logout(page) {
  await page.click('form[action="/logout"] button');
  await page.waitForLoadState('load');
}

async function click(page, locator) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
}

describe('calendar', { timeout: 12 * TIMEOUT_MS }, () => {
  let b;
  before(async () => {
    b = await openBrowser();
  });
  after(async () => {
    await closeBrowser(b);
  });

  it('LV01 the 2026 calendar ships filled, and a click toggles a day', { timeout: 6 * TIMEOUT_MS }, async () => {
    const { page } = b;
    await page.context().clearCookies();   // each test signs in afresh, whatever the one before left
    await login(page, 'admin', PW);
    await shot(page, 'home-admin');
    await page.goto(`${BASE}/admin/calendar?year=2026`);
    assert.match(await page.locator('button[value="2026-10-01"]').getAttribute('class'), /holiday/);
    assert.match(await page.locator('button[value="2026-10-10"]').getAttribute('class'), /workday/);
    await shot(page, 'calendar-year');
    const day = pickWednesday();
    await page.goto(`${BASE}/admin/calendar?year=${day.slice(0, 4)}`);
    const btn = () => page.locator(`button[value="${day}"]`);
    assert.doesNotMatch(await btn().getAttribute('class'), /holiday/);
    await click(page, btn());
    assert.match(await btn().getAttribute('class'), /holiday/);
    await click(page, btn());
    assert.doesNotMatch(await btn().getAttribute('class'), /holiday/);
    await logout(page);
  });

  it('the department calendar and a head\'s home page', { timeout: 4 * TIMEOUT_MS }, async () => {
    const { page } = b;
    await page.context().clearCookies();   // each test signs in afresh, whatever the one before left
    await login(page, 'mkt_staff', PW);
    await page.goto(`${BASE}/calendar`);
    assert.ok(await page.locator('#deptcal th.person', { hasText: '张伟' }).count());
    await shot(page, 'dept-calendar');
    await logout(page);
    await login(page, 'mkt_head', PW);
    assert.ok(await page.locator('#head-panel').count());
    await shot(page, 'home-head');
    await logout(page);
  });

  it('LV07 LV10 the monthly report draws lates and absences per week', { timeout: 4 * TIMEOUT_MS }, async () => {
    const { page } = b;
    await page.context().clearCookies();   // each test signs in afresh, whatever the one before left
    await login(page, 'hr_clerk', PW);
    await page.goto(`${BASE}/attendance/report`);
    await page.selectOption('#dept', { label: '市场部' });
    await click(page, page.locator('form.filters button[type=submit]'));
    assert.ok(await page.locator('#charts svg').count());
    await shot(page, 'attendance-report-charts');
    await logout(page);
  });
});
