import { formatMoney } from '@park/web-shared';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, signInApi } from '../api.ts';
import { byTest, launchBrowser } from '../browser.ts';
import { phonePage, settledShot, signInToHome, textIn } from './portal.ts';

/**
 * 我的账单 in the portal (issue 19) on the demo park's bills (last month's, paid or overdue, and
 * this month's issued): a tenant admin sees their own company's bills and no one else's (another
 * company's bill is not found even by its address), what is owed and overdue over all of them,
 * and opens one: its pay button (paying is pay-bill.e2e.ts), its payments so far, its check code
 * for the kiosk, and its lines by source, every amount the API's fen in yuan, adding up to the
 * total, a meter's line with its opening and closing readings, a one-off charge's line. An employee without bill.read has
 * no entry. Both languages, each in its own words only (company names, numbers, codes and units
 * are data).
 */
type Line = {
  id: string;
  source: string;
  amountFen: number;
  evidence: string;
  unit: string | null;
  description: string;
};
type OwnBill = {
  id: string;
  number: string;
  kind: string;
  status: string;
  dueOn: string;
  totalFen: number;
  paidFen: number;
  outstandingFen: number;
  checkCode: string;
  lines: Line[];
  ledger: { receiptNo: string | null }[];
};

const SOURCE_ORDER = [
  'LEASE_RENT',
  'LEASE_PROPERTY_FEE',
  'LEASE_DEPOSIT',
  'UTILITY',
  'REPAIR',
  'CHARGE',
  'LATE_FEE',
];
const OWED = ['ISSUED', 'PARTLY_PAID', 'OVERDUE'];
const STATUS = {
  'zh-CN': { ISSUED: '已出账', PARTLY_PAID: '部分支付', PAID: '已结清', OVERDUE: '逾期', VOID: '已作废' },
  en: { ISSUED: 'Issued', PARTLY_PAID: 'Partly paid', PAID: 'Paid', OVERDUE: 'Overdue', VOID: 'Void' },
} as Record<string, Record<string, string>>;
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const LATIN = /[A-Za-z]/;
/** The yuan figure in a text, as fen. */
const fenIn = (text: string) => {
  const m = /([-−]?)(?:CN)?¥([\d,]+\.\d{2})/.exec(text);
  if (!m) throw new Error(`no amount in "${text}"`);
  return (m[1] ? -1 : 1) * Math.round(Number(m[2]!.replaceAll(',', '')) * 100);
};

let browser: Browser;
let company: string;
let own: OwnBill[];
let others: { id: string; number: string }[];
/**
 * The bill opened: the newest overdue one with a meter's line (last month's, in the demo), else
 * the newest with a meter's line, else the newest.
 */
