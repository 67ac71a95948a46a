import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Prepared = { statement: string; generic_plans: string; custom_plans: string };

/**
 * The prepared statements of every connection in the API's pool whose text matches `pattern`:
 * all of the pool's connections are checked out at once (nothing else runs), each asked for its
 * own `pg_prepared_statements`.
 */
async function preparedOnEveryConnection(pattern: RegExp) {
  const pool = (await t.orm.em.getConnection().getNativeClient()) as Pool;
  const clients = await Promise.all(Array.from({ length: pool.options.max }, () => pool.connect()));
  try {
    const found: { connection: number; generic: number; custom: number }[] = [];
    for (const [connection, client] of clients.entries()) {
      const { rows } = await client.query<Prepared>(
        'select statement, generic_plans, custom_plans from pg_prepared_statements',
      );
      for (const row of rows.filter((r) => pattern.test(r.statement)))
        found.push({ connection, generic: Number(row.generic_plans), custom: Number(row.custom_plans) });
    }
    return found;
  } finally {
    for (const client of clients) client.release();
  }
}

/**
 * PostgreSQL plans the first five executions of a prepared statement with its parameter values
 * (custom plans), then reuses one generic plan when it costs no more. Statements whose text
 * carries their values (as `em.execute` sends them) are planned on every execution instead.
 */
function expectPlansReused(found: Awaited<ReturnType<typeof preparedOnEveryConnection>>, runs: number) {
  const connections = new Set(found.map((f) => f.connection)).size;
  const custom = found.reduce((sum, f) => sum + f.custom, 0);
  const generic = found.reduce((sum, f) => sum + f.generic, 0);
  expect(connections).toBeGreaterThan(0);
  expect(custom + generic).toBeGreaterThanOrEqual(runs);
  expect(custom).toBeLessThanOrEqual(5 * connections);
  expect(generic).toBeGreaterThanOrEqual(runs - 5 * connections);
}

describe('hot reads', () => {
  const RUNS = 30;

  it('reuse the plan of a unit read by id (bench S1), with the value bound, not in the text', async () => {
    const tenant = await t.as('tenant.admin');
    const [unit] = await t.sql<{ id: string }>(
      `select u.id from unit u join app_user a on a.tenant_id = u.tenant_id
       where a.login = 'tenant.admin' order by u.code limit 1`,
    );
    for (let i = 0; i < RUNS; i += 1) {
      const data = await tenant.gqlOk<{ unit: { id: string } }>(
        'query ($id: ID!) { unit(id: $id) { id code } }',
        {
          id: unit!.id,
        },
      );
      expect(data.unit.id).toBe(unit!.id);
    }
    const found = await preparedOnEveryConnection(/from "unit" as "t" where "t"\."id" = \$1\s*$/);
    expectPlansReused(found, RUNS);
  });

  it('reuse the plan of the equipment ledger page with its joined building and floor (bench S2)', async () => {
    for (let i = 0; i < RUNS; i += 1)
      await t.gqlOk(`{ equipmentLedger(first: 20) { nodes { id code name status
        building { id code name } floor { id level name } } } }`);
    const found = await preparedOnEveryConnection(
      /from "equipment" as "t" left join "building".* limit 21$/s,
    );
    expectPlansReused(found, RUNS);
  });
});
