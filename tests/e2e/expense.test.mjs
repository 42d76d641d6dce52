// EX-01..EX-05 in the browser: finance sets a budget; a staff member
// checks (budget left, route in words) and applies for an entertainment;
// the department manager approves through the link in his mail; the staff
// member claims it from the pre-approval with a receipt; finance settles;
// the personal ledger shows the payment.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE, TIMEOUT_MS, closeBrowser, linkFromMail, login, logout, openBrowser, shot, submitForm } from './lib.mjs';

const PW = 'Liaison@2026';
const RUN = Date.now().toString(36);
const PDF = Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');






// A Shanghai day some days from now, as the date inputs want it.
function shanghaiDay(days) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));
}

describe('expense pre-approval, claim and ledger', { timeout: 20 * TIMEOUT_MS }, () => {
  let b;
  before(async () => {
    b = await openBrowser();
  });
  after(async () => {
    await closeBrowser(b);
  });

  it('EX01-EX05 apply, approve by link, claim with a receipt, settle, ledger', { timeout: 18 * TIMEOUT_MS }, async () => {
    const { page } = b;
    const planned = shanghaiDay(3);
    const client = `国药控股 ${RUN}`;

    // Finance: a month's budget for marketing's entertainment.
    await login(page, 'finance', PW);
    await page.goto(`${BASE}/expense/budgets`);
    await page.selectOption('select[name=dept_id]', { label: '市场部' });
    await page.selectOption('select[name=category]', 'entertain');
    await page.selectOption('select[name=period]', 'month');
    await page.fill('input[name=first]', `${planned.slice(0, 8)}01`);
    await page.fill('input[name=amount]', '30,000');
    await submitForm(page, 'form[action="/expense/budgets"] button.primary');
    assert.match(await page.locator('body').innerText(), /预算已保存/);
    await shot(page, 'expense-budgets');
    await logout(page);

    // Staff: check first, then apply.
    await login(page, 'mkt_staff2', PW);
    await page.goto(`${BASE}/new/expense`);
    await page.selectOption('select[name=category]', 'entertain');
    await page.fill('input[name=client]', client);
    await page.fill('input[name=guests]', '3');
    await page.fill('input[name=our_people]', '2');
    await page.fill('input[name=place]', '全聚德前门店');
    await page.fill('input[name=planned]', planned);
    await page.fill('textarea[name=purpose]', '浏览器测试：年度合作洽谈');
    await page.fill('input[name=amount]', '1,000.00');
    await submitForm(page, 'button[formaction="/new/expense/check"]');
    assert.match(await page.locator('#fact-budget').innerText(), /剩余/);
    assert.match(await page.locator('#fact-approvers').innerText(), /李强/);
    assert.equal(await page.inputValue('input[name=client]'), client);
    await shot(page, 'expense-check');
    await submitForm(page, 'form[action="/new/expense"] button.primary[type=submit]');
    assert.match(page.url(), /\/requests\/\d+/);
    const expenseUrl = page.url().replace(/\?.*$/, '');
    const number = (await page.locator('.number').innerText()).trim();
    assert.match(await page.locator('#hold').innerText(), /暂占/);
    await logout(page);

    // The manager approves through the link in his mail.
    const path = new URL(await linkFromMail('mkt_head', number)).pathname;
    await page.goto(`${BASE}${path}`);
    await page.fill('input[name=login]', 'mkt_head');
    await page.fill('input[name=password]', PW);
    await submitForm(page, 'button[type=submit]');
    assert.equal(new URL(page.url()).pathname, path);
    await submitForm(page, `form[action="${path}"] button[name=action][value=approve]`);
    for (let i = 0; i < 3 && /审批中/.test(await page.locator('.state').innerText()); i++) {
      await submitForm(page, 'form[action$="/decide"] button[name=action][value=approve]');
    }
    assert.match(await page.locator('.state').innerText(), /已批准/);
    await logout(page);

    // The claim, from the pre-approval, with a receipt.
    await login(page, 'mkt_staff2', PW);
    await page.goto(expenseUrl);
    assert.match(await page.locator('#hold').innerText(), /已占用/);
    await submitForm(page, '#claim-it');
    assert.match(await page.locator('#claim-of').innerText(), new RegExp(number));
    await page.fill('input[name=amount]', '950.50');
    await page.fill('textarea[name=note]', '浏览器测试：实际消费');
    await page.setInputFiles('input[name=receipt]', { name: '发票.pdf', mimeType: 'application/pdf', buffer: PDF });
    await shot(page, 'claim-form');
    await submitForm(page, 'form[action="/new/claim"] button.primary[type=submit]');
    assert.match(page.url(), /\/requests\/\d+/);
    const claimUrl = page.url().replace(/\?.*$/, '');
    assert.match(await page.locator('#actual').innerText(), /950\.50/);
    await logout(page);

    // Finance settles it.
    await login(page, 'finance', PW);
    await page.goto(claimUrl);
    await page.fill('input[name=pay_day]', shanghaiDay(0));
    await page.selectOption('select[name=method]', 'transfer');
    await page.fill('input[name=voucher]', `记-${RUN}`);
    await submitForm(page, '#settle button.primary');
    assert.match(await page.locator('.state').innerText(), /已结算/);
    assert.match(await page.locator('#paid').innerText(), /950\.50/);
    await logout(page);

    // The personal ledger shows the payment.
    await login(page, 'mkt_staff2', PW);
    await page.goto(`${BASE}/ledger?year=${planned.slice(0, 4)}`);
    assert.match(await page.locator('#ledger').innerText(), new RegExp(number));
    assert.match(await page.locator('#ledger').innerText(), /¥950\.50/);
    await shot(page, 'ledger');
    await logout(page);
  });
});
