import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSite, createTenant, unique } from './factories.js';
import { type Session, startTestApp, type TestApp } from './test-app.js';

/**
 * Every list walks page by page to exactly the list it shows at once: no row twice, none missed,
 * `hasNextPage` false only on the last page, and back again with `last`/`before`.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

type Conn = {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    endCursor: string | null;
    startCursor: string | null;
  };
  totalCount: number;
};
const PAGE =
  'edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } totalCount';

/** Walks `field` forward `size` at a time, then backward; checks both against one big page. */
async function walk(
  who: Session,
  field: string,
  args: string,
  size: number,
  /** For a nested list: the field around it, e.g. `equipment(id: "…")`. */
  parent?: string,
) {
  const list = `${field}(first: $first, after: $after, last: $last, before: $before${args}) { ${PAGE} }`;
  const q = `query ($first: Int, $after: String, $last: Int, $before: String) {
    ${parent ? `${parent} { ${list} }` : list} }`;
  const page = async (vars: Record<string, unknown>) => {
    const data = await who.gqlOk<Record<string, unknown>>(q, vars);
    const outer = (parent ? Object.values(data)[0] : data) as Record<string, Conn>;
    return outer[field]!;
  };
  const all = await page({ first: 100 });
  expect(all.pageInfo.hasNextPage).toBe(false);
  const ids = all.edges.map((e) => e.node.id);
  expect(ids.length).toBe(all.totalCount);
  expect(ids.length).toBeGreaterThan(size * 2); // at least three pages

  const forward: string[] = [];
  let after: string | null = null;
  for (let n = 0; ; n += 1) {
    const p: Conn = await page({ first: size, after });
    forward.push(...p.edges.map((e) => e.node.id));
    expect(p.pageInfo.hasPreviousPage).toBe(n > 0);
    if (!p.pageInfo.hasNextPage) break;
    expect(p.edges).toHaveLength(size);
    after = p.pageInfo.endCursor;
  }
  expect(forward).toEqual(ids);

  const backward: string[] = [];
  let before: string | null = null;
  for (let n = 0; ; n += 1) {
    const p: Conn = await page({ last: size, before });
    backward.unshift(...p.edges.map((e) => e.node.id));
    expect(p.pageInfo.hasNextPage).toBe(n > 0);
    if (!p.pageInfo.hasPreviousPage) break;
    expect(p.edges).toHaveLength(size);
    before = p.pageInfo.startCursor;
  }
  expect(backward).toEqual(ids);
  return ids;
}

describe('cursor paging', () => {
  it('pages a park’s work orders, newest first', async () => {
    const site = await createSite(t);
    const made: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const o = await t.gqlOk<{ submitWorkOrder: { id: string } }>(
        'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id } }',
        { input: { category: 'OTHER', title: `分页 ${i}`, buildingId: site.building.id } },
      );
      made.push(o.submitWorkOrder.id);
    }
    const ids = await walk(t, 'workOrders', `, filter: { parkId: "${site.park.id}" }`, 2);
    expect([...ids].sort()).toEqual([...made].sort());
    expect(ids).toEqual([...made].reverse()); // newest first
  });

  it('pages users and tenant companies', async () => {
    const site = await createSite(t);
    for (let i = 0; i < 6; i += 1) await createTenant(t, site.park.id);
    const tenants = await walk(t, 'tenantCompanies', `, filter: { parkId: "${site.park.id}" }`, 2);
    expect(tenants).toHaveLength(7);
    expect((await walk(t, 'users', '', 4)).length).toBeGreaterThan(8);
  });

  it('pages the signed-in user’s notifications', async () => {
    const engineer = await t.as('engineer');
    const [{ id: engineerId }] = (await t.sql<{ id: string }>(
      `select id from app_user where login = 'engineer'`,
    )) as [{ id: string }];
    const [{ id: unitId }] = (await t.sql<{ id: string }>(
      `select u.id from unit u join app_user a on a.tenant_id = u.tenant_id where a.login = 'tenant.staff' limit 1`,
    )) as [{ id: string }];
    for (let i = 0; i < 7; i += 1) {
      const o = await t.gqlOk<{ submitWorkOrder: { id: string } }>(
        'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id } }',
        { input: { category: 'POWER', title: unique('通知分页'), unitId } },
      );
      await t.gqlOk(
        'mutation ($id: ID!, $a: ID!) { transitionWorkOrder(id: $id, input: { action: DISPATCH, assigneeId: $a }) { id } }',
        { id: o.submitWorkOrder.id, a: engineerId },
      );
    }
    const ids = await walk(engineer, 'notifications', '', 2);
    const rows = await t.sql<{ id: string }>(
      'select id from notification where recipient_id = $1 order by created_at desc, id desc',
      [engineerId],
    );
    expect(ids).toEqual(rows.map((r) => r.id));
  });
});

describe('audit log paging', () => {
  it('continues below `before` until `hasMore` is false, every entry once, newest first', async () => {
    const site = await createSite(t);
    for (let i = 0; i < 5; i += 1) await createTenant(t, site.park.id);
    const LOG = `query ($first: Int, $before: ID, $p: ID) { auditLog(first: $first, before: $before, filter: { parkId: $p }) { hasMore entries { seq } } }`;
    type Log = { auditLog: { hasMore: boolean; entries: { seq: string }[] } };
    const all = (await t.gqlOk<Log>(LOG, { first: 100, p: site.park.id })).auditLog;
    expect(all.hasMore).toBe(false);
    const seqs = all.entries.map((e) => e.seq);
    expect(seqs.length).toBeGreaterThanOrEqual(7);
    expect(seqs.map(Number)).toEqual([...seqs.map(Number)].sort((a, b) => b - a));

    const walked: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page: Log['auditLog'] = (await t.gqlOk<Log>(LOG, { first: 3, before, p: site.park.id })).auditLog;
      walked.push(...page.entries.map((e) => e.seq));
      if (!page.hasMore) break;
      expect(page.entries).toHaveLength(3);
      before = page.entries.at(-1)!.seq;
    }
    expect(walked).toEqual(seqs);
    // An exact page at the end says so: nothing more below its last entry.
    const last = (await t.gqlOk<Log>(LOG, { first: seqs.length, p: site.park.id })).auditLog;
    expect(last.hasMore).toBe(false);
    const short = (await t.gqlOk<Log>(LOG, { first: seqs.length - 1, p: site.park.id })).auditLog;
    expect(short.hasMore).toBe(true);
  });
});

describe('history paging', () => {
  it('pages an equipment’s life-cycle history, newest first', async () => {
    const [busiest] = await t.sql<{ id: string; n: number }>(
      `select equipment_id as id, count(*)::int n from equipment_event group by 1 order by 2 desc, 1 limit 1`,
    );
    const ids = await walk(t, 'history', '', 2, `equipment(id: "${busiest!.id}")`);
    const rows = await t.sql<{ id: string }>(
      'select id from equipment_event where equipment_id = $1 order by occurred_at desc, id desc',
      [busiest!.id],
    );
    expect(ids).toEqual(rows.map((r) => r.id));
  });
});
