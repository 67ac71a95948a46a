import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, signInApi } from '../api.ts';
import { byTest, launchBrowser } from '../browser.ts';
import { phonePage, settledShot, signInToHome, textIn } from './portal.ts';

/**
 * 我的合同 in the portal (issue 19) on the demo park's leases: a tenant admin sees their own
 * company's leases and no one else's (another company's lease is not found even by its address),
 * opens the active one and reads its terms and the payment cycles from today on, amounts in yuan;
 * the earlier cycles open on request. An employee without lease.read has no entry. Both languages,
 * each in its own words only (company names, contract numbers and unit codes are data).
 */
type Cycle = { from: string; to: string; totalFen: number; lines: { kind: string; amountFen: number }[] };
type OwnLease = { id: string; number: string; status: string; endOn: string; units: { unitCode: string }[] };

const SHOWN = ['SIGNED', 'ACTIVE', 'EXPIRED', 'TERMINATED'];
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const LATIN = /[A-Za-z]/;
/** ¥1,234.56 (CN¥ in English), as the portal writes fen. */
const YUAN = /^(CN)?¥\d{1,3}(,\d{3})*\.\d{2}$/;
const fenOf = (text: string) => Math.round(Number(text.replace(/[^\d.]/g, '')) * 100);

let browser: Browser;
let company: string;
let own: OwnLease[];
let others: { id: string; number: string }[];
let active: OwnLease;
let schedule: Cycle[];
/** Today in the park (Asia/Shanghai), as YYYY-MM-DD. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const daysTo = (day: string) =>
  Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today()}T00:00:00Z`)) / 86_400_000);

beforeAll(async () => {
  browser = await launchBrowser();
  const { token } = await signInApi('tenant.admin');
  const mine = await api<{ viewer: { tenant: { name: string } }; leases: { nodes: OwnLease[] } }>(
    `query ($statuses: [LeaseStatus!]) { viewer { tenant { name } }
      leases(first: 100, filter: { statuses: $statuses }) { nodes { id number status endOn units { unitCode } } } }`,
    { statuses: SHOWN },
    token,
  );
  company = mine.viewer.tenant.name;
  own = mine.leases.nodes;
  const staff = await signInApi('park.manager');
  const all = await api<{ leases: { nodes: { id: string; number: string; tenantName: string }[] } }>(
    '{ leases(first: 100) { nodes { id number tenantName } } }',
    {},
    staff.token,
  );
  others = all.leases.nodes.filter((l) => l.tenantName !== company);
  const found = own.find((l) => l.status === 'ACTIVE');
  if (!found) throw new Error(`${company} has no active lease in the demo park`);
  active = found;
  const one = await api<{ lease: { schedule: Cycle[] } }>(
    'query ($id: ID!) { lease(id: $id) { schedule { from to totalFen lines { kind amountFen } } } }',
    { id: active.id },
    token,
  );
  schedule = one.lease.schedule;
});
afterAll(() => browser?.close());

describe.each(['zh-CN', 'en'] as const)('my leases in the portal (%s)', (lang) => {
  const zh = lang === 'zh-CN';
  /** An element's text with the data in it (names, numbers, codes) taken out: the UI's own words. */
  async function uiWords(locator: Locator): Promise<string> {
    const data = [company, ...own.flatMap((l) => [l.number, ...l.units.map((u) => u.unitCode)]), 'm²'];
    return data.reduce((text, d) => text.replaceAll(d, ''), await textIn(locator));
  }
  const wrong = zh ? LATIN : CJK;

  test('a tenant admin sees only their company’s leases, then an active one’s terms and coming payments', async () => {
    expect(own.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    const { context, page } = await phonePage(browser);
    await context.addInitScript((l) => localStorage.setItem('park.portal.locale', l), lang);
    await signInToHome(page, 'tenant.admin');
    await byTest(page, 'tab-me').click();
    await byTest(page, 'me-leases').click();
    const list = byTest(page, 'lease-list');
    await list.waitFor();

    // Exactly the company's leases, newest first, as the API gives them to its user.
    const numbers = (await list.locator('[data-test-id="lease-number"]').allTextContents()).map((s) =>
      s.trim(),
    );
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual(own.map((l) => l.number));
    for (const o of others) expect(numbers).not.toContain(o.number);
    expect(await textIn(byTest(page, 'page-title'))).toBe(zh ? '我的合同' : 'My leases');

    const card = byTest(page, `lease-${active.number}`);
    expect(await textIn(card.locator('[data-test-id="lease-status"]'))).toBe(zh ? '执行中' : 'Active');
    const n = daysTo(active.endOn);
    expect(await textIn(card.locator('[data-test-id="lease-countdown"]'))).toContain(
      zh ? `剩余 ${n.toLocaleString('zh-CN')} 天` : `${n.toLocaleString('en')} days left`,
    );
    expect(await card.locator('[data-test-id="lease-expiring"]').count()).toBe(n <= 90 ? 1 : 0);
    const rent = await textIn(card.locator('[data-test-id="lease-rent"]'));
    expect(rent).toMatch(
      zh
        ? /^¥[\d,]+\.\d{2,4}\/m²·月 · [月季]付$/
        : /^CN¥[\d,]+\.\d{2,4} per m²\/month · (Monthly|Quarterly)$/,
    );
    for (const u of active.units)
      expect(await textIn(card.locator('[data-test-id="lease-units"]'))).toContain(u.unitCode);
    expect(await uiWords(byTest(page, 'my-leases'))).not.toMatch(wrong);
    await settledShot(page, `my-leases-${lang}`);

    // The active lease: its terms in words, then the cycles from the one today falls in.
    await card.click();
    const detail = byTest(page, 'lease-detail');
    await detail.waitFor();
    expect(await detail.getAttribute('data-number')).toBe(active.number);
    expect(await textIn(byTest(page, 'page-title'))).toBe(zh ? '合同详情' : 'Lease');
    expect(await textIn(byTest(page, 'lease-deposit'))).toMatch(YUAN);
    expect(await textIn(byTest(page, 'lease-late-fee'))).toMatch(
      zh ? /^每日按逾期金额的 [\d.]+‰ 计收$|^不收取$/ : /‰ of the overdue amount per day$|^None$/,
    );
    const first = schedule.findIndex((c) => c.to >= today());
    const upcoming = schedule.slice(first, first + 12);
    const earlier = schedule.slice(0, first);
    expect(upcoming.length).toBeGreaterThan(0);
    const cycles = byTest(page, 'lease-upcoming').locator('[data-test-id="lease-cycle"]');
    expect(await cycles.evaluateAll((els) => els.map((e) => e.getAttribute('data-from')))).toEqual(
      upcoming.map((c) => c.from),
    );
    const totals = (await cycles.locator('[data-test-id="lease-cycle-total"]').allTextContents()).map((s) =>
      s.trim(),
    );
    for (const total of totals) expect(total).toMatch(zh ? /^¥/ : /^CN¥/);
    for (const total of totals) expect(total).toMatch(YUAN);
    expect(totals.map(fenOf)).toEqual(upcoming.map((c) => c.totalFen));
    const amounts = (await cycles.locator('[data-test-id="lease-line-amount"]').allTextContents()).map((s) =>
      s.trim(),
    );
    for (const amount of amounts) expect(amount).toMatch(YUAN);
    expect(amounts.map(fenOf)).toEqual(upcoming.flatMap((c) => c.lines.map((l) => l.amountFen)));
    const kinds = await cycles
      .locator('[data-test-id="lease-line"]')
      .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(kinds.some((k) => k.includes(zh ? '租金' : 'Rent'))).toBe(true);
    expect(await uiWords(detail)).not.toMatch(wrong);
    await settledShot(page, `my-lease-${lang}`);
    await byTest(page, 'lease-schedule').scrollIntoViewIfNeeded();
    await cycles.first().scrollIntoViewIfNeeded();
    await settledShot(page, `my-lease-schedule-${lang}`);

    // Cycles already over only on request.
    if (earlier.length > 0) {
      expect(await byTest(page, 'lease-earlier').count()).toBe(0);
      await byTest(page, 'lease-show-earlier').click();
      const past = byTest(page, 'lease-earlier').locator('[data-test-id="lease-cycle"]');
      await past.first().waitFor();
      expect(await past.count()).toBe(earlier.length);
      expect(await uiWords(detail)).not.toMatch(wrong);
      await past.first().scrollIntoViewIfNeeded();
      await settledShot(page, `my-lease-earlier-${lang}`);
    }

    // Another company's lease, even by its address: not found, in the reader's language.
    await page.goto(`/portal/me/leases/${others[0]!.id}`);
    const refused = byTest(page, 'load-error');
    await refused.waitFor();
    expect(await textIn(refused)).toContain(zh ? '未找到该记录' : 'Not found');
    expect(await byTest(page, 'lease-detail').count()).toBe(0);
    await context.close();
  });

  test('an employee without lease.read has no entry and cannot open the page', async () => {
    const { context, page } = await phonePage(browser);
    await context.addInitScript((l) => localStorage.setItem('park.portal.locale', l), lang);
    await signInToHome(page, 'tenant.staff');
    await byTest(page, 'tab-me').click();
    await byTest(page, 'me-language').waitFor();
    expect(await byTest(page, 'me-leases').count()).toBe(0);
    await page.goto('/portal/me/leases');
    await byTest(page, 'company-name').waitFor();
    expect(await byTest(page, 'my-leases').count()).toBe(0);
    await context.close();
  });
});