let opened: OwnBill;
/** Today in the park (Asia/Shanghai), as YYYY-MM-DD. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const daysSince = (day: string) =>
  Math.round((Date.parse(`${today()}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000);
const owes = (b: OwnBill) => OWED.includes(b.status) && b.outstandingFen > 0;
const evidence = (l: Line) => JSON.parse(l.evidence) as Record<string, unknown>;

beforeAll(async () => {
  browser = await launchBrowser();
  const { token } = await signInApi('tenant.admin');
  const mine = await api<{ viewer: { tenant: { name: string } }; bills: { nodes: OwnBill[] } }>(
    `{ viewer { tenant { name } }
      bills(first: 100) { nodes { id number kind status dueOn totalFen paidFen outstandingFen checkCode
        lines { id source amountFen evidence unit description } ledger { receiptNo } } } }`,
    {},
    token,
  );
  company = mine.viewer.tenant.name;
  own = mine.bills.nodes;
  const finance = await signInApi('finance');
  const all = await api<{ bills: { nodes: { id: string; number: string; tenantName: string }[] } }>(
    '{ bills(first: 100) { nodes { id number tenantName } } }',
    {},
    finance.token,
  );
  others = all.bills.nodes.filter((b) => b.tenantName !== company);
  const metered = own.filter((b) => b.lines.some((l) => l.source === 'UTILITY'));
  // A bill with a one-off charge as well, when the company has one (the demo's meeting rooms).
  const charged = metered.filter((b) => b.lines.some((l) => l.source === 'CHARGE'));
  opened =
    charged.find((b) => b.status === 'OVERDUE') ??
    charged[0] ??
    metered.find((b) => b.status === 'OVERDUE') ??
    metered[0] ??
    own[0]!;
});
afterAll(() => browser?.close());

describe.each(['zh-CN', 'en'] as const)('my bills in the portal (%s)', (lang) => {
  const zh = lang === 'zh-CN';
  const money = (fen: number) => formatMoney(fen, lang);
  /** An element's text with the data in it (names, numbers, codes, units) taken out: the UI's own words. */
  async function uiWords(locator: Locator): Promise<string> {
    const data = [
      company,
      ...own.flatMap((b) => [
        b.number,
        ...b.ledger.flatMap((e) => (e.receiptNo ? [e.receiptNo] : [])),
        ...b.lines.flatMap((l) => {
          const e = evidence(l);
          return [e.lease, e.meter, e.workOrder, l.unit].filter((d): d is string => typeof d === 'string');
        }),
      ]),
      'm²',
    ];
    return data.reduce((text, d) => text.replaceAll(d, ''), await textIn(locator));
  }
  const wrong = zh ? LATIN : CJK;

  test('a tenant admin sees what the company owes and only its own bills, then one bill line by line', async () => {
    expect(own.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    const { context, page } = await phonePage(browser);
    await context.addInitScript((l) => localStorage.setItem('park.portal.locale', l), lang);
    await signInToHome(page, 'tenant.admin');
    await byTest(page, 'tab-me').click();
    await byTest(page, 'me-bills').click();
    const list = byTest(page, 'bill-list');
    await list.waitFor();

    // Exactly the company's bills, newest first, as the API gives them to its user.
    const numbers = (await list.locator('[data-test-id="bill-number"]').allTextContents()).map((s) =>
      s.trim(),
    );
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual(own.map((b) => b.number));
    for (const o of others) expect(numbers).not.toContain(o.number);
    expect(await textIn(byTest(page, 'page-title'))).toBe(zh ? '我的账单' : 'My bills');

    // What is owed over all of them, and how much of it is past its due date.
    const owed = own.filter(owes);
    const overdue = owed.filter((b) => daysSince(b.dueOn) > 0);
    await byTest(page, 'bill-summary').waitFor();
    expect(await textIn(byTest(page, 'bill-owed'))).toBe(
      money(owed.reduce((s, b) => s + b.outstandingFen, 0)),
    );
    if (overdue.length > 0) {
      const text = await textIn(byTest(page, 'bill-overdue'));
      expect(fenIn(text)).toBe(overdue.reduce((s, b) => s + b.outstandingFen, 0));
      expect(text).toContain(zh ? '其中逾期' : 'Overdue');
    } else expect(await byTest(page, 'bill-overdue-none').count()).toBe(1);

    // Each card: status, total, paid, what is still owed, the due date (red with the days past it).
    for (const b of own) {
      const card = byTest(page, `bill-${b.number}`);
      expect(await textIn(card.locator('[data-test-id="bill-status"]'))).toBe(STATUS[lang]![b.status]);
      expect(await textIn(card.locator('[data-test-id="bill-total"]'))).toBe(money(b.totalFen));
      if (b.paidFen > 0)
        expect(await textIn(card.locator('[data-test-id="bill-paid"]'))).toBe(
          `${zh ? '已付' : 'Paid'} ${money(b.paidFen)}`,
        );
      else expect(await card.locator('[data-test-id="bill-paid"]').count()).toBe(0);
      expect(await textIn(card.locator('[data-test-id="bill-outstanding"]'))).toBe(
        b.status === 'VOID' ? '—' : money(b.outstandingFen),
      );
      expect(await card.locator('[data-test-id="bill-kind"]').count()).toBe(b.kind === 'ADJUSTMENT' ? 1 : 0);
      const due = card.locator('[data-test-id="bill-due"]');
      const late = owes(b) ? daysSince(b.dueOn) : 0;
      if (late > 0) {
        expect(await textIn(due)).toContain(
          zh ? `已逾期 ${late} 天` : `${late} day${late === 1 ? '' : 's'} overdue`,
        );
        expect(await due.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(238, 10, 36)');
        // Red words on the white card, not on a red one.
        expect(await card.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
      } else expect(await due.getAttribute('class')).not.toContain('overdue');
    }
    // No bill need be overdue: the demo's seeded payments (payment.seed.ts) settled this company's
    // last month, so the red due date above is checked whenever a bill is late, not always.
    expect(await uiWords(byTest(page, 'my-bills'))).not.toMatch(wrong);
    await settledShot(page, `my-bills-${lang}`);

    // One bill: header with its pay button, its payments, check code for the kiosk.
    await byTest(page, `bill-${opened.number}`).click();
    const detail = byTest(page, 'bill-detail');
    await detail.waitFor();
    expect(await detail.getAttribute('data-number')).toBe(opened.number);
    expect(await textIn(byTest(page, 'page-title'))).toBe(zh ? '账单详情' : 'Bill');
    expect(await textIn(detail.locator('[data-test-id="bill-status"]'))).toBe(STATUS[lang]![opened.status]);
    expect(await textIn(byTest(page, 'bill-total'))).toBe(money(opened.totalFen));
    expect(await textIn(byTest(page, 'bill-paid'))).toBe(money(opened.paidFen));
    expect(await textIn(byTest(page, 'bill-outstanding'))).toBe(
      opened.status === 'VOID' ? '—' : money(opened.outstandingFen),
    );
    const late = owes(opened) ? daysSince(opened.dueOn) : 0;
    if (late > 0)
      expect(await textIn(detail.locator('[data-test-id="bill-due"]'))).toContain(
        zh ? `已逾期 ${late} 天` : `${late} day${late === 1 ? '' : 's'} overdue`,
      );
    const check = byTest(page, 'bill-check');
    expect(await textIn(byTest(page, 'bill-check-code'))).toBe(opened.checkCode);
    expect(await textIn(check)).toContain(zh ? '核验码' : 'Check code');
    expect(await textIn(check)).toContain(zh ? '自助机' : 'kiosk');
    // A tenant admin may pay (bill.pay): the header's one button, while something is owed (a paid
    // bill's invoice card has its own, see invoices.e2e.ts).
    expect(await detail.locator('.head').locator('button, .van-button').count()).toBe(owes(opened) ? 1 : 0);
    if (owes(opened)) expect(await textIn(byTest(page, 'bill-pay'))).toBe(zh ? '立即缴费' : 'Pay now');
    expect(await byTest(page, 'bill-pay-note').count()).toBe(0);
    const ledger = byTest(page, 'bill-ledger');
    expect(await textIn(ledger)).toContain(zh ? '缴费记录' : 'Payments');
    expect(await ledger.locator('[data-test-id="ledger-entry"]').count()).toBe(opened.ledger.length);

    // Its lines by source, every amount the API's, adding up to the total.
    const expected = SOURCE_ORDER.flatMap((s) => opened.lines.filter((l) => l.source === s));
    const lines = byTest(page, 'bill-lines').locator('[data-test-id="bill-line"]');
    const lineOf = (l: Line) =>
      byTest(page, 'bill-lines').locator(`[data-test-id="bill-line"][data-id="${l.id}"]`);
    expect(await lines.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(
      expected.map((l) => l.id),
    );
    const amounts = (await lines.locator('[data-test-id="bill-line-amount"]').allTextContents()).map((s) =>
      s.trim(),
    );
    expect(amounts).toEqual(expected.map((l) => money(l.amountFen)));
    expect(expected.reduce((s, l) => s + l.amountFen, 0)).toBe(opened.totalFen);
    expect(await textIn(byTest(page, 'bill-lines-total'))).toBe(money(opened.totalFen));
    const groups = byTest(page, 'bill-lines').locator('[data-test-id="bill-group"]');
    expect(await groups.evaluateAll((els) => els.map((e) => e.getAttribute('data-source')))).toEqual(
      SOURCE_ORDER.filter((s) => opened.lines.some((l) => l.source === s)),
    );

    // A lease line's days; a meter's line with its readings.
    const rent = expected.find((l) => l.source === 'LEASE_RENT');
    if (rent) {
      const e = evidence(rent);
      expect(await textIn(lineOf(rent))).toContain(
        zh ? `${e.days}/${e.monthDays} 天` : `${e.days} of ${e.monthDays} days`,
      );
    }
    const utility = expected.find((l) => l.source === 'UTILITY');
    if (utility) {
      const e = evidence(utility) as {
        meter: string;
        opening: { value: string } | null;
        closing: { value: string } | null;
      };
      const row = lineOf(utility);
      expect(await textIn(row.locator('[data-test-id="bill-line-ref"]'))).toBe(
        zh ? `表计 ${e.meter}` : `Meter ${e.meter}`,
      );
      // As the meter gave it: every decimal kept, so the two readings line up.
      const reading = (v: { value: string } | null) => {
        if (!v) return zh ? '无读数' : 'No reading';
        const decimals = v.value.split('.')[1]?.length ?? 0;
        return Number(v.value).toLocaleString(lang, {
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
        });
      };
      expect(await textIn(row.locator('[data-test-id="bill-line-opening"]'))).toBe(reading(e.opening));
      expect(await textIn(row.locator('[data-test-id="bill-line-closing"]'))).toBe(reading(e.closing));
      const readings = await textIn(row.locator('[data-test-id="bill-line-readings"]'));
      expect(readings).toContain(zh ? '期初' : 'Opening');
      expect(readings).toContain(zh ? '期末' : 'Closing');
      expect(readings).toMatch(/\d{2}:\d{2}/);
      expect(await textIn(row.locator('[data-test-id="bill-line-rate"]'))).toContain(`${utility.unit} ×`);
    }
    // A one-off charge: what finance wrote of it in Chinese, its kind in English.
    const charge = expected.find((l) => l.source === 'CHARGE');
    if (charge)
      expect(await textIn(lineOf(charge).locator('[data-test-id="bill-line-ref"]'))).toBe(
        zh ? charge.description : 'One-off charge (parking, meeting room or service)',
      );
    expect(await uiWords(detail)).not.toMatch(wrong);
    await settledShot(page, `my-bill-${lang}`);
    await byTest(page, 'bill-lines').scrollIntoViewIfNeeded();
    await (utility ? lineOf(utility) : lines.last()).scrollIntoViewIfNeeded();
    await settledShot(page, `my-bill-lines-${lang}`);

    // Another company's bill, even by its address: not found, in the reader's language.
    await page.goto(`/portal/me/bills/${others[0]!.id}`);
    const refused = byTest(page, 'load-error');
    await refused.waitFor();
    expect(await textIn(refused)).toContain(zh ? '未找到该记录' : 'Not found');
    expect(await byTest(page, 'bill-detail').count()).toBe(0);
    await context.close();
  });

  test('an employee without bill.read has no entry and cannot open the page', async () => {
    const { context, page } = await phonePage(browser);
    await context.addInitScript((l) => localStorage.setItem('park.portal.locale', l), lang);
    await signInToHome(page, 'tenant.staff');
    await byTest(page, 'tab-me').click();
    await byTest(page, 'me-language').waitFor();
    expect(await byTest(page, 'me-bills').count()).toBe(0);
    await page.goto('/portal/me/bills');
    await byTest(page, 'company-name').waitFor();
    expect(await byTest(page, 'my-bills').count()).toBe(0);
    await context.close();
  });
});
