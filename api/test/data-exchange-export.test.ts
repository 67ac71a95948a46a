import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from './auth-helpers.js';
import { createBuilding, createPark, createTenant, createUnit, demoSite } from './factories.js';
import { type Session, startTestApp, type TestApp } from './test-app.js';

/**
 * Exports (SPEC §3.9, issue 16): `exportList` checks the list's read permission and the filter,
 * and gives a link; the link streams every row the filter selects, as the caller may see them.
 */
let t: TestApp;
let parkId: string;
beforeAll(async () => {
  t = await startTestApp();
  ({ parkId } = await demoSite(t));
});
afterAll(() => t.close());

const EXPORT = `mutation ($input: ExportListInput!) { exportList(input: $input) { url rowCount expiresAt } }`;

async function link(s: Session, input: Record<string, unknown>) {
  return s.gql<{ exportList: { url: string; rowCount: number } }>(EXPORT, { input });
}

async function download(s: Session, input: Record<string, unknown>) {
  const answer = await link(s, input);
  expect(answer.errors?.[0]?.message).toBeUndefined();
  const res = await fetch(`${t.url}${answer.data!.exportList.url}`);
  expect(res.status).toBe(200);
  return { res, rowCount: answer.data!.exportList.rowCount, bytes: Buffer.from(await res.arrayBuffer()) };
}

