import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../api.ts';
import { byTest, DESKTOP, launchBrowser, newContext, PHONE, shot } from '../browser.js';
import { createSite, type Site, unique } from '../factories.ts';
import {
  cascade,
  closeRefusal,
  confirm,
  dialog,
  fieldError,
  fillNumber,
  openOnPark,
  refusal,
  save,
} from './registers.ts';

/** Create, edit and retire parks, buildings, floors and units through the console's dialogs. */
let browser: Browser;
let site: Site;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await createSite();
});
afterAll(() => browser?.close());

type ParkView = {
  park: {
    name: string;
    retiredAt: string | null;
    buildings: {
      id: string;
      name: string;
      retiredAt: string | null;
      floors: { name: string; retiredAt: string | null }[];
    }[];
  };
};
const parkView = (id: string) =>
  api<ParkView>(
    'query ($id: ID!) { park(id: $id) { name retiredAt buildings { id name retiredAt floors { name retiredAt } } } }',
    { id },
    site.hq,
  );

describe('asset tree', () => {
  it('adds, edits and retires a park, a building and a floor; refuses to retire a building in use', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await openOnPark(context, 'hq.admin', site.park.id, 'assets');
    await byTest(page, 'building-actions').waitFor();

    // The site's building has a leased unit: the API refuses and the console says why.
    await byTest(page, 'building-retire').click();
    await confirm(page);
    expect(await refusal(page)).toContain('楼宇内仍有在用房源');
    await shot(page, 'admin', '40-register-retire-refused');
    await closeRefusal(page);
    expect((await parkView(site.park.id)).park.buildings[0]!.retiredAt).toBeNull();

    // A new park.
    const code = unique('NP-').toUpperCase();
    await byTest(page, 'park-add').click();
    await dialog(page, 'park-dialog');
    await byTest(page, 'park-code').fill(code);
    await byTest(page, 'park-name').fill(`新园区 ${code}`);
    await byTest(page, 'park-city').fill('无锡');
    await byTest(page, 'park-address').fill('太湖大道 8 号');
    await fillNumber(page, 'park-land-area', 120000);
    await shot(page, 'admin', '41-register-park-dialog');
    await save(page, 'park-dialog');
    const { parks } = await api<{ parks: { nodes: { id: string; name: string; landArea: number }[] } }>(
      'query ($s: String!) { parks(filter: { search: $s }) { nodes { id name landArea } } }',
      { s: code },
      site.hq,
    );
    expect(parks.nodes).toEqual([{ id: expect.any(String), name: `新园区 ${code}`, landArea: 120000 }]);
    const parkId = parks.nodes[0]!.id;
    // The console switched to it.
    await expect.poll(() => byTest(page, 'park-switcher').textContent()).toContain(`新园区 ${code}`);

    await byTest(page, 'park-edit').click();
    await dialog(page, 'park-dialog');
    await expect.poll(() => byTest(page, 'park-code').inputValue()).toBe(code);
    await byTest(page, 'park-name').fill(`无锡新园区 ${code}`);
    await save(page, 'park-dialog');
    await expect.poll(async () => (await parkView(parkId)).park.name).toBe(`无锡新园区 ${code}`);

    // A building with two storeys, then a third added by hand.
    await byTest(page, 'building-add').click();
    await dialog(page, 'building-dialog');
    await byTest(page, 'building-code').fill('N1');
    await byTest(page, 'building-name').fill('研发楼');
    await fillNumber(page, 'building-floors-above', 2);
    await fillNumber(page, 'building-gross-area', 6000);
    await shot(page, 'admin', '42-register-building-dialog');
    await save(page, 'building-dialog');
    await byTest(page, 'floor-2F').waitFor();
    await byTest(page, 'floor-add').click();
    await dialog(page, 'floor-dialog');
    await fillNumber(page, 'floor-level', 3);
    await fillNumber(page, 'floor-gross-area', 2000);
    await save(page, 'floor-dialog');
    await byTest(page, 'floor-3F').waitFor();
    let view = await parkView(parkId);
    expect(view.park.buildings.map((b) => b.name)).toEqual(['研发楼']);
    expect(view.park.buildings[0]!.floors.map((f) => f.name).sort()).toEqual(['1F', '2F', '3F']);

    await byTest(page, 'building-edit').click();
    await dialog(page, 'building-dialog');
    await byTest(page, 'building-name').fill('研发一号楼');
    await save(page, 'building-dialog');
    await expect.poll(async () => (await parkView(parkId)).park.buildings[0]!.name).toBe('研发一号楼');

    await byTest(page, 'floor-edit-3F').click();
    await dialog(page, 'floor-dialog');
    await byTest(page, 'floor-name').fill('3F 屋面层');
    await save(page, 'floor-dialog');
    await byTest(page, 'floor-3F 屋面层').waitFor();

    // Retire the floor, then the building, then the park.
    await byTest(page, 'floor-retire-3F 屋面层').click();
    await confirm(page);
    await expect
      .poll(
        async () =>
          (await parkView(parkId)).park.buildings[0]!.floors.find((f) => f.name === '3F 屋面层')?.retiredAt,
      )
      .not.toBeNull();
    await expect.poll(() => byTest(page, 'floor-retire-3F 屋面层').count()).toBe(0);
    await byTest(page, 'building-retire').click();
    await confirm(page);
    await expect.poll(async () => (await parkView(parkId)).park.buildings[0]!.retiredAt).not.toBeNull();
    view = await parkView(parkId);
    expect(view.park.buildings[0]!.floors.every((f) => f.retiredAt !== null)).toBe(true);
    await byTest(page, 'park-retire').click();
    await confirm(page);
    await byTest(page, 'park-retired').waitFor();
    expect((await parkView(parkId)).park.retiredAt).not.toBeNull();
    await shot(page, 'admin', '43-register-park-retired');
    await context.close();
  });
});

