// LV-07 in the browser: the attendance clerk records, for one person and
// day, a late for work and a late for a meeting as its own entry; the day
// page and the month's day-by-day detail both count two lates and say why
// each day counted; removing the meeting entry needs its confirmation.
// The day is a random Tuesday of 2034-2036, so a second run on the same
// stack meets a fresh day.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE, TIMEOUT_MS, closeBrowser, login, openBrowser, shot } from './lib.mjs';

const PW = 'Liaison@2026';

function pickTuesday() {
  const start = Date.UTC(2034, 0, 3);   // a Tuesday
  const d = new Date(start + 7 * 86400000 * Math.floor(Math.random() * 150));
  const day = d.toISOString().slice(0, 10);
  return { day, month: day.slice(0, 7) };
}

async function submit(page, form) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), form.locator('button[type=submit]').click()]);
}

async function openDay(page, day) {
  await page.goto(`${BASE}/attendance?day=${day}`);
  await page.selectOption('#dept', { label: '市场部' });
  await submit(page, page.locator('form.filters'));
}

describe('attendance', { timeout: 12 * TIMEOUT_MS }, () => {
  let b;
  before(async () => {
    b = await openBrowser();
  });
  after(async () => {
    await closeBrowser(b);
  });

  it('LV07 a late for work and a late for a meeting count separately, and the report says why', { timeout: 10 * TIMEOUT_MS }, async () => {
    const { page } = b;
    const w = pickTuesday();
    await login(page, 'hr_clerk', PW);
    await openDay(page, w.day);
    const row = () => page.locator('#person-mkt_staff2');

    const rec = row().locator('form[action="/attendance/record"]');
    await rec.locator('select[name=status]').selectOption('late');
    await rec.locator('input[name=late_min]').fill('12');
    await submit(page, rec);
    const meet = row().locator('form.meeting-add');
    await meet.locator('input[name=late_min]').fill('7');
    await meet.locator('input[name=meeting]').fill('部门周例会');
    await submit(page, meet);
    assert.match(await row().locator('.counted').innerText(), /迟到\s*2\s*次/);
    assert.match(await row().locator('.meetings').innerText(), /部门周例会/);
    await shot(page, 'attendance-day');

    await page.goto(`${BASE}/attendance/report?month=${w.month}`);
    await page.selectOption('#dept', { label: '市场部' });
    await submit(page, page.locator('form.filters'));
    assert.match(await page.locator('#row-mkt_staff2 .lates').innerText(), /^\d+/);
    const detail = page.locator(`#day-mkt_staff2-${w.day}`);
    assert.match(await detail.locator('.counted').innerText(), /迟到\s*2\s*次/);
    assert.match(await detail.innerText(), /开会迟到\s*7\s*分钟/);
    await detail.scrollIntoViewIfNeeded();
    await shot(page, 'attendance-details');

    // The entry goes only once its removal is confirmed.
    await openDay(page, w.day);
    const entry = row().locator('form.meeting-entry').first();
    await entry.locator('input[name=confirm]').check();
    await submit(page, entry);
    assert.match(await row().locator('.counted').innerText(), /迟到\s*1\s*次/);
    assert.equal(await row().locator('form.meeting-entry').count(), 0);
  });
});
