import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLE } from '../src/db/app-role.js';
import { createSite, createUnit, demoSite, pairedKiosk } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * The wall under the API: what the application role sees in PostgreSQL itself, with no resolver
 * or service involved.
 */
let t: TestApp;
let pool: pg.Pool;
beforeAll(async () => {
  t = await startTestApp();
  // One connection, so every query below reuses the same pooled session.
  pool = new pg.Pool({ connectionString: t.appUrl, max: 1 });
});
afterAll(async () => {
  await pool.end();
  await t.close();
});

/**
 * Tables without row-level security, each for a stated reason that the test checks in the
 * catalogue: what the application role may do with the table (`appMay`, exactly).
 */
const NO_RLS: Record<string, { why: string; appMay: string[] }> = {
  mikro_orm_migrations: { why: 'not granted to the application role at all', appMay: [] },
  audit_chain_head: { why: 'not granted to the application role at all', appMay: [] },
  role: {
    why:
      'global: role names and permission lists have no park or tenant to scope by; the API edits them ' +
      'for HQ admins, the service checks that permission',
    appMay: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  },
};
const PRIVILEGES = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'];

/**
 * Rows for the tables the demo seed leaves empty (comments, attachments, notifications, ...), made
 * through the API, so the no-actor check below has something to hide in every table.
 */
async function giveEveryTableARow() {
  const [unit] = await t.sql<{ id: string }>(
    `select u.id from unit u join app_user a on a.tenant_id = u.tenant_id where a.login = 'tenant.staff' limit 1`,
  );
  const [engineer] = await t.sql<{ id: string }>(`select id from app_user where login = 'engineer'`);
  const tenant = await t.as('tenant.staff');
  const { submitWorkOrder: o } = await tenant.gqlOk<{ submitWorkOrder: { id: string } }>(
    'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id } }',
    { input: { category: 'WATER', title: '水管滴漏', unitId: unit!.id } },
  );
  await tenant.gqlOk('mutation ($id: ID!) { addWorkOrderComment(workOrderId: $id, body: "在家") { body } }', {
    id: o.id,
  });
  await tenant.gqlOk(
    'mutation ($input: CreateAttachmentUploadInput!) { createAttachmentUpload(input: $input) { attachmentId } }',
    { input: { workOrderId: o.id, fileName: 'a.jpg', contentType: 'image/jpeg', size: 10 } },
  );
  await t.gqlOk(
    'mutation ($id: ID!, $a: ID!) { transitionWorkOrder(id: $id, input: { action: DISPATCH, assigneeId: $a }) { id } }',
    { id: o.id, a: engineer!.id },
  );
  const site = await demoSite(t);
  await pairedKiosk(t, site);
  await t.gqlOk('mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }', {
    input: { name: '监管', partner: '园区管委会', scopes: ['supervisor:read'], parkIds: [site.parkId] },
  });
  // A fault reported through an equipment label, by nobody signed in.
  const [label] = await t.sql<{ token: string }>('select public_token as token from equipment limit 1');
  await t
    .withAuthorization(undefined)
    .gqlOk(
      'mutation ($input: ReportEquipmentFaultInput!) { reportEquipmentFault(input: $input) { received } }',
      { input: { token: label!.token, description: '指示灯一直闪' } },
    );
  // Alerts come from the SLA timer (tested in work-order-sla.test.ts); one is written directly here.
  await t.sql(
    `insert into work_order_sla_alert (work_order_id, park_id, kind, deadline, raised_at)
     select id, park_id, 'RESPONSE_WARNING', now(), now() from work_order where id = $1`,
    [o.id],
  );
  // A registered device, and a refused message counted against it (the MQTT ingest writes these).
  const { registerIotDevice: d } = await t.gqlOk<{ registerIotDevice: { device: { id: string } } }>(
    'mutation ($input: RegisterIotDeviceInput!) { registerIotDevice(input: $input) { device { id } } }',
    { input: { parkId: site.parkId, code: 'RLS-M1', kind: 'METER', name: '电表' } },
  );
  await t.sql(
    `insert into iot_rejection (id, park_id, device_code, device_id, reason, count, last_at, created_at, updated_at)
     select gen_random_uuid(), park_id, code, id, 'MALFORMED', 1, now(), now(), now() from iot_device where id = $1`,
    [d.device.id],
  );
  // An energy alert rule and an alert of it (the evaluation writes alerts: energy-alerts.test.ts).
  const [meter] = await t.sql<{ id: string; park_id: string }>(
    'select id, park_id from meter where not virtual order by code limit 1',
  );
  const { createEnergyAlertRule: rule } = await t.gqlOk<{ createEnergyAlertRule: { id: string } }>(
    'mutation ($input: CreateEnergyAlertRuleInput!) { createEnergyAlertRule(input: $input) { id } }',
    { input: { parkId: meter!.park_id, name: '离线', kind: 'OFFLINE', meterId: meter!.id, intervals: 4 } },
  );
  await t.sql(
    `insert into energy_alert (id, created_at, updated_at, park_id, rule_id, meter_id, tenant_id, kind, status,
            rule_name, meter_code, meter_name, meter_kind, opened_at, observed_at, value, peak_value, limit_value)
     select gen_random_uuid(), now(), now(), m.park_id, r.id, m.id, m.tenant_id, r.kind, 'OPEN', r.name, m.code,
            m.name, m.kind, now(), now(), 90, 90, 60
       from energy_alert_rule r join meter m on m.id = r.meter_id where r.id = $1`,
    [rule.id],
  );
}

