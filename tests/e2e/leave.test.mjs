// LV-01..LV-05 in the browser: staff files three days of sick leave with a
// hospital certificate after checking what the rules say, the department
// manager approves on the request page, and the attendance clerk finds the
// days in the month's report; personal leave split into Monday-Wednesday
// and Thursday-Friday is judged as one absence of five days and reaches
// the general manager.  Dates are a random week well ahead, so a second
// run on the same stack does not meet the first (LV-12).
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BASE, TIMEOUT_MS, closeBrowser, login, logout, openBrowser, shot } from './lib.mjs';

const PW = 'Liaison@2026';

// A 1x1 PNG: attachments are checked by content.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8ffff3f0005fe02fea7d6a4f60000000049454e44ae426082',
  'hex',
);

// Monday..Wednesday of a week 20..200 weeks ahead (Shanghai dates).
function pickWeek() {
  const now = new Date(Date.now() + 8 * 3600 * 1000);
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const toMonday = (8 - day.getUTCDay()) % 7 || 7;
  const weeks = 20 + Math.floor(Math.random() * 180);
  const mon = new Date(day.getTime() + (toMonday + 7 * weeks) * 86400000);
  const wed = new Date(mon.getTime() + 2 * 86400000);
  const iso = (d) => d.toISOString().slice(0, 10);
  const thu = new Date(mon.getTime() + 3 * 86400000);
  const fri = new Date(mon.getTime() + 4 * 86400000);
  return { first: iso(mon), last: iso(wed), thu: iso(thu), fri: iso(fri), month: iso(mon).slice(0, 7) };
}

async function filePersonal(page, first, last, statement) {
  await page.goto(`${BASE}/new/leave`);
  await page.selectOption('select[name=kind]', 'personal');
  await page.fill('input[name=first]', first);
  await page.fill('input[name=last]', last);
  await page.fill('textarea[name=reason]', '浏览器测试：家中有事');
  if (statement) await page.fill('textarea[name=statement]', statement);
}

async function approveAs(page, who, url) {
  await login(page, who, PW);
  await page.goto(url);
  await page.click('button[name=action][value=approve]');
  await page.waitForLoadState('load');
  const state = await page.locator('.state').innerText();
  await logout(page);
  return state;
}

async function fillLeave(page, w, cert) {
  await page.selectOption('select[name=kind]', 'sick');
  await page.fill('input[name=first]', w.first);
  await page.fill('input[name=last]', w.last);
  await page.fill('textarea[name=reason]', '浏览器测试：发烧住院');
  await page.setInputFiles('input[name=certificate]', cert);
}

describe('leave', { timeout: 16 * TIMEOUT_MS }, () => {
  let b;
  before(async () => {
    b = await openBrowser();
  });
  after(async () => {
    await closeBrowser(b);
  });

  it('LV03 staff files sick leave with a certificate, manager approves, clerk sees it', { timeout: 14 * TIMEOUT_MS }, async () => {
    const { page } = b;
    const cert = join(tmpdir(), `liaison-cert-${process.pid}.png`);
    await writeFile(cert, PNG);
    await login(page, 'mkt_staff2', PW);

    let w;
    let url = '';
    // Other test files add holidays and leave of their own; a week they
    // touched is simply skipped for another one.
    for (let attempt = 0; attempt < 8 && !url; attempt++) {
      w = pickWeek();
      await page.goto(`${BASE}/new/leave`);
      await fillLeave(page, w, cert);
      // Before submitting: the length on the work calendar and the rules.
      await page.click('button[formaction="/new/leave/check"]');
      await page.waitForLoadState('load');
      const facts = await page.locator('#facts').innerText();
      if (!/共\s*3\s*个工作日/.test(facts)) continue;
      assert.match(facts, /已附证明|医院证明/);
      assert.match(facts, /审批人/);
      if (attempt === 0) await shot(page, 'leave-form-check');
      await page.setInputFiles('input[name=certificate]', cert);
      await page.click('form[action="/new/leave"] button.primary');
      await page.waitForLoadState('load');
      if (/\/requests\/\d+/.test(page.url())) url = page.url().replace(/\?.*$/, '');
    }
    assert.ok(url, `leave was not accepted: ${page.url()}`);
    assert.match(await page.locator('.state').innerText(), /审批中/);
    assert.match(await page.locator('#has-cert').innerText(), /已提交/);
    await shot(page, 'leave-request');
    await logout(page);

    await login(page, 'mkt_head', PW);
    await page.goto(url);
    await shot(page, 'leave-manager');
    await page.click('button[name=action][value=approve]');
    await page.waitForLoadState('load');
    assert.match(await page.locator('.state').innerText(), /已批准/);
    await logout(page);

    await login(page, 'hr_clerk', PW);
    await page.goto(`${BASE}/attendance/report?month=${w.month}`);
    await page.selectOption('#dept', { label: '市场部' });
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form.filters button[type=submit]')]);
    const sick = await page.locator('#row-mkt_staff2 .sick').innerText();
    assert.equal(sick.trim(), '3');
    await shot(page, 'attendance-report');
    await logout(page);
  });

  it('LV05 personal leave split in two is one absence that reaches the general manager', { timeout: 14 * TIMEOUT_MS }, async () => {
    const { page } = b;
    await login(page, 'ext_staff', PW);
    let w;
    let first = '';
    for (let attempt = 0; attempt < 8 && !first; attempt++) {
      w = pickWeek();
      await filePersonal(page, w.first, w.last, '');
      await page.click('form[action="/new/leave"] button.primary');
      await page.waitForLoadState('load');
      if (/\/requests\/\d+/.test(page.url())) first = page.url().replace(/\?.*$/, '');
    }
    assert.ok(first, `the first part was not accepted: ${page.url()}`);
    // The second part: the rules see one absence of five days.
    await filePersonal(page, w.thu, w.fri, '');
    await page.click('button[formaction="/new/leave/check"]');
    await page.waitForLoadState('load');
    const facts = await page.locator('#facts').innerText();
    assert.match(facts, /与以下请假连续/);
    assert.match(facts, /总经理审批/);
    await shot(page, 'leave-joined-run');
    await page.fill('textarea[name=statement]', '老人住院，需连续照顾一周。');
    await page.click('form[action="/new/leave"] button.primary');
    await page.waitForLoadState('load');
    assert.match(page.url(), /\/requests\/\d+/);
    const second = page.url().replace(/\?.*$/, '');
    await logout(page);

    assert.match(await approveAs(page, 'ext_head', second), /审批中/);
    assert.match(await approveAs(page, 'gm', second), /已批准/);
    // The first part, still waiting when the second came, went to him too.
    assert.match(await approveAs(page, 'ext_head', first), /审批中/);
    assert.match(await approveAs(page, 'gm', first), /已批准/);
  });

  it('the policy settings read as people write them', { timeout: 4 * TIMEOUT_MS }, async () => {
    const { page } = b;
    await login(page, 'admin', PW);
    await page.goto(`${BASE}/admin/settings`);
    assert.equal(await page.inputValue('#v-work_start_min'), '08:50');
    await shot(page, 'admin-settings');
    await logout(page);
  });
});
