// OS-01 in the browser: two staff members ask for office supplies and a
// fixed asset in item rows (one adds rows without script), the department
// manager approves both, the assistant gathers them into a consolidated
// report (汇总上报单), prints and exports it, marks it sent and records the
// hand-out of every row - the fixed asset with its asset tag.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE, TIMEOUT_MS, closeBrowser, login, openBrowser, shot } from './lib.mjs';

const PW = 'Liaison@2026';
const RUN = Date.now().toString(36);

async function logout(page) {
  await page.click('form[action="/logout"] button');
  await page.waitForLoadState('load');
}

async function submitForm(page, selector) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
}

async function fillRow(page, i, [name, spec, qty, unit]) {
  await page.fill(`input[name=name_${i}]`, name);
  await page.fill(`input[name=spec_${i}]`, spec);
  await page.fill(`input[name=qty_${i}]`, qty);
  await page.fill(`input[name=unit_${i}]`, unit);
}

// Files a request of kind with rows; returns its page's URL and number.
async function file(page, kind, rows, purpose) {
  await page.goto(`${BASE}/new/supplies`);
  await page.check(`input[name=kind][value=${kind}]`);
  for (let i = 0; i < rows.length; i++) await fillRow(page, i + 1, rows[i]);
  await page.fill('input[name=purpose]', purpose);
  await submitForm(page, 'form[action="/new/supplies"] button.primary[type=submit]');
  assert.match(page.url(), /\/requests\/\d+/);
  assert.match(await page.locator('.state').innerText(), /审批中/);
  return { url: page.url().replace(/\?.*$/, ''), number: (await page.locator('.number').innerText()).trim() };
}

