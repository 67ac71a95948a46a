import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUscc } from '../../../api/src/modules/tenant/uscc.ts';
import { api } from '../api.ts';
import { byTest, DESKTOP, launchBrowser, newContext, shot } from '../browser.js';
import { createSite, type Site, unique } from '../factories.ts';
import {
  cascade,
  confirm,
  dialog,
  fieldError,
  fillNumber,
  openOnPark,
  pick,
  pickTyped,
  save,
} from './registers.ts';

/** Create, edit and retire companies (with contacts), equipment, maintenance plans and staff users. */
let browser: Browser;
let site: Site;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await createSite();
});
afterAll(() => browser?.close());

const hqApi = <T>(query: string, variables: object = {}) => api<T>(query, variables, site.hq);

describe('tenant companies', () => {
  it('adds a company with a contact (a wrong credit code shown on its field), edits its contacts, moves it out', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await openOnPark(context, 'hq.admin', site.park.id, 'tenants');
    await page.locator('[data-test-id="tenant-table"] .el-table__row').first().waitFor();
    const name = `苏州${unique('登记')}智能科技有限公司`;
    const uscc = makeUscc('91', '320594', `${Date.now().toString().slice(-8)}`);
    const typo = uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0');

    await byTest(page, 'tenant-add').click();
    await dialog(page, 'tenant-dialog');
    await byTest(page, 'tenant-name').fill(name);
    await byTest(page, 'tenant-uscc').fill(typo);
    await pickTyped(page, 'tenant-industry', 'I65', /^I65 /);
    await byTest(page, 'contact-add').click();
    await byTest(page, 'contact-name-0').fill('李娜');
    await byTest(page, 'contact-title-0').fill('行政经理');
    await byTest(page, 'contact-phone-0').fill('13912345678');
    await byTest(page, 'tenant-dialog-submit').click();
    // The check digit is the API's to verify: its BAD_USER_INPUT lands on the field, translated.
    await expect.poll(() => fieldError(page, 'tenant-uscc').textContent()).toContain('校验位不符');
    await shot(page, 'admin', '46-register-tenant-field-error');
    const find = async () =>
      (
        await hqApi<{
          tenantCompanies: {
            nodes: {
              id: string;
              status: string;
              contacts: { name: string; phone: string; isPrimary: boolean }[];
            }[];
          };
        }>(
          'query ($f: TenantCompanyFilter) { tenantCompanies(filter: $f) { nodes { id status contacts { name phone isPrimary } } } }',
          {
            f: { parkId: site.park.id, search: name },
          },
        )
      ).tenantCompanies.nodes;
    expect(await find()).toEqual([]);

    await byTest(page, 'tenant-uscc').fill(uscc);
    await save(page, 'tenant-dialog');
    await expect.poll(async () => (await find()).length).toBe(1);
    expect((await find())[0]).toMatchObject({
      status: 'ONBOARDING',
      contacts: [{ name: '李娜', phone: '13912345678', isPrimary: true }],
    });

    // Contacts are edited inside the company: add one, make it the primary, remove none.
    await byTest(page, `tenant-edit-${uscc}`).click();
    await dialog(page, 'tenant-dialog');
    await expect.poll(() => byTest(page, 'contact-name-0').inputValue()).toBe('李娜');
    await byTest(page, 'contact-add').click();
    await byTest(page, 'contact-name-1').fill('周强');
    await byTest(page, 'contact-phone-1').fill('0512-66668888');
    await byTest(page, 'contact-primary-1').click();
    await shot(page, 'admin', '47-register-tenant-dialog');
    await save(page, 'tenant-dialog');
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    await expect
      .poll(async () => [...((await find())[0]?.contacts ?? [])].sort(byName))
      .toEqual(
        [
          { name: '李娜', phone: '13912345678', isPrimary: false },
          { name: '周强', phone: '0512-66668888', isPrimary: true },
        ].sort(byName),
      );

    await byTest(page, `tenant-move-out-${uscc}`).click();
    await confirm(page);
    await expect.poll(async () => (await find())[0]?.status).toBe('MOVED_OUT');
    await expect.poll(() => byTest(page, `tenant-move-out-${uscc}`).count()).toBe(0);
    await context.close();
  });

  it('shows the company dialog in English', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await openOnPark(context, 'hq.admin', site.park.id, 'tenants', { locale: 'en' });
    await byTest(page, 'tenant-add').click();
    const d = await dialog(page, 'tenant-dialog');
    await byTest(page, 'contact-add').click();
    expect(await d.textContent()).toContain('Credit code');
    expect(await d.locator('.el-form-item__error').count()).toBe(0); // nothing checked before saving
    expect(await d.textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    await shot(page, 'admin', '48-register-tenant-dialog-en');
    await context.close();
  });
});