type UnitRow = { code: string; grossArea: number; retiredAt: string | null };
const units = async (search: string) =>
  (
    await api<{ units: { nodes: UnitRow[] } }>(
      'query ($f: UnitFilter) { units(filter: $f) { nodes { code grossArea retiredAt } } }',
      { f: { parkId: site.park.id, search } },
      site.hq,
    )
  ).units.nodes;

describe('units list', () => {
  it('adds, edits and retires a unit; refuses a leased one and a taken code, on the field', async () => {
    const hq = await newContext(browser, DESKTOP);
    const p = await openOnPark(hq, 'hq.admin', site.park.id, 'units');
    await p.locator('[data-test-id="unit-table"] .el-table__row').first().waitFor();

    // A code the building already has: the API's CONFLICT lands on the code field.
    await byTest(p, 'unit-add').click();
    await dialog(p, 'unit-dialog');
    await cascade(p, 'unit-place', ['测试楼', '2F']);
    await byTest(p, 'unit-code').fill(site.unit.code);
    await fillNumber(p, 'unit-gross-area', 120);
    await fillNumber(p, 'unit-usable-area', 100);
    await byTest(p, 'unit-dialog-submit').click();
    await expect.poll(() => fieldError(p, 'unit-code').textContent()).toContain('该记录已存在');
    await shot(p, 'admin', '44-register-unit-field-error');
    expect(await units(site.unit.code)).toHaveLength(1);

    await byTest(p, 'unit-code').fill('T1-0202');
    await save(p, 'unit-dialog');
    await byTest(p, 'unit-edit-T1-0202').waitFor();
    expect(await units('T1-0202')).toEqual([{ code: 'T1-0202', grossArea: 120, retiredAt: null }]);

    await byTest(p, 'unit-edit-T1-0202').click();
    await dialog(p, 'unit-dialog');
    await expect.poll(() => byTest(p, 'unit-code').inputValue()).toBe('T1-0202');
    await fillNumber(p, 'unit-gross-area', 150);
    await save(p, 'unit-dialog');
    await expect.poll(async () => (await units('T1-0202'))[0]?.grossArea).toBe(150);

    await byTest(p, 'unit-retire-T1-0202').click();
    await confirm(p);
    await expect.poll(async () => (await units('T1-0202'))[0]?.retiredAt).not.toBeNull();
    await expect.poll(() => byTest(p, 'unit-retired').count()).toBe(1);

    await byTest(p, `unit-retire-${site.unit.code}`).click();
    await confirm(p);
    expect(await refusal(p)).toContain('房源已出租或预订');
    await closeRefusal(p);
    expect((await units(site.unit.code))[0]?.retiredAt).toBeNull();
    await hq.close();
  });

  it('fits the unit dialog on a phone', async () => {
    const context = await newContext(browser, PHONE);
    const page = await openOnPark(context, 'hq.admin', site.park.id, 'units');
    await byTest(page, 'unit-add').click();
    const d = await dialog(page, 'unit-dialog');
    const box = await d.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    await shot(page, 'admin', '45-register-unit-dialog-phone');
    await context.close();
  });
});