async function sheetRows(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

const csvLines = (bytes: Buffer) =>
  bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

describe('exporting units', () => {
  it('writes every unit the filter selects, with Chinese headers, areas and park-time dates', async () => {
    const filter = { parkId, statuses: ['VACANT', 'LEASED'] };
    const [{ n }] = (await t.sql<{ n: number }>(
      `select count(*)::int as n from unit where park_id = $1 and status in ('VACANT', 'LEASED')`,
      [parkId],
    )) as [{ n: number }];
    expect(n).toBeGreaterThan(50);
    const { res, rowCount, bytes } = await download(t, {
      list: 'units',
      format: 'XLSX',
      filter: JSON.stringify(filter),
    });
    expect(rowCount).toBe(n);
    expect(res.headers.get('x-total-rows')).toBe(String(n));
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toMatch(
      /filename\*=UTF-8''%E6%88%BF%E6%BA%90-\d{8}-\d{4}\.xlsx/,
    );
    const rows = await sheetRows(bytes);
    expect(rows[0]).toEqual([
      '园区',
      '楼宇',
      '楼层',
      '房号',
      '类型',
      '状态',
      '建筑面积(m²)',
      '使用面积(m²)',
      '租户',
      '创建时间',
    ]);
    expect(rows).toHaveLength(n + 1);
    const statuses = new Set(rows.slice(1).map((r) => r[5]));
    expect([...statuses].sort()).toEqual(['已租', '空置']);
    // The first data row is the first unit by code, as the list sorts it.
    const [first] = await t.sql<{ code: string; gross_area: string; created_at: Date }>(
      `select code, gross_area, created_at from unit where park_id = $1 and status in ('VACANT', 'LEASED')
       order by code, id limit 1`,
      [parkId],
    );
    expect(rows[1]![3]).toBe(first!.code);
    expect(rows[1]![6]).toBe(Number(first!.gross_area));
    // Park time (Asia/Shanghai, UTC+8) as the cell's wall clock.
    const cellTime = rows[1]![9] as Date;
    const wallMinute = Math.floor((first!.created_at.getTime() + 8 * 3600_000) / 60_000) * 60_000;
    expect(cellTime.getTime()).toBe(wallMinute);
  });

  it('writes CSV in English with two-decimal areas, and honours a search', async () => {
    const site = await createBuilding(t, parkId);
    const floorId = site.floors.find((f) => f.level === 1)!.id;
    const a = await createUnit(t, floorId, { code: 'EXP-1', grossArea: 100.5, usableArea: 80 });
    await createUnit(t, floorId, { code: 'EXP-2', grossArea: 99, usableArea: 90 });
    const { bytes } = await download(t, {
      list: 'units',
      format: 'CSV',
      language: 'EN',
      filter: JSON.stringify({ parkId, search: 'EXP-' }),
    });
    const lines = csvLines(bytes);
    expect(lines[0]).toBe(
      'Park,Building,Floor,Unit,Type,Status,Gross area (m²),Usable area (m²),Tenant,Created',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`,${a.code},Office,Vacant,100.50,80.00,,`);
    expect(lines[1]).toMatch(/,\d{4}-\d\d-\d\d \d\d:\d\d$/);
  });

  it('shows a staff member only the units of their parks', async () => {
    const other = await createPark(t);
    const building = await createBuilding(t, other.id);
    await createUnit(t, building.floors[0]!.id, { code: 'FOREIGN-1' });
    const manager = await t.as('park.manager');
    const { bytes } = await download(manager, { list: 'units', format: 'CSV' });
    const lines = csvLines(bytes);
    const [{ n }] = (await t.sql<{ n: number }>('select count(*)::int as n from unit where park_id = $1', [
      parkId,
    ])) as [{ n: number }];
    expect(lines).toHaveLength(n + 1);
    expect(lines.some((l) => l.includes('FOREIGN-1'))).toBe(false);
    // A tenant's user: their company's units only.
    const tenant = await download(await t.as('tenant.admin'), { list: 'units', format: 'CSV' });
    const [own] = await t.sql<{ n: number; code: string }>(
      `select count(*)::int as n, min(u.code) as code from unit u join app_user a on a.tenant_id = u.tenant_id
       where a.login = 'tenant.admin'`,
    );
    expect(own!.n).toBeGreaterThan(0);
    expect(csvLines(tenant.bytes)).toHaveLength(own!.n + 1);
    expect(csvLines(tenant.bytes)[1]).toContain(own!.code);
    // hq.admin sees both parks.
    const all = await download(t, { list: 'units', format: 'CSV' });
    expect(csvLines(all.bytes).some((l) => l.includes('FOREIGN-1'))).toBe(true);
  });

  it('refuses a caller without the list’s permission, a bad filter, an unknown list and a forged link', async () => {
    const cleaner = await t.as('cleaner');
    const denied = await link(cleaner, { list: 'equipment', format: 'XLSX' });
    expect(codeOf(denied)).toBe('FORBIDDEN');
    const badEnum = await link(t, { list: 'units', format: 'XLSX', filter: '{"statuses":["GONE"]}' });
    expect(codeOf(badEnum)).toBe('BAD_USER_INPUT');
    expect(badEnum.errors?.[0]?.extensions?.field).toBe('input.filter.statuses.0');
    const badRule = await link(t, { list: 'units', format: 'XLSX', filter: '{"search":""}' });
    expect(badRule.errors?.[0]?.extensions?.field).toBe('input.filter.search');
    const unknown = await link(t, { list: 'nothing', format: 'CSV' });
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    const ok = await link(t, { list: 'units', format: 'CSV' });
    const url = ok.data!.exportList.url;
    const forged = await fetch(`${t.url}${url.slice(0, -3)}abc`);
    expect(forged.status).toBe(403);
  });

  it('stops reading and frees the connection when the client goes away', async () => {
    const site = await createBuilding(t, parkId, { floorsAbove: 1, floorsBelow: 0 });
    await t.sql(
      `insert into unit (id, created_at, updated_at, park_id, building_id, floor_id, code, type, status, gross_area, usable_area)
       select gen_random_uuid(), now(), now(), $1, $2, $3, 'BULK-' || i, 'OFFICE', 'VACANT', 50, 40
       from generate_series(1, 30000) i`,
      [parkId, site.id, site.floors[0]!.id],
    );
    const ok = await link(t, {
      list: 'units',
      format: 'XLSX',
      filter: JSON.stringify({ buildingId: site.id }),
    });
    const controller = new AbortController();
    const res = await fetch(`${t.url}${ok.data!.exportList.url}`, { signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read();
    controller.abort();
    let busy = -1;
    for (let i = 0; i < 50 && busy !== 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const [row] = await t.sql<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
         where datname = current_database() and usename = 'park_app' and state <> 'idle'`,
      );
      busy = row!.n;
    }
    expect(busy).toBe(0);
    // The pool is whole: as many parallel requests as it has connections all answer.
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.gql<{ park: { id: string } }>('query ($id: ID!) { park(id: $id) { id } }', { id: parkId }),
      ),
    );
    expect(answers.every((a) => a.data?.park?.id === parkId)).toBe(true);
  });

  it.each([
    ['equipment', 'equipment', '设备编号'],
    ['tenantCompanies', 'tenant_company', '统一社会信用代码'],
    ['users', 'app_user', '登录名'],
    ['workOrders', 'work_order', '工单号'],
    ['auditLog', 'audit_log', '操作'],
  ])('exports every row of %s', async (list, table, header) => {
    const before = (await t.sql<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;
    const { res, bytes, rowCount } = await download(t, { list, format: 'XLSX' });
    const rows = await sheetRows(bytes);
    expect(rows[0]).toContain(header);
    // The download counts again: the audit log has grown by the exportList entry since the link.
    expect(rows.length - 1).toBe(Number(res.headers.get('x-total-rows')));
    expect(rowCount).toBeGreaterThanOrEqual(before);
    expect(rowCount).toBeGreaterThan(0);
  });

  it('exports a park’s maintenance plans, which the list takes by park', async () => {
    const [{ n }] = (await t.sql<{ n: number }>(
      'select count(*)::int as n from maintenance_plan where park_id = $1',
      [parkId],
    )) as [{ n: number }];
    const { bytes } = await download(t, { list: 'maintenancePlans', format: 'CSV', parkId });
    const lines = csvLines(bytes);
    expect(lines[0]).toBe('计划名称,设备,周期,接单人,宽限天数,下次到期,启用,法定,依据,检查项');
    // The seeded plans name nobody: automatic dispatch.
    expect(lines[1]!.split(',')[3]).toBe('自动派单');
    expect(lines).toHaveLength(n + 1);
    const missing = await link(t, { list: 'maintenancePlans', format: 'CSV' });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
  });
});