describe('equipment ledger', () => {
  it('adds, edits, moves and retires a piece of equipment, each step in its history', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await openOnPark(context, 'hq.admin', site.park.id, 'equipment');
    await byTest(page, 'equipment-add').waitFor();
    const code = unique('EQ-REG-').toUpperCase();
    await byTest(page, 'equipment-add').click();
    await dialog(page, 'equipment-dialog');
    await byTest(page, 'equipment-code').fill(code);
    await byTest(page, 'equipment-name').fill('2#水泵');
    await pick(page, 'equipment-category', /^给排水$/);
    await cascade(page, 'equipment-place', ['测试楼', '2F'], true);
    await byTest(page, 'equipment-manufacturer').fill('格兰富');
    await shot(page, 'admin', '49-register-equipment-dialog');
    await save(page, 'equipment-dialog');
    await byTest(page, `equipment-edit-${code}`).waitFor();
    const read = async () => {
      const { equipmentByCode: e } = await hqApi<{
        equipmentByCode: {
          name: string;
          status: string;
          floor: { name: string } | null;
          history: { edges: { node: { kind: string } }[] };
        };
      }>(
        'query ($c: String!) { equipmentByCode(code: $c) { name status floor { name } history { edges { node { kind } } } } }',
        { c: code },
      );
      return { ...e, kinds: e.history.edges.map((x) => x.node.kind) };
    };
    expect(await read()).toMatchObject({ name: '2#水泵', status: 'RUNNING', floor: { name: '2F' } });

    await byTest(page, `equipment-edit-${code}`).click();
    await dialog(page, 'equipment-dialog');
    await expect.poll(() => byTest(page, 'equipment-name').inputValue()).toBe('2#水泵');
    await byTest(page, 'equipment-name').fill('2#生活水泵');
    await save(page, 'equipment-dialog');
    await expect.poll(async () => (await read()).name).toBe('2#生活水泵');

    await byTest(page, `equipment-move-${code}`).click();
    await dialog(page, 'equipment-dialog');
    await cascade(page, 'equipment-place', ['测试楼', '3F'], true);
    await byTest(page, 'equipment-note').fill('3 楼水泵房');
    await save(page, 'equipment-dialog');
    await expect.poll(async () => (await read()).floor?.name).toBe('3F');
    expect((await read()).kinds).toContain('MOVED');

    await byTest(page, `equipment-retire-${code}`).click();
    await confirm(page);
    await expect.poll(async () => (await read()).status).toBe('RETIRED');
    await expect.poll(() => byTest(page, `equipment-retire-${code}`).count()).toBe(0);
    await context.close();
  });
});

