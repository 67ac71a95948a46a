import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, transition } from '../api.ts';
import { byTest, launchBrowser } from '../browser.ts';
import {
  createSite,
  createStaff,
  createTenantUser,
  type OwnUser,
  putOnShift,
  type Site,
} from '../factories.ts';
import { phonePage, settledShot, signIn } from './portal.ts';

/**
 * The portal's work-order timeline read in each language: every step of a request that went
 * through automatic dispatch, a hand-back, a re-dispatch, a quote, a hold, a rework and the
 * confirmation reads in the reader's language only. People's names and what they wrote are
 * theirs and show as written.
 */
let browser: Browser;
let site: Site;
let tenant: OwnUser;
let desk: OwnUser;
let tech: OwnUser;
let orderId: string;
/** What people wrote, shown verbatim whatever the reader's language. */
const NOTES = ['需要专用配件', '等待配件到货', '已更换压缩机', '仍有异响', '已紧固风扇'];

beforeAll(async () => {
  browser = await launchBrowser();
  site = await createSite();
  tenant = await createTenantUser(site, 'tenant_admin', '赵管理');
  desk = await createStaff(site, 'customer_service', '周客服');
  tech = await createStaff(site, 'engineering', '张师傅');
  await putOnShift(site, tech.id); // automatic dispatch sends the request to them
  const { submitWorkOrder: order } = await api<{ submitWorkOrder: { id: string; state: string } }>(
    'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id state } }',
    { input: { category: 'HVAC', priority: 'NORMAL', title: '空调不制冷', unitId: site.unit.id } },
    tenant.token,
  );
  expect(order.state).toBe('DISPATCHED');
  orderId = order.id;
  const by = (user: OwnUser, input: object) => transition(orderId, input, user.token);
  await by(tech, { action: 'DECLINE', note: NOTES[0] });
  await by(desk, { action: 'DISPATCH', assigneeId: tech.id });
  await api(
    'mutation ($id: ID!) { quoteWorkOrder(id: $id, input: { labourFen: 5000, materialsFen: 1200 }) { id } }',
    { id: orderId },
    desk.token,
  );
  await api(
    'mutation ($id: ID!) { decideWorkOrderQuote(id: $id, accept: true) { id } }',
    { id: orderId },
    tenant.token,
  );
  await by(tech, { action: 'ACCEPT' });
  await by(tech, { action: 'START' });
  await by(tech, { action: 'HOLD', holdReason: NOTES[1] });
  await by(tech, { action: 'RESUME' });
  await by(tech, { action: 'COMPLETE', note: NOTES[2] });
  await by(tenant, { action: 'REWORK', note: NOTES[3] });
  await by(tech, { action: 'COMPLETE', note: NOTES[4] });
  await by(tenant, { action: 'VERIFY', rating: 4 });
  await by(desk, { action: 'CLOSE' });
});
afterAll(() => browser?.close());

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const LATIN = /[A-Za-z]/;

describe.each(['zh-CN', 'en'] as const)('the request timeline (%s)', (lang) => {
  it(`reads in ${lang} only, but for people’s names and what they wrote`, async () => {
    const { context, page } = await phonePage(browser);
    await context.addInitScript((l) => localStorage.setItem('park.portal.locale', l), lang);
    await signIn(page, tenant.login, tenant.password);
    await byTest(page, 'company-name').waitFor();
    await page.goto(`/portal/repairs/${orderId}`);
    const timeline = byTest(page, 'repair-timeline');
    await timeline.locator('.van-step').first().waitFor();
    const { workOrder } = await api<{ workOrder: { events: { action: string }[] } }>(
      'query ($id: ID!) { workOrder(id: $id) { events { action } } }',
      { id: orderId },
      tenant.token,
    );
    const steps = timeline.locator('.van-step');
    expect(await steps.count()).toBe(workOrder.events.length);
    expect(await steps.evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).toEqual(
      workOrder.events.map((e) => e.action).reverse(),
    );

    const names = [tenant.displayName, desk.displayName, tech.displayName];
    const wrong = lang === 'en' ? CJK : LATIN;
    const whats = (await timeline.locator('.what').allTextContents()).map((s) => s.trim());
    const whens = (await timeline.locator('.when').allTextContents()).map((s) =>
      names.reduce((text, name) => text.replaceAll(name, ''), s.trim()),
    );
    for (const text of [...whats, ...whens]) expect(text, text).not.toMatch(wrong);
    // The platform's own step is named in the reader's language; people by their name.
    const when = (await timeline.locator('.when').allTextContents()).join('|');
    expect(when).toContain(lang === 'en' ? 'Auto-dispatch' : '自动派单');
    for (const name of names) expect(when).toContain(name);
    const notes = (await timeline.locator('.note').allTextContents()).map((s) => s.trim());
    for (const note of NOTES) expect(notes).toContain(note);
    // The quote's amount, in yuan; the desk gave it here, so its step names no technician.
    expect(notes.join('|')).toContain('¥62.00');
    const quote = (await timeline.locator('.van-step[data-action="QUOTE"] .what').textContent())?.trim();
    expect(quote).toBe(lang === 'en' ? 'Quote given' : '收到维修报价');

    await timeline.scrollIntoViewIfNeeded();
    await settledShot(page, `repair-timeline-${lang}`);
    await steps.last().scrollIntoViewIfNeeded();
    await settledShot(page, `repair-timeline-first-steps-${lang}`);
    await context.close();
  });
});