async function asApp<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await fn(client);
  } finally {
    client.release();
  }
}

async function sessionOf(login: string) {
  const s = await t.as(login);
  const claims = JSON.parse(Buffer.from(s.accessToken!.split('.')[1]!, 'base64url').toString()) as {
    sub: string;
    sid: string;
  };
  return claims;
}

const count = async (c: pg.PoolClient, table: string) =>
  Number((await c.query<{ n: string }>(`select count(*) n from ${table}`)).rows[0]!.n);

describe('row-level security as the application role', () => {
  it('connects as a role that owns nothing and cannot bypass RLS', async () => {
    const [role] = await t.sql<{ rolsuper: boolean; rolbypassrls: boolean }>(
      'select rolsuper, rolbypassrls from pg_roles where rolname = $1',
      [APP_ROLE],
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await t.sql(
      `select tablename from pg_tables where schemaname = 'public' and tableowner = $1`,
      [APP_ROLE],
    );
    expect(owned).toEqual([]);
    const who = await asApp((c) => c.query<{ u: string }>('select current_user u'));
    expect(who.rows[0]!.u).toBe(APP_ROLE);
  });

  it('has RLS enabled and forced on every table of the public schema but the justified exceptions', async () => {
    // Every table the catalogue lists, partitioned ones included: a new table cannot slip by.
    const tables = await t.sql<{
      relname: string;
      relrowsecurity: boolean;
      relforcerowsecurity: boolean;
      app_may: string[];
    }>(
      `select c.relname, c.relrowsecurity, c.relforcerowsecurity,
              array(select p from unnest($2::text[]) p where has_table_privilege($1, c.oid, p)) as app_may
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`,
      [APP_ROLE, PRIVILEGES],
    );
    expect(tables.length).toBeGreaterThan(20);
    const unprotected = tables.filter((r) => !(r.relrowsecurity && r.relforcerowsecurity));
    expect(unprotected.map((r) => r.relname).sort()).toEqual(Object.keys(NO_RLS).sort());
    // Each exception is what its reason says: the application role may do exactly this much.
    for (const r of unprotected)
      expect({ table: r.relname, appMay: r.app_may }).toEqual({
        table: r.relname,
        appMay: NO_RLS[r.relname]!.appMay,
      });
    for (const table of ['mikro_orm_migrations', 'audit_chain_head']) {
      await expect(asApp((c) => c.query(`select * from ${table}`))).rejects.toThrow(/permission denied/);
    }
  });

  it('shows no row of any protected table without an actor: every table the catalogue lists', async () => {
    await giveEveryTableARow();
    const tables = await t.sql<{ name: string; rows: number }>(
      `select c.relname as name, 0 as rows from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity order by c.relname`,
    );
    // The newest tables are in the list without anyone naming them.
    expect(tables.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'work_order',
        'work_order_event',
        'work_order_comment',
        'attachment',
        'notification',
        'maintenance_plan',
        'staff_shift',
        'fault_report',
      ]),
    );
    const ownerRows: Record<string, number> = {};
    const appRows: Record<string, number | 'no access'> = {};
    for (const { name } of tables) {
      ownerRows[name] = Number((await t.sql<{ n: string }>(`select count(*) n from "${name}"`))[0]!.n);
      appRows[name] = await asApp((c) => count(c, `"${name}"`)).catch((err: Error) => {
        if (/permission denied/.test(err.message)) return 'no access' as const;
        throw err;
      });
    }
    // Each check means something: the owner sees rows in every table...
    expect(
      Object.entries(ownerRows).filter(([, n]) => n === 0),
      JSON.stringify(ownerRows),
    ).toEqual([]);
    // ...and the application role, with no actor, sees none of them.
    expect(Object.entries(appRows).filter(([, n]) => n !== 0 && n !== 'no access')).toEqual([]);
  });

  it("shows tenant A exactly A's rows, and the same queries as staff see the whole park", async () => {
    const a = await sessionOf('tenant.admin');
    const [me] = await t.sql<{ tenant_id: string }>(
      `select tenant_id from app_user where login = 'tenant.admin'`,
    );
    const expected = {
      unit: Number(
        (await t.sql<{ n: string }>('select count(*) n from unit where tenant_id = $1', [me!.tenant_id]))[0]!
          .n,
      ),
      tenant_contact: Number(
        (
          await t.sql<{ n: string }>('select count(*) n from tenant_contact where tenant_id = $1', [
            me!.tenant_id,
          ])
        )[0]!.n,
      ),
    };
    const seen = await asApp(async (c) => {
      await c.query('begin');
      const [actor] = (await c.query('select * from app_begin_user($1, $2)', [a.sid, a.sub])).rows;
      const rows = {
        actor,
        companies: (await c.query<{ id: string }>('select id from tenant_company')).rows.map((r) => r.id),
        unitTenants: [
          ...new Set(
            (await c.query<{ tenant_id: string }>('select tenant_id from unit')).rows.map((r) => r.tenant_id),
          ),
        ],
        unit: await count(c, 'unit'),
        tenant_contact: await count(c, 'tenant_contact'),
        equipment: await count(c, 'equipment'),
        userTenants: [
          ...new Set(
            (await c.query<{ tenant_id: string }>('select tenant_id from app_user')).rows.map(
              (r) => r.tenant_id,
            ),
          ),
        ],
        // A query builder or raw SQL that forgets its filter still gets nothing foreign.
        joined: await count(c, 'unit u join tenant_company t on t.id = u.tenant_id'),
      };
      await c.query('commit');
      return rows;
    });
    expect(seen.actor.kind).toBe('tenant');
    expect(seen.companies).toEqual([me!.tenant_id]);
    expect(seen.unitTenants).toEqual([me!.tenant_id]);
    expect(seen.unit).toBe(expected.unit);
    expect(seen.joined).toBe(expected.unit);
    expect(seen.tenant_contact).toBe(expected.tenant_contact);
    expect(seen.equipment).toBe(0);
    expect(seen.userTenants).toEqual([me!.tenant_id]);

    const staff = await sessionOf('park.manager');
    const staffUnits = await asApp(async (c) => {
      await c.query('begin');
      await c.query('select * from app_begin_user($1, $2)', [staff.sid, staff.sub]);
      const n = await count(c, 'unit');
      await c.query('commit');
      return n;
    });
    // The whole demo park, the manager's one (other tests here add units in parks of their own).
    const [park] = await t.sql<{ n: string }>(
      `select count(*) n from unit u join park p on p.id = u.park_id where p.code = 'SZ-XH'`,
    );
    expect(staffUnits).toBe(Number(park!.n));
  });

  it('keeps staff of one park out of every row of another park, in the database itself', async () => {
    const other = await createSite(t);
    await createUnit(t, other.floor.id);
    await t.gqlOk('mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id } }', {
      input: { category: 'OTHER', title: '别的园区的工单', buildingId: other.building.id },
    });
    // Every protected table with a park column, from the catalogue; the park table by its id.
    const tables = await t.sql<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity
         and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'park_id' and not a.attisdropped)
       order by c.relname`,
    );
    const where = (name: string) => (name === 'park' ? 'id' : 'park_id');
    const inOther = async (c: pg.PoolClient | null, name: string) => {
      const sql = `select count(*) n from "${name}" where ${where(name)} = $1`;
      const rows = c
        ? (await c.query<{ n: string }>(sql, [other.park.id])).rows
        : await t.sql<{ n: string }>(sql, [other.park.id]);
      return Number(rows[0]!.n);
    };
    const seenBy = async (login: string) => {
      const who = await sessionOf(login);
      return asApp(async (c) => {
        await c.query('begin');
        await c.query('select * from app_begin_user($1, $2)', [who.sid, who.sub]);
        const seen: Record<string, number> = {};
        for (const { name } of [{ name: 'park' }, ...tables]) seen[name] = await inOther(c, name);
        await c.query('rollback');
        return seen;
      });
    };
    const owner: Record<string, number> = {};
    for (const { name } of [{ name: 'park' }, ...tables]) owner[name] = await inOther(null, name);
    const core = ['park', 'building', 'floor', 'unit', 'tenant_company', 'work_order', 'work_order_event'];
    for (const name of core) expect({ name, rows: owner[name] }).not.toEqual({ name, rows: 0 });

    const manager = await seenBy('park.manager'); // bound to the demo park only
    expect(Object.entries(manager).filter(([, n]) => n > 0)).toEqual([]);
    const hq = await seenBy('hq.admin'); // every park
    for (const name of core) expect({ name, rows: hq[name] }).toEqual({ name, rows: owner[name] });
  });

  it('leaves no setting behind on a reused pooled connection, after commit or rollback', async () => {
    const a = await sessionOf('tenant.admin');
    for (const end of ['commit', 'rollback']) {
      await asApp(async (c) => {
        await c.query('begin');
        await c.query('select * from app_begin_user($1, $2)', [a.sid, a.sub]);
        await c.query(end);
      });
      const after = await asApp(async (c) => ({
        pid: (await c.query<{ pid: number }>('select pg_backend_pid() pid')).rows[0]!.pid,
        settings: (
          await c.query<{ v: string | null }>(
            `select coalesce(current_setting('app.actor_kind', true), '') || coalesce(current_setting('app.tenant_id', true), '')
               || coalesce(current_setting('app.park_ids', true), '') || coalesce(current_setting('app.actor_id', true), '') v`,
          )
        ).rows[0]!.v,
        units: await count(c, 'unit'),
      }));
      expect({ end, settings: after.settings, units: after.units }).toEqual({ end, settings: '', units: 0 });
    }
  });

  it('refuses a revoked session in the database, whatever the token says', async () => {
    const a = await sessionOf('tenant.staff');
    await t.sql(`update auth_session set revoked_at = now() where id = $1`, [a.sid]);
    const rows = await asApp(async (c) => {
      await c.query('begin');
      const r = (await c.query('select * from app_begin_user($1, $2)', [a.sid, a.sub])).rows;
      const units = await count(c, 'unit');
      await c.query('rollback');
      return { r, units };
    });
    expect(rows).toEqual({ r: [], units: 0 });
  });

  it('keeps the audit log append-only for the application role', async () => {
    await (await t.as('quality')).gqlOk('mutation { logoutEverywhere }');
    await expect(asApp((c) => c.query('update audit_log set outcome = $1', ['OK']))).rejects.toThrow(
      /permission denied/,
    );
    await expect(asApp((c) => c.query('delete from audit_log'))).rejects.toThrow(/permission denied/);
    await expect(asApp((c) => c.query('truncate audit_log'))).rejects.toThrow(/permission denied/);
  });
});