describe('maintenance plans', () => {
  it('edits a plan’s recurrence and checklist, then pauses it', async () => {
    const name = `水泵月保 ${unique('')}`;
    const due = new Date(Date.now() + 8 * 3600_000 + 5 * 86_400_000).toISOString().slice(0, 10);
    await hqApi(
      'mutation ($input: CreateMaintenancePlanInput!) { createMaintenancePlan(input: $input) { id } }',
      {
        input: {
          parkId: site.park.id,
          name,
          equipmentCategory: 'WATER_SUPPLY_DRAINAGE',
          workCategory: 'WATER',
          recurrenceUnit: 'MONTH',
          recurrenceInterval: 1,
          checklist: ['检查泵体'],
          firstDueOn: due,
        },
      },
    );
    const plan = async () =>
      (
        await hqApi<{
          maintenancePlans: {
            name: string;
            recurrenceInterval: number;
            checklist: string[];
            active: boolean;
          }[];
        }>('query ($p: ID!) { maintenancePlans(parkId: $p) { name recurrenceInterval checklist active } }', {
          p: site.park.id,
        })
      ).maintenancePlans.find((p) => p.name === name);
    const context = await newContext(browser, DESKTOP);
    const page = await openOnPark(context, 'hq.admin', site.park.id, 'maintenance');
    await byTest(page, `plan-edit-${name}`).click();
    await dialog(page, 'plan-edit-dialog');
    await fillNumber(page, 'plan-interval', 2);
    await byTest(page, 'checklist-add').click();
    await byTest(page, 'checklist-item-1').fill('紧固地脚螺栓');
    await shot(page, 'admin', '50-register-plan-dialog');
    await save(page, 'plan-edit-dialog');
    await expect.poll(async () => (await plan())?.recurrenceInterval).toBe(2);
    expect((await plan())?.checklist).toEqual(['检查泵体', '紧固地脚螺栓']);

    await byTest(page, `plan-active-${name}`).click();
    await expect.poll(async () => (await plan())?.active).toBe(false);
    await context.close();
  });
});

describe('users', () => {
  it('creates a staff user with roles and parks, edits them, and disables the user', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await openOnPark(context, 'hq.admin', site.park.id, 'users');
    const login = unique('reg.').toLowerCase();
    await byTest(page, 'create-user').click();
    await dialog(page, 'user-dialog');
    await byTest(page, 'new-user-login').fill(login);
    await byTest(page, 'new-user-name').fill('赵工');
    await byTest(page, 'user-phone').fill('13700001111');
    await pick(page, 'new-user-roles', /^工程$/);
    await page.keyboard.press('Escape');
    await byTest(page, 'new-user-password').fill('Start-pass-2026');
    await shot(page, 'admin', '51-register-user-dialog');
    await save(page, 'user-dialog');
    const user = async () =>
      (
        await hqApi<{
          users: {
            nodes: {
              id: string;
              displayName: string;
              status: string;
              roles: { key: string }[];
              parks: { id: string }[];
            }[];
          };
        }>(
          'query ($s: String!) { users(filter: { search: $s }) { nodes { id displayName status roles { key } parks { id } } } }',
          {
            s: login,
          },
        )
      ).users.nodes[0];
    await expect.poll(async () => (await user())?.displayName).toBe('赵工');
    expect((await user())?.roles.map((r) => r.key)).toEqual(['engineering']);
    expect((await user())?.parks.map((p) => p.id)).toEqual([site.park.id]);

    await byTest(page, `edit-${login}`).click();
    await dialog(page, 'user-dialog');
    await expect.poll(() => byTest(page, 'new-user-name').inputValue()).toBe('赵工');
    await byTest(page, 'new-user-name').fill('赵建国');
    await pick(page, 'new-user-roles', /^品质$/);
    await page.keyboard.press('Escape');
    await save(page, 'user-dialog');
    await expect.poll(async () => (await user())?.displayName).toBe('赵建国');
    expect((await user())?.roles.map((r) => r.key).sort()).toEqual(['engineering', 'quality']);

    await byTest(page, `toggle-${login}`).click();
    await confirm(page);
    await expect.poll(async () => (await user())?.status).toBe('DISABLED');
    await context.close();
  });
});
