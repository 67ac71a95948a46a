import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSite, uniqueUscc } from './factories.js';
import { type Session, startTestApp, type TestApp } from './test-app.js';

/**
 * Imports (issue 16): a dry run reports every bad row by row and column and writes nothing; an
 * apply writes all rows or none, once, whatever the number of parallel attempts.
 */
let t: TestApp;
let parkId: string;
let building: { code: string; level: number };
beforeAll(async () => {
  t = await startTestApp();
  ({ parkId } = await demoSite(t));
  const [row] = await t.sql<{ code: string; level: number }>(
    `select b.code, f.level from building b join floor f on f.building_id = b.id
     where b.park_id = $1 order by b.code, f.level limit 1`,
    [parkId],
  );
  building = row!;
});
afterAll(() => t.close());

async function xlsx(headers: string[], rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('data');
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type Report = {
  ok: boolean;
  applied: boolean;
  rows: number;
  errors: { row: number; column: string; message: string }[];
};

async function send(
  s: Session,
  register: string,
  mode: 'dry-run' | 'apply',
  body: Buffer,
  lang = 'zh-CN',
): Promise<{ status: number; report: Report }> {
  const res = await fetch(`${t.url}/imports/${register}?mode=${mode}&parkId=${parkId}&lang=${lang}`, {
    method: 'POST',
    headers: { authorization: s.authorization!, 'content-type': 'application/octet-stream' },
    body,
  });
  return { status: res.status, report: (await res.json()) as Report };
}

const UNIT_HEADERS = [
  '楼宇编号',
  '楼层',
  '房号',
  '类型',
  '状态',
  '建筑面积(m²)',
  '使用面积(m²)',
  '租户统一社会信用代码',
];
const unitCount = async () =>
  (await t.sql<{ n: number }>('select count(*)::int as n from unit where park_id = $1', [parkId]))[0]!.n;

describe('importing units', () => {
  it('offers a template with the register’s headers and an example row', async () => {
    const res = await fetch(`${t.url}/imports/units/template?lang=en`, {
      headers: { authorization: t.authorization! },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('units-template.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Building code *',
      'Floor *',
      'Unit *',
      'Type *',
      'Status',
      'Gross area (m²) *',
      'Usable area (m²) *',
      'Tenant credit code',
    ]);
    expect(sheet.getRow(2).getCell(3).value).toBe('A1-0301');
  });

  it('reports every bad row by row and column in a dry run, and writes nothing', async () => {
    const [existing] = await t.sql<{ code: string }>(
      `select u.code from unit u join building b on b.id = u.building_id where b.park_id = $1 and b.code = $2 limit 1`,
      [parkId, building.code],
    );
    const before = await unitCount();
    const file = await xlsx(UNIT_HEADERS, [
      [building.code, building.level, 'IMP-OK-1', '办公', '空置', 100, 80, null],
      ['NOPE', 1, 'IMP-BAD-1', '办公', null, 100, 80, null],
      [building.code, building.level, 'IMP-BAD-2', '宿舍', null, 100, 80, null],
      [building.code, building.level, 'IMP-BAD-3', 'Office', null, -5, 80, null],
      [building.code, building.level, existing!.code, '办公', null, 100, 80, null],
      [building.code, building.level, 'IMP-BAD-5', '办公', '已租', 100, 80, null],
    ]);
    const { status, report } = await send(t, 'units', 'dry-run', file);
    expect(status).toBe(200);
    expect(report.ok).toBe(false);
    expect(report.applied).toBe(false);
    expect(report.rows).toBe(6);
    const at = (row: number) => report.errors.filter((e) => e.row === row);
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual([{ row: 3, column: '楼宇编号', message: '园区内没有此楼宇' }]);
    expect(at(4)).toEqual([
      { row: 4, column: '类型', message: expect.stringContaining('应为以下之一：办公') },
    ]);
    expect(at(5)).toEqual([{ row: 5, column: '建筑面积(m²)', message: '不能小于 0.01' }]);
    expect(at(6)).toEqual([{ row: 6, column: '房号', message: expect.any(String) }]);
    expect(at(7)).toHaveLength(1); // leased without a tenant: the service's own rule
    expect(await unitCount()).toBe(before);
    // In English, the same report in English.
    const english = await send(t, 'units', 'dry-run', file, 'en');
    expect(english.report.errors.find((e) => e.row === 3)).toEqual({
      row: 3,
      column: 'Building code',
      message: 'no such building in the park',
    });
  });

  it('applies all rows or none', async () => {
    const before = await unitCount();
    const bad = await xlsx(UNIT_HEADERS, [
      [building.code, building.level, 'IMP-ALL-1', '办公', null, 100, 80, null],
      [building.code, building.level, 'IMP-ALL-2', '办公', null, 'many', 80, null],
    ]);
    const refused = await send(t, 'units', 'apply', bad);
    expect(refused.report).toMatchObject({ ok: false, applied: false });
    expect(refused.report.errors).toEqual([{ row: 3, column: '建筑面积(m²)', message: '应为数字' }]);
    expect(await unitCount()).toBe(before);

    const good = await xlsx(UNIT_HEADERS, [
      [building.code, building.level, 'IMP-ALL-1', '办公', null, 100.25, 80, null],
      [building.code, building.level, 'IMP-ALL-2', 'Laboratory', 'Vacant', 60, 50, null],
    ]);
    const applied = await send(t, 'units', 'apply', good);
    expect(applied.report).toEqual({ ok: true, applied: true, rows: 2, errors: [] });
    expect(await unitCount()).toBe(before + 2);
    const rows = await t.sql<{ code: string; type: string; gross_area: string }>(
      `select code, type, gross_area from unit where code like 'IMP-ALL-%' order by code`,
    );
    expect(rows).toEqual([
      { code: 'IMP-ALL-1', type: 'OFFICE', gross_area: '100.25' },
      { code: 'IMP-ALL-2', type: 'LAB', gross_area: '60.00' },
    ]);
    const [audit] = await t.sql<{ outcome: string }>(
      `select outcome from audit_log where operation = 'import:units' order by seq desc limit 1`,
    );
    expect(audit?.outcome).toBe('OK');
    // The same file again: every row is now a duplicate, and nothing more is written.
    const again = await send(t, 'units', 'apply', good);
    expect(again.report.ok).toBe(false);
    expect(again.report.errors.map((e) => [e.row, e.column])).toEqual([
      [2, '房号'],
      [3, '房号'],
    ]);
    expect(await unitCount()).toBe(before + 2);
  });

  it('writes a file once under 50 parallel applies', async () => {
    const before = await unitCount();
    const file = await xlsx(UNIT_HEADERS, [
      [building.code, building.level, 'IMP-RACE-1', '办公', null, 100, 80, null],
      [building.code, building.level, 'IMP-RACE-2', '办公', null, 100, 80, null],
      [building.code, building.level, 'IMP-RACE-3', '办公', null, 100, 80, null],
    ]);
    const results = await Promise.all(Array.from({ length: 50 }, () => send(t, 'units', 'apply', file)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => r.report.applied)).toHaveLength(1);
    expect(await unitCount()).toBe(before + 3);
  });

  it('refuses a caller without the register’s manage permission, and a file that is not XLSX', async () => {
    const file = await xlsx(UNIT_HEADERS, [
      [building.code, building.level, 'IMP-X-1', '办公', null, 100, 80, null],
    ]);
    const cleaner = await t.as('cleaner');
    expect((await send(cleaner, 'units', 'dry-run', file)).status).toBe(403);
    const anonymous = await fetch(`${t.url}/imports/units?mode=dry-run&parkId=${parkId}`, {
      method: 'POST',
      body: file,
    });
    expect(anonymous.status).toBe(401);
    const junk = await send(t, 'units', 'dry-run', Buffer.from('not a spreadsheet'));
    expect(junk.report.errors).toEqual([{ row: 1, column: '', message: '不是有效的 XLSX 文件' }]);
    const missing = await send(t, 'units', 'dry-run', await xlsx(['房号'], [['X']]));
    expect(missing.report.errors.map((e) => e.column)).toContain('楼宇编号');
  });
});

describe('importing the other registers', () => {
  it('imports tenant companies, checking the credit code', async () => {
    const headers = ['企业名称', '统一社会信用代码', '行业代码', '状态', '联系人', '联系电话', '入驻日期'];
    const good = uniqueUscc();
    const bad = `${good.slice(0, 17)}${good.at(-1) === '0' ? '1' : '0'}`;
    const file = await xlsx(headers, [
      ['苏州导入测试一有限公司', good, 'I65', '在驻', '王敏', '13812345678', '2026-01-15'],
      ['苏州导入测试二有限公司', bad, 'I65', null, '李雷', '13812345679', '2026-13-01'],
    ]);
    const dry = await send(t, 'tenantCompanies', 'dry-run', file);
    expect(dry.report.errors.map((e) => [e.row, e.column])).toEqual([[3, '入驻日期']]);
    const fixed = await xlsx(headers, [
      ['苏州导入测试一有限公司', good, 'I65', '在驻', '王敏', '13812345678', '2026-01-15'],
      ['苏州导入测试二有限公司', bad, 'I65', null, '李雷', '13812345679', null],
    ]);
    const dry2 = await send(t, 'tenantCompanies', 'dry-run', fixed);
    expect(dry2.report.errors).toEqual([
      { row: 3, column: '统一社会信用代码', message: '统一社会信用代码校验位不正确' },
    ]);
    const ok = await xlsx(headers, [
      ['苏州导入测试一有限公司', good, 'I65', '在驻', '王敏', '13812345678', '2026-01-15'],
    ]);
    expect((await send(t, 'tenantCompanies', 'apply', ok)).report.applied).toBe(true);
    const [row] = await t.sql<{ status: string; move_in_date: string }>(
      `select status, move_in_date::text from tenant_company where uscc = $1`,
      [good],
    );
    expect(row).toEqual({ status: 'ACTIVE', move_in_date: '2026-01-15' });
  });

  it('imports equipment placed by building and floor', async () => {
    const headers = ['设备编号', '名称', '类别', '楼宇编号', '楼层', '安装日期'];
    const file = await xlsx(headers, [
      ['IMP-EQ-001', '导入水泵', '给排水', building.code, building.level, '2024-05-01'],
      ['imp eq bad', '坏编号', '电梯', building.code, 99, null],
    ]);
    const dry = await send(t, 'equipment', 'dry-run', file);
    expect(dry.report.errors.map((e) => [e.row, e.column])).toEqual([[3, '楼层']]);
    const ok = await xlsx(headers, [
      ['IMP-EQ-001', '导入水泵', '给排水', building.code, building.level, '2024-05-01'],
    ]);
    expect((await send(t, 'equipment', 'apply', ok)).report.applied).toBe(true);
    const [row] = await t.sql<{ category: string; install_date: string }>(
      `select category, install_date::text from equipment where code = 'IMP-EQ-001'`,
    );
    expect(row).toEqual({ category: 'WATER_SUPPLY_DRAINAGE', install_date: '2024-05-01' });
  });

  it('imports staff users with their roles', async () => {
    const headers = ['登录名', '姓名', '类型', '角色', '初始密码'];
    const file = await xlsx(headers, [
      ['imp.user1', '导入一', '园区员工', '客服', 'Import-2026-pass'],
      ['imp.user2', '导入二', '园区员工', '不存在的角色', 'short'],
    ]);
    const dry = await send(t, 'users', 'dry-run', file);
    expect(dry.report.errors.map((e) => [e.row, e.column])).toEqual([[3, '角色']]);
    const ok = await xlsx(headers, [['imp.user1', '导入一', '园区员工', '客服', 'Import-2026-pass']]);
    const applied = await send(t, 'users', 'apply', ok);
    expect(applied.report).toMatchObject({ ok: true, applied: true });
    const [row] = await t.sql<{ kind: string; parks: number }>(
      `select kind, (select count(*)::int from user_park where user_id = u.id) as parks from app_user u where login = 'imp.user1'`,
    );
    expect(row).toEqual({ kind: 'STAFF', parks: 1 });
  });
});
