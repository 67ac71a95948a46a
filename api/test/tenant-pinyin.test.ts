import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantRepository } from '../src/modules/tenant/tenant.repository.js';
import { tenantSearchKey } from '../src/modules/tenant/tenant-search.js';
import { createPark, createTenant } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const LIST = `query ($f: TenantCompanyFilter) { tenantCompanies(first: 50, filter: $f) { nodes { name } } }`;

describe('tenant search by pinyin (issue 16: "yfxx" found nothing)', () => {
  it('keys a name by its full pinyin and its initials, of name and short name', () => {
    expect(tenantSearchKey('苏州云帆信息科技有限公司', '云帆信息')).toBe(
      'suzhouyunfanxinxikejiyouxiangongsi szyfxxkjyxgs yunfanxinxi yfxx',
    );
    expect(tenantSearchKey('ABB 中国', null)).toBe('abbzhongguo abbzg');
  });

  it('finds a company by initials or full pinyin in any case, and follows a rename', async () => {
    const park = await createPark(t);
    const names = async (search: string) =>
      (
        await t.gqlOk<{ tenantCompanies: { nodes: { name: string }[] } }>(LIST, {
          f: { parkId: park.id, search },
        })
      ).tenantCompanies.nodes.map((n) => n.name);
    const yunfan = await createTenant(t, park.id, {
      name: '苏州云帆信息科技有限公司',
      shortName: '云帆信息',
    });
    await createTenant(t, park.id, { name: '苏州康源医药有限公司', shortName: '康源医药' });
    expect(await names('yfxx')).toEqual(['苏州云帆信息科技有限公司']);
    expect(await names('YunFan')).toEqual(['苏州云帆信息科技有限公司']);
    expect(await names('kyyy')).toEqual(['苏州康源医药有限公司']);
    expect(await names('云帆')).toEqual(['苏州云帆信息科技有限公司']);
    expect(await names('zzz')).toEqual([]);

    await t.gqlOk(
      'mutation ($id: ID!) { updateTenantCompany(id: $id, input: { name: "苏州星河数据有限公司", shortName: "星河数据" }) { id } }',
      {
        id: yunfan.id,
      },
    );
    expect(await names('xhsj')).toEqual(['苏州星河数据有限公司']);
    expect(await names('yfxx')).toEqual([]);
  });

  it('has keyed every seeded company', async () => {
    const [row] = await t.sql<{ n: string }>(
      'select count(*) as n from tenant_company where search_key is null',
    );
    expect(Number(row!.n)).toBe(0);
  });

  it('gives companies written outside the API their key at boot, and leaves the others alone', async () => {
    const park = await createPark(t);
    const outside = await createTenant(t, park.id, {
      name: '苏州天际智能制造有限公司',
      shortName: '天际智能',
    });
    const kept = await createTenant(t, park.id, { name: '苏州青禾环保有限公司' });
    // As a company inserted by plain SQL, or one older than the column, has it.
    await t.sql('update tenant_company set search_key = null where id = $1', [outside.id]);
    await t.sql("update tenant_company set search_key = 'kept' where id = $1", [kept.id]);
    // The boot hook runs as the owner with a pool; the test's owner connection stands in for it.
    const owner = {
      query: async (text: string, values?: unknown[]) => ({ rows: await t.sql(text, values) }),
    };
    await tenantRepository.fillSearchKeys(owner as unknown as pg.Pool);
    const keys = await t.sql<{ id: string; search_key: string }>(
      'select id, search_key from tenant_company where id = any($1::uuid[])',
      [[outside.id, kept.id]],
    );
    expect(Object.fromEntries(keys.map((k) => [k.id, k.search_key]))).toEqual({
      [outside.id]: tenantSearchKey('苏州天际智能制造有限公司', '天际智能'),
      [kept.id]: 'kept',
    });
  });
});
