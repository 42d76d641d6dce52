// Sponsorship in the browser (SP-01..SP-05): staff plan a visit to a new
// merchant with a colleague, the head approves, the planner reports;
// then staff draft an agreement, the general manager signs on the page and
// the president through the link in his mail; finance records money
// received; staff ask to use part of it, the head approves, finance pays.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE, TIMEOUT_MS, closeBrowser, linkFromMail, login, logout, openBrowser, shot, submitForm } from './lib.mjs';

const PW = 'Liaison@2026';
const RUN = Date.now().toString(36);






const here = (page) => page.url().replace(/\?.*$/, '');
const numberOn = async (page) => (await page.locator('.number').innerText()).trim();

describe('sponsorship', { timeout: 30 * TIMEOUT_MS }, () => {
  let b;
  before(async () => {
    b = await openBrowser();
  });
  after(async () => {
    await closeBrowser(b);
  });

  it('SP02 SP03 SP04 SP05 visit in pairs, two signatures (one by link), received, disbursed', { timeout: 28 * TIMEOUT_MS }, async () => {
    const { page } = b;
    const merchant = `浏览器商家 ${RUN}`;

    // A new merchant, then a visit plan: alone it is refused with the reason.
    await login(page, 'mkt_staff', PW);
    await page.goto(`${BASE}/merchants`);
    await page.fill('input[name=name]', merchant);
    await page.fill('input[name=contacts]', '周经理 13900000000');
    await page.fill('input[name=address]', '上海市黄浦区');
    await submitForm(page, 'form[action="/merchants"] button[type=submit]');
    assert.match(await page.locator('h1').innerText(), new RegExp(RUN));
    await page.goto(`${BASE}/new/visit`);
    await page.selectOption('select[name=merchant_id]', { label: merchant });
    await page.fill('input[name=visit_on]', '2031-06-18');
    await page.fill('textarea[name=purpose]', '洽谈迎新晚会赞助');
    await submitForm(page, 'form[action="/new/visit"] button.primary[type=submit]');
    assert.match(await page.locator('#with_1-error').innerText(), /两人及以上/);
    assert.equal(await page.inputValue('textarea[name=purpose]'), '洽谈迎新晚会赞助');
    await page.selectOption('select[name=with_1]', { label: '刘洋 (mkt_staff2)' });
    await shot(page, 'visit-form');
    await submitForm(page, 'form[action="/new/visit"] button.primary[type=submit]');
    assert.match(await page.locator('.state').innerText(), /审批中/);
    const visit = here(page);
    await logout(page);

    await login(page, 'mkt_head', PW);
    await page.goto(visit);
    await submitForm(page, 'button[name=action][value=approve]');
    assert.match(await page.locator('.state').innerText(), /已批准/);
    await logout(page);

    await login(page, 'mkt_staff', PW);
    await page.goto(visit);
    await page.fill('textarea[name=asked]', '冠名权与两个展位');
    await page.fill('textarea[name=discussed]', '赞助五千元现金及饮料一百箱');
    await shot(page, 'visit-report');
    await submitForm(page, '#visit-report button[type=submit]');
    assert.match(await page.locator('.state').innerText(), /已报告/);

    // The agreement, drafted by staff, who cannot sign it.
    await page.goto(`${BASE}/new/agreement`);
    await page.selectOption('select[name=merchant_id]', { label: merchant });
    await page.fill('input[name=money]', '5000.00');
    await page.fill('input[name=goods]', '饮料');
    await page.fill('input[name=goods_qty]', '100');
    await page.fill('input[name=goods_value]', '3600.00');
    await page.fill('textarea[name=gives_back]', '晚会冠名，两个展位');
    await page.fill('input[name=starts_on]', '2031-06-20');
    await page.fill('input[name=ends_on]', '2031-12-31');
    await page.fill('textarea[name=body]', '甲方赞助乙方迎新晚会……');
    await shot(page, 'agreement-form');
    await submitForm(page, 'form[action="/new/agreement"] button.primary[type=submit]');
    assert.match(await page.locator('.state').innerText(), /审批中/);
    const agreement = here(page);
    const number = await numberOn(page);
    assert.equal(await page.locator('button[name=action][value=approve]').count(), 0);
    await logout(page);

    // The first signature on the page: still not binding.
    await login(page, 'gm', PW);
    await page.goto(agreement);
    assert.match(await page.locator('button[name=action][value=approve]').innerText(), /签署/);
    await submitForm(page, 'button[name=action][value=approve]');
    assert.match(await page.locator('.state').innerText(), /审批中/);
    assert.equal(await page.locator('table.signatures tbody tr').count(), 1);
    await logout(page);

    // The second through the link in the president's mail.
    const path = new URL(await linkFromMail('president', number)).pathname;
    await page.goto(`${BASE}${path}`);
    await page.fill('input[name=login]', 'president');
    await page.fill('input[name=password]', PW);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type=submit]')]);
    assert.equal(new URL(page.url()).pathname, path);
    await submitForm(page, `form[action="${path}"] button[name=action][value=approve]`);
    assert.equal(here(page), agreement);
    assert.match(await page.locator('.state').innerText(), /已签署/);
    assert.equal(await page.locator('table.signatures tbody tr').count(), 2);
    assert.match(await page.locator('table.signatures').innerText(), /[0-9a-f]{64}/);
    await shot(page, 'agreement-signed');
    await page.goto(`${agreement}/print`);
    assert.match(await page.locator('table.signatures').innerText(), /赵志远/);
    await page.goto(agreement);
    await logout(page);

    // Finance records the money received.
    const id = agreement.match(/(\d+)$/)[1];
    await login(page, 'finance', PW);
    await page.goto(`${BASE}/agreements/${id}/receive`);
    await page.fill('input[name=amount]', '5000.00');
    await page.fill('input[name=on_day]', '2031-06-25');
    await page.fill('input[name=received_by]', '吴芳');
    await shot(page, 'sponsor-receive');
    await submitForm(page, 'form[action$="/receive"] button[type=submit]');
    assert.match(await page.locator('#sums').innerText(), /¥5,000\.00/);
    await shot(page, 'sponsor-ledger');
    await logout(page);

    // Staff ask to use part of it; more than is left is refused beside the amount.
    await login(page, 'mkt_staff', PW);
    await page.goto(`${BASE}/new/disbursement`);
    await page.selectOption('select[name=agreement_id]', { label: `${number} ${merchant}` });
    await page.fill('input[name=amount]', '5000.01');
    await page.fill('textarea[name=purpose]', '迎新晚会奖品');
    await submitForm(page, 'form[action="/new/disbursement"] button.primary[type=submit]');
    assert.match(await page.locator('#amount-error').innerText(), /超出/);
    await page.fill('input[name=amount]', '1200.00');
    await shot(page, 'disbursement-form');
    await submitForm(page, 'form[action="/new/disbursement"] button.primary[type=submit]');
    assert.match(await page.locator('.state').innerText(), /审批中/);
    const disbursement = here(page);
    await logout(page);

    await login(page, 'mkt_head', PW);
    await page.goto(disbursement);
    await submitForm(page, 'button[name=action][value=approve]');
    assert.match(await page.locator('.state').innerText(), /已批准/);
    await logout(page);

    await login(page, 'finance', PW);
    await page.goto(disbursement);
    await submitForm(page, 'form[action$="/task/disbursement"] button[type=submit]');
    assert.match(await page.locator('.state').innerText(), /已支付/);
    // Received on the day typed, used on the day approved: a period holding both.
    await page.goto(`${BASE}/sponsorship/ledger?from=2026-01-01&to=2031-12-31`);
    const row = await page.locator('#ledger-report tr', { hasText: number }).innerText();
    assert.match(row, /¥5,000\.00\s+¥1,200\.00\s+¥3,800\.00/);
    await shot(page, 'sponsor-report');
    await logout(page);
  });
});
