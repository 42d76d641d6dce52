// RC-01..RC-07 in the browser: staff book a class-A reception with a room
// and a car (the form explains the classes and names who decides), the
// president approves through the link in his mail, the general office
// records the coordination meeting and ticks its checklist, finance
// settles, the general office writes the summary and the reception is
// closed; screenshots of the form, the week of rooms and cars, and the
// printed plan and notice.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE, TIMEOUT_MS, closeBrowser, linkFromMail, login, logout, openBrowser, shot, submitForm } from './lib.mjs';

const PW = 'Liaison@2026';
const RUN = Date.now().toString(36);






describe('reception bookings by class', { timeout: 20 * TIMEOUT_MS }, () => {
  let b;
  before(async () => {
    b = await openBrowser();
  });
  after(async () => {
    await closeBrowser(b);
  });

  const title = 'RC01 RC04 RC05 class A: booked with room and car, approved by link, coordinated, settled, summarised, closed';
  it(title, { timeout: 18 * TIMEOUT_MS }, async () => {
    const { page } = b;
    const org = `西门子代表团 ${RUN}`;
    // A day of its own for this run, from 2035 on: rooms are free then.
    const n = Number(BigInt(Date.now()) % 3650n);
    const day = new Date(Date.UTC(2035, 0, 1 + n)).toISOString().slice(0, 10);

    await login(page, 'mkt_staff', PW);
    await page.goto(`${BASE}/new/reception`);
    assert.match(await page.locator('#classes').innerText(), /总裁或副总裁/);
    assert.match(await page.locator('#deciders-A').innerText(), /赵志远/);
    await page.check('input[name=class][value=A]');
    await page.fill('input[name=guest_org]', org);
    await page.fill('input[name=guest_names]', 'Schmidt 先生等');
    await page.fill('input[name=guest_count]', '6');
    await page.fill('input[name=leader_title]', '亚太区副总裁');
    await page.check('input[name=foreign_guests]');
    await page.fill('input[name=responsible]', '张伟');
    await page.fill('input[name=arrive_at]', `${day}T09:00`);
    await page.fill('input[name=depart_at]', `${day}T15:00`);
    await page.fill('textarea[name=purpose]', '考察合作项目');
    await page.selectOption('select[name=room_id]', { label: '贵宾接待室 (12 座)' });
    await page.selectOption('select[name=car_id]', { index: 1 });
    await page.fill('input[name=meals]', '8');
    await page.fill('input[name=meal_std]', '150');
    await page.fill('input[name=visit_route]', '展厅—研发中心');
    await page.fill('input[name=gifts_plan]', '景泰蓝纪念品');
    await page.fill('input[name=amount]', '3,000');
    await page.fill('input[name=tell]', 'mkt_staff2');
    await shot(page, 'reception-form');
    await submitForm(page, 'form[action="/new/reception"] button.primary[type=submit]');
    if (!/\/requests\/\d+/.test(page.url())) {
      const why = await page.locator('.field-error, .alert').allInnerTexts();
      assert.fail(`not filed (${day}): ${why.join('; ')}`);
    }
    const requestUrl = page.url().replace(/\?.*$/, '');
    const number = (await page.locator('.number').innerText()).trim();
    assert.match(await page.locator('.state').innerText(), /审批中/);
    assert.match(await page.locator('#room').innerText(), /暂定/);

    // The week of rooms and cars: the booking's hours, tentative.
    await page.goto(`${BASE}/resources?day=${day}`);
    assert.match(await page.locator('#slots').innerText(), new RegExp(number));
    assert.ok((await page.locator('#week a.slot.tentative').count()) >= 2);
    await shot(page, 'reception-week');
    await logout(page);

    // The president approves through the link in his mail.
    const link = await linkFromMail('president', number);
    const path = new URL(link).pathname;
    await page.goto(`${BASE}${path}`);
    await page.fill('input[name=login]', 'president');
    await page.fill('input[name=password]', PW);
    await submitForm(page, 'button[type=submit]');
    assert.equal(new URL(page.url()).pathname, path);
    // No comment: the shared route table squeezes a short one at 375 px.
    await submitForm(page, `form[action="${path}"] button[name=action][value=approve]`);
    assert.equal(page.url().replace(/\?.*$/, ''), requestUrl);
    assert.match(await page.locator('.state').innerText(), /已批准/);
    await logout(page);

    // The general office: the meeting, the review, every duty with who and when.
    await login(page, 'office', PW);
    await page.goto(requestUrl);
    assert.match(await page.locator('#room').innerText(), /已确定/);
    await page.fill('#task input[name=meeting_on]', '2034-12-20');
    await page.fill('#task input[name=meeting_who]', '孙丽华、张伟、车队');
    await page.fill('#task textarea[name=meeting_decisions]', '按方案执行，外宾用餐安排清真窗口');
    await page.check('#task input[name=plan_ok]');
    const duties = { chk_cleaning: '保洁组 前一天', chk_flowers: '行政 当天早上', chk_purchases: '采购 前两天',
      chk_security: '保安部 全天', chk_cars: '车队 8:30', chk_route: '张伟 9:30' };
    for (const [k, v] of Object.entries(duties)) await page.fill(`#task input[name=${k}]`, v);
    await shot(page, 'reception-coordinate');
    await submitForm(page, '#task button.primary');
    assert.match(await page.locator('.state').innerText(), /已安排/);
    await logout(page);

    // Finance settles the actual cost.
    await login(page, 'finance', PW);
    await page.goto(requestUrl);
    await page.fill('#task input[name=actual]', '2,860.50');
    await page.fill('#task input[name=receipts]', '5');
    await submitForm(page, '#task button.primary');
    assert.match(await page.locator('.state').innerText(), /已结算/);
    await logout(page);

    // The summary closes it.
    await login(page, 'office', PW);
    await page.goto(requestUrl);
    await page.fill('#task textarea[name=summary]', '接待顺利，外宾对研发中心印象深刻，后续跟进合作协议。');
    await submitForm(page, '#task button.primary');
    assert.match(await page.locator('.state').innerText(), /已结案/);
    assert.match(await page.locator('#summary').innerText(), /接待顺利/);
    assert.match(await page.locator('#actual').innerText(), /2,860\.50/);
    await submitForm(page, '#plan-link');
    assert.match(await page.locator('body').innerText(), /接待责任人/);
    assert.match(await page.locator('body').innerText(), /展厅—研发中心/);
    await shot(page, 'reception-print');
    await page.goto(requestUrl);
    await logout(page);
  });
});
