import { Cursor } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSite } from './factories.js';
import { type GqlResult, type Session, startTestApp, type TestApp } from './test-app.js';

/**
 * Bad input gets a clear BAD_USER_INPUT naming the field and changes nothing: characters
 * PostgreSQL cannot store, numbers past their bounds, dates that do not exist, cursors the API
 * never made, notes that would overflow their column once the server adds to them.
 */
let t: TestApp;
let tenant: Session;
let demo: { parkId: string; buildingId: string; floorId: string };
beforeAll(async () => {
  t = await startTestApp();
  tenant = await t.as('tenant.staff');
  demo = await demoSite(t);
});
afterAll(() => t.close());

function expectBadInput(res: GqlResult, field: string, domainCode?: string) {
  expect(res.errors, JSON.stringify(res.errors)).toHaveLength(1);
  const ext = res.errors![0]!.extensions!;
  expect(ext.code).toBe('BAD_USER_INPUT');
  expect(ext.field).toBe(field);
  if (domainCode) expect(ext.domainCode).toBe(domainCode);
  expect(JSON.stringify(res)).not.toMatch(/stack|at .*\.(ts|js):\d+/);
}

const count = async (table: string) =>
  Number((await t.sql<{ n: string }>(`select count(*) as n from ${table}`))[0]!.n);

const SUBMIT = `mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id } }`;
const submission = (title: string) => ({ category: 'DOOR_ACCESS', title, locationNote: 'B1 东侧卫生间' });