describe('office supplies and fixed assets', { timeout: 20 * TIMEOUT_MS }, () => {
  let b;
  before(async () => {
    b = await openBrowser();
  });
  after(async () => {
    await closeBrowser(b);
  });

  const title = 'OS01 item rows, manager approves, assistant reports, sends and hands out per row';
  it(title, { timeout: 18 * TIMEOUT_MS }, async () => {
    const { page } = b;
    const pen = `签字笔 ${RUN}`;

    // Staff: three rows, then one more through "more rows" - everything typed is kept.
    await login(page, 'mkt_staff', PW);
    await page.goto(`${BASE}/new/supplies`);
    assert.equal(await page.locator('table.items tbody tr').count(), 3);
    await fillRow(page, 1, [pen, '0.5mm 黑色', '10', '支']);
    await fillRow(page, 2, ['笔记本', 'A5 软抄', '5', '本']);
    await fillRow(page, 3, ['文件夹', '蓝色', '3', '个']);
    await page.fill('input[name=purpose]', '浏览器测试：部门日常办公');
    await submitForm(page, 'button[name=rows]');
    assert.equal(await page.locator('table.items tbody tr').count(), 6);
    assert.equal(await page.inputValue('input[name=spec_2]'), 'A5 软抄');
    assert.equal(await page.inputValue('input[name=purpose]'), '浏览器测试：部门日常办公');
    await fillRow(page, 4, ['便利贴', '76×76mm', '4', '本']);
    await shot(page, 'supplies-form');
    await submitForm(page, 'form[action="/new/supplies"] button.primary[type=submit]');
    assert.match(await page.locator('.state').innerText(), /审批中/);
    assert.match(await page.locator('#items').innerText(), /便利贴/);
    const first = { url: page.url().replace(/\?.*$/, ''), number: (await page.locator('.number').innerText()).trim() };
    await logout(page);

    // A second member asks for a fixed asset, and for the same pen apart.
    await login(page, 'mkt_staff2', PW);
    const second = await file(page, 'asset', [['笔记本电脑', '14 英寸 16G', '1', '台']], '浏览器测试：新员工入职');
    const third = await file(page, 'supplies', [[pen, '0.5mm 黑色', '6', '支']], '浏览器测试：新员工入职');
    await logout(page);

    await login(page, 'mkt_head', PW);
    await page.goto(`${BASE}/lists/inbox`);
    await shot(page, 'inbox-manager');
    for (const r of [first, second, third]) {
      await page.goto(r.url);
      if (r === first) await shot(page, 'request-manager');
      await submitForm(page, 'button[name=action][value=approve]');
      assert.match(await page.locator('.state').innerText(), /已批准/);
    }
    await logout(page);

    // The assistant gathers exactly these two into one report.
    await login(page, 'assistant', PW);
    await page.goto(`${BASE}/supplies/reports`);
    for (const box of await page.locator('input[name=pick]').all()) {
      const label = await box.getAttribute('aria-label');
      if (![first.number, second.number, third.number].includes(label)) await box.uncheck();
    }
    await submitForm(page, '#gather button[type=submit]');
    assert.match(page.url(), /\/supplies\/reports\/\d+/);
    const reportUrl = page.url().replace(/\?.*$/, '');
    const totals = await page.locator('#totals').innerText();
    assert.match(totals, new RegExp(`${pen}\\s+0\\.5mm 黑色\\s+支\\s+16\\s+2`));
    assert.match(await page.locator('#lines').innerText(), /笔记本电脑/);
    await shot(page, 'supplies-report');

    const csv = await page.request.get(`${reportUrl}/csv`);
    assert.equal(csv.status(), 200);
    const bytes = await csv.body();
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.match(bytes.toString('utf8'), new RegExp(`"${pen}","0\\.5mm 黑色","支","16","2"`));

    await page.goto(`${reportUrl}/print`);
    assert.match(await page.locator('h1').innerText(), /汇总上报单/);
    await shot(page, 'supplies-report-print');

    await page.goto(reportUrl);
    await page.fill('input[name=sent_to]', '行政部');
    await page.check('input[name=confirm_sent]');
    await submitForm(page, '#mark-sent button[type=submit]');
    assert.match(await page.locator('#report-state').innerText(), /已上报/);
    assert.match(await page.locator('#sent-to').innerText(), /行政部/);

    // The hand-out of each request: the fixed asset needs its tag.
    const idOf = (r) => r.url.match(/(\d+)$/)[1];
    await page.click(`#req-${idOf(second)} a.button`);
    await page.waitForLoadState('load');
    assert.equal(await page.locator('input[name=tag_1]').count(), 1);
    await submitForm(page, '#handout-form button[type=submit]');
    assert.match(await page.locator('#tag_1-error').innerText(), /资产编号/);
    await page.fill('input[name=tag_1]', `ZC-${RUN}`);
    await shot(page, 'supplies-handout');
    await submitForm(page, '#handout-form button[type=submit]');
    assert.equal(page.url().replace(/\?.*$/, ''), reportUrl);
    await page.click(`#req-${idOf(first)} a.button`);
    await page.waitForLoadState('load');
    await page.fill('input[name=handed_2]', '3');
    await page.fill('input[name=note]', '笔记本缺货 2 本，下周补发');
    await submitForm(page, '#handout-form button[type=submit]');
    await page.click(`#req-${idOf(third)} a.button`);
    await page.waitForLoadState('load');
    await submitForm(page, '#handout-form button[type=submit]');
    assert.match(await page.locator('.notice').innerText(), /已登记发放/);
    assert.match(await page.locator('#lines').innerText(), new RegExp(`ZC-${RUN}`));
    await shot(page, 'supplies-report-done');
    await logout(page);

    // The requester sees what each row got.
    await login(page, 'mkt_staff2', PW);
    await page.goto(second.url);
    assert.match(await page.locator('.state').innerText(), /已发放/);
    assert.match(await page.locator('#items').innerText(), new RegExp(`1 台 · ZC-${RUN}`));
    await shot(page, 'request-done');
    await page.goto(`${second.url}/print`);
    await shot(page, 'approval-sheet');
    await page.goto(second.url);
    await logout(page);
  });
});
