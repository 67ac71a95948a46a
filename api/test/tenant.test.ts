import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPark, createSite, createTenant, createUnit, unique, uniqueUscc } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const create = `mutation ($input: CreateTenantCompanyInput!) { createTenantCompany(input: $input) { id name uscc industry { code name section sectionName } contacts { name phone isPrimary } } }`;

describe('tenant companies', () => {
  it('registers a company with contacts; the first becomes primary when none is marked', async () => {
    const park = await createPark(t);
    const uscc = uniqueUscc();
    const data = await t.gqlOk<{
      createTenantCompany: {
        uscc: string;
        industry: { code: string; section: string; sectionName: string };
        contacts: { name: string; isPrimary: boolean }[];
      };
    }>(create, {
      input: {
        parkId: park.id,
        name: '苏州测微精密仪器有限公司',
        uscc: uscc.toLowerCase(),
        industryCode: 'c40',
        contacts: [
          { name: '李娜', phone: '0512-62881234' },
          { name: '陈伟', phone: '13962112345', email: 'cw@example.cn' },
        ],
      },
    });
    expect(data.createTenantCompany.uscc).toBe(uscc);
    expect(data.createTenantCompany.industry).toMatchObject({
      code: 'C40',
      section: 'C',
      sectionName: '制造业',
    });
    expect(data.createTenantCompany.contacts.map((c) => [c.name, c.isPrimary])).toEqual([
      ['李娜', true],
      ['陈伟', false],
    ]);
  });

  it('refuses a credit code with a wrong check digit, naming input.uscc, and writes nothing', async () => {
    const park = await createPark(t);
    const good = uniqueUscc();
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const res = await t.gql(create, {
      input: { parkId: park.id, name: '苏州错码科技有限公司', uscc: bad, industryCode: 'I65' },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.uscc',
      domainCode: 'USCC_CHECK_DIGIT',
    });
    expect(await t.sql('select 1 from tenant_company where park_id = $1', [park.id])).toEqual([]);
  });

  it('names the failing field of bad contacts and industries', async () => {
    const park = await createPark(t);
    const base = { parkId: park.id, name: '苏州校验科技有限公司', uscc: uniqueUscc(), industryCode: 'I65' };
    const cases: [Record<string, unknown>, string][] = [
      [{ contacts: [{ name: '张三', phone: '12345' }] }, 'input.contacts.0.phone'],
      [{ contacts: [{ name: '张三', phone: '13800000000', email: 'not-mail' }] }, 'input.contacts.0.email'],
      [
        {
          contacts: [
            { name: 'A', phone: '13800000000', isPrimary: true },
            { name: 'B', phone: '13800000001', isPrimary: true },
          ],
        },
        'input.contacts',
      ],
      [{ industryCode: 'Z99' }, 'input.industryCode'],
      [{ website: 'ftp://x' }, 'input.website'],
      [{ name: 'x' }, 'input.name'],
    ];
    for (const [overrides, field] of cases) {
      const res = await t.gql(create, { input: { ...base, ...overrides } });
      expect(res.errors?.[0]?.extensions, JSON.stringify(overrides)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    expect(await t.sql('select 1 from tenant_company where park_id = $1', [park.id])).toEqual([]);
  });

  it('refuses the same credit code twice in a park, also when both arrive at once', async () => {
    const park = await createPark(t);
    const uscc = uniqueUscc();
    const results = await Promise.all(
      ['苏州甲科技有限公司', '苏州乙科技有限公司'].map((name) =>
        t.gql(create, { input: { parkId: park.id, name, uscc, industryCode: 'I65' } }),
      ),
    );
    expect(results.map((r) => (r.errors ? r.errors[0]!.extensions!.code : 'OK')).sort()).toEqual([
      'CONFLICT',
      'OK',
    ]);
  });

  it('replaces contacts on update and lists the company units', async () => {
    const { tenant, floor } = await createSite(t);
    const unit = await createUnit(t, floor.id, {
      status: 'LEASED',
      tenantId: tenant.id,
      grossArea: 321.5,
      usableArea: 300,
    });
    const data = await t.gqlOk<{
      updateTenantCompany: {
        contacts: { name: string; isPrimary: boolean }[];
        units: { id: string }[];
        occupiedArea: number;
      };
    }>(
      `mutation ($id: ID!) { updateTenantCompany(id: $id, input: { contacts: [{ name: "赵磊", phone: "13700001111" }, { name: "孙丽", phone: "13700002222", isPrimary: true }] }) {
         contacts { name isPrimary } units { id } occupiedArea } }`,
      { id: tenant.id },
    );
    expect(data.updateTenantCompany.contacts).toEqual([
      { name: '孙丽', isPrimary: true },
      { name: '赵磊', isPrimary: false },
    ]);
    expect(data.updateTenantCompany.units).toEqual([{ id: unit.id }]);
    expect(data.updateTenantCompany.occupiedArea).toBe(321.5);
  });

  it('will not move out a company that still occupies units', async () => {
    const { tenant, floor } = await createSite(t);
    await createUnit(t, floor.id, { status: 'LEASED', tenantId: tenant.id });
    const res = await t.gql(
      'mutation ($id: ID!) { updateTenantCompany(id: $id, input: { status: MOVED_OUT }) { status } }',
      { id: tenant.id },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      domainCode: 'TENANT_STILL_OCCUPIES_UNITS',
    });
  });

  it('filters by industry section or division, status and search', async () => {
    const park = await createPark(t);
    await createTenant(t, park.id, { industryCode: 'C39', name: '苏州芯测电子有限公司' });
    await createTenant(t, park.id, { industryCode: 'C27', name: '苏州康源医药有限公司' });
    await createTenant(t, park.id, { industryCode: 'I65', name: '苏州云帆软件有限公司' });
    const q = `query ($f: TenantCompanyFilter) { tenantCompanies(first: 50, filter: $f) { totalCount nodes { name } } }`;
    const byCount = async (f: Record<string, unknown>) =>
      (await t.gqlOk<{ tenantCompanies: { totalCount: number } }>(q, { f: { parkId: park.id, ...f } }))
        .tenantCompanies.totalCount;
    expect(await byCount({ industryCodes: ['C'] })).toBe(2);
    expect(await byCount({ industryCodes: ['C39', 'I65'] })).toBe(2);
    expect(await byCount({ search: '医药' })).toBe(1);
    expect(await byCount({ statuses: ['MOVED_OUT'] })).toBe(0);
  });

  it('lists the 97 divisions of GB/T 4754-2017', async () => {
    const data = await t.gqlOk<{ industries: { code: string }[] }>('{ industries { code } }');
    expect(data.industries).toHaveLength(97);
    expect(data.industries[0]!.code).toBe('A01');
    expect(data.industries.at(-1)!.code).toBe('T97');
  });

  it('rejects a credit code taken by this park even with a different letter case', async () => {
    const park = await createPark(t);
    const first = await createTenant(t, park.id);
    const res = await t.gql(create, {
      input: {
        parkId: park.id,
        name: unique('苏州重复'),
        uscc: first.uscc.toLowerCase(),
        industryCode: 'I65',
      },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.uscc' });
  });
});