describe('characters PostgreSQL cannot store', () => {
  const cases: [string, string][] = [
    ['NUL', '空调\u0000不制冷'],
    ['a lone high surrogate', '空调\ud800不制冷'],
    ['a lone low surrogate', '空调\udc00不制冷'],
    ['a C0 control', '空调\u0007不制冷'],
  ];
  for (const [name, title] of cases) {
    it(`${name} in a variable: BAD_USER_INPUT naming it, nothing written, nothing audited as done`, async () => {
      const orders = await count('work_order');
      const audits = await count('audit_log');
      const res = await tenant.gql(SUBMIT, { input: submission(title) });
      expect(res.status).toBe(400);
      expectBadInput(res, 'input.title', 'INVALID_CHARACTERS');
      expect(await count('work_order')).toBe(orders);
      expect(await count('audit_log')).toBe(audits);
    });
  }

  it('tabs and line breaks are ordinary text', async () => {
    const res = await tenant.gql<{ submitWorkOrder: { id: string } }>(SUBMIT, {
      input: { ...submission('空调不制冷'), description: '第一行\r\n第二行\t缩进' },
    });
    expect(res.errors).toBeUndefined();
  });

  it('written into the document as an escape: named by its argument path', async () => {
    const res = await tenant.gql(
      `mutation { submitWorkOrder(input: { category: DOOR_ACCESS, title: "空调\\u0000", locationNote: "B1" }) { id } }`,
    );
    expectBadInput(res, 'input.title', 'INVALID_CHARACTERS');
  });

  it('on the anonymous login: BAD_USER_INPUT, not INTERNAL', async () => {
    const anonymous = t.withAuthorization(undefined);
    for (const login of ['hq.admin\u0000', 'hq\ud800admin']) {
      const res = await anonymous.gql(
        'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: { login, password: 'Demo@2026!' } },
      );
      expectBadInput(res, 'input.login', 'INVALID_CHARACTERS');
    }
  });

  it('in a nested list or object key', async () => {
    const res = await t.gql(
      'mutation ($input: CreateTenantCompanyInput!) { createTenantCompany(input: $input) { id } }',
      {
        input: {
          parkId: demo.parkId,
          name: '苏州测试科技有限公司',
          uscc: '91320594MA1XXXXX0X',
          industryCode: 'I65',
          contacts: [{ name: '王\u0000敏', phone: '13812345678' }],
        },
      },
    );
    expectBadInput(res, 'input.contacts.0.name', 'INVALID_CHARACTERS');
  });

  it('over WebSocket too', async () => {
    const client = tenant.wsClient();
    const result = await new Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>((resolve) => {
      client.subscribe(
        { query: SUBMIT, variables: { input: submission('空调\u0000') } },
        {
          next: (value) => resolve(value as never),
          error: (errors) => resolve({ errors: errors as never }),
          complete: () => undefined,
        },
      );
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
  });
});

describe('numbers, dates and lengths past what the database holds', () => {
  it('areas beyond any real building are refused by their bounds', async () => {
    for (const grossArea of [1e9, 1e300]) {
      const res = await t.gql(
        'mutation ($input: CreateBuildingInput!) { createBuilding(input: $input) { id } }',
        {
          input: { parkId: demo.parkId, code: 'BIG', name: '大楼', floorsAbove: 3, grossArea },
        },
      );
      expectBadInput(res, 'input.grossArea');
    }
    const unit = await t.gql(
      'mutation ($id: ID!) { updateUnit(id: $id, input: { grossArea: 1e300 }) { id } }',
      {
        id: (await t.sql<{ id: string }>('select id from unit limit 1'))[0]!.id,
      },
    );
    expectBadInput(unit, 'input.grossArea');
  });

  it('a date that does not exist', async () => {
    const manager = await t.as('park.manager');
    for (const [from, to, field] of [
      ['2026-02-30', '2026-03-31', 'from'],
      ['2026-02-01', '2026-13-01', 'to'],
    ] as const) {
      const res = await manager.gql(
        'query ($p: ID!, $from: String!, $to: String!) { maintenanceCompliance(parkId: $p, from: $from, to: $to) { onTime } }',
        { p: demo.parkId, from, to },
      );
      expectBadInput(res, field, 'BAD_DATE');
    }
  });

  it('a quote note that the server prefixes with the amount still fits the history column', async () => {
    const order = await tenant.gqlOk<{ submitWorkOrder: { id: string } }>(SUBMIT, {
      input: submission('门禁读卡器损坏'),
    });
    const id = order.submitWorkOrder.id;
    const engineer = await t.as('engineer');
    const [user] = await t.sql<{ id: string }>("select id from app_user where login = 'engineer'");
    const desk = await t.as('cs.agent');
    await desk.gqlOk(
      'mutation ($id: ID!, $a: ID!) { transitionWorkOrder(id: $id, input: { action: DISPATCH, assigneeId: $a }) { id } }',
      { id, a: user!.id },
    );
    await engineer.gqlOk(
      'mutation ($id: ID!) { transitionWorkOrder(id: $id, input: { action: ACCEPT }) { id } }',
      {
        id,
      },
    );
    const QUOTE = `mutation ($id: ID!, $note: String) { quoteWorkOrder(id: $id, input: { labourFen: 99999999, materialsFen: 99999999, note: $note }) { id } }`;
    expectBadInput(await engineer.gql(QUOTE, { id, note: '料'.repeat(500) }), 'input.note');
    const ok = await engineer.gql(QUOTE, { id, note: '料'.repeat(480) });
    expect(ok.errors).toBeUndefined();
    const [event] = await t.sql<{ note: string }>(
      "select note from work_order_event where work_order_id = $1 and action = 'QUOTE'",
      [id],
    );
    expect(event!.note).toBe(`¥1999999.98 ${'料'.repeat(480)}`);
    const decide = await tenant.gql(
      'mutation ($id: ID!, $note: String) { decideWorkOrderQuote(id: $id, accept: false, note: $note) { id } }',
      { id, note: '贵'.repeat(501) },
    );
    expectBadInput(decide, 'note', 'BAD_LENGTH');
  });
});

describe('cursors', () => {
  const forge = (value: unknown) => Cursor.encode(value as never);
  const lists: [string, Session | null][] = [
    ['workOrders', null],
    ['users', null],
    ['tenantCompanies', null],
    ['notifications', null],
    ['units', null],
    ['equipmentLedger', null],
  ];

  for (const [list] of lists) {
    it(`${list}: a forged or altered cursor is BAD_USER_INPUT; its own cursors page on`, async () => {
      const first = await t.gqlOk<Record<string, { pageInfo: { endCursor: string | null } }>>(
        `{ ${list}(first: 1) { pageInfo { endCursor } } }`,
      );
      const real = first[list]!.pageInfo.endCursor;
      const forged = [
        forge([{ $gt: 1 }, 'x']),
        forge(['2026-13-45', 'not-a-uuid']),
        forge([1e308, '00000000-0000-0000-0000-000000000000']),
        forge('plain'),
        'not base64 at all!',
        ...(real ? [`${real.slice(0, -2)}AA`, real.split('.')[0]!] : []),
      ];
      for (const after of forged) {
        const res = await t.gql(
          `query ($after: String) { ${list}(first: 2, after: $after) { totalCount } }`,
          {
            after,
          },
        );
        expectBadInput(res, 'after', 'INVALID_CURSOR');
      }
      if (real) {
        const next = await t.gql(
          `query ($after: String) { ${list}(first: 2, after: $after) { totalCount } }`,
          {
            after: real,
          },
        );
        expect(next.errors).toBeUndefined();
      }
    });
  }
});
