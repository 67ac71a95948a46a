import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { ALERT_FIELDS, type AlertSite, alertHarness, CREATE_RULE, code, H } from './energy-alert-harness.js';
import type { Session, TestApp } from './test-app.js';

/**
 * Issue 18 §6, energy alerts 用能预警, the guards: one active alert and one work order however many
 * evaluations run at once; bad rule input changes nothing; the control room hears an opened alert
 * live and each tenant sees only its own meters' alerts; the list's statements are constant.
 */

const { site, newMeter, newRule, record, alertsOf, evaluate } = alertHarness();
let t: TestApp;
let demo: AlertSite['demo'];
beforeAll(() => {
  ({ t, demo } = site);
});

describe('once only', () => {
  it('50 concurrent evaluations open exactly one alert and file exactly one work order', async () => {
    const m = await newMeter();
    const t0 = Date.UTC(2026, 10, 3, 0);
    await record(m.device, [
      [t0, 0],
      [t0 + H, 500],
    ]);
    // The rule comes after the readings: nothing has evaluated it yet.
    await newRule({ kind: 'THRESHOLD', meterId: m.id, grain: 'HOUR', threshold: 100, openWorkOrder: true });
    const results = await Promise.all(Array.from({ length: 50 }, () => evaluate()));
    expect(results.filter((r) => r.errors)).toEqual([]);
    // At most one of them opened it (the worker's five-minute evaluation may have come first).
    expect(results.reduce((n, r) => n + r.data!.evaluateEnergyAlerts.opened, 0)).toBeLessThanOrEqual(1);
    const rows = await t.sql<{ status: string; work_order_id: string }>(
      'select status, work_order_id from energy_alert where meter_id = $1',
      [m.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.status).toBe('OPEN');
    const orders = await t.sql('select id from work_order where title like $1', [`%${m.code}%`]);
    expect(orders).toEqual([{ id: rows[0]!.work_order_id }]);
  });
});

describe('bad input changes nothing', () => {
  it('refuses negative limits, missing parameters, unknown and other parks’ meters', async () => {
    const m = await newMeter();
    const water = await newMeter({ kind: 'WATER' });
    const [other] = await t.sql<{ id: string }>(
      'select m.id from meter m where m.park_id <> $1 and not m.virtual limit 1',
      [demo.parkId],
    );
    const before = await t.sql('select id from energy_alert_rule order by id');
    const attempt = (input: Record<string, unknown>) =>
      t.gql(CREATE_RULE, { input: { parkId: demo.parkId, name: '坏规则', ...input } });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ kind: 'THRESHOLD', meterId: m.id, threshold: -1 }, 'BAD_USER_INPUT', 'input.threshold'],
      [{ kind: 'THRESHOLD', meterId: m.id }, 'BAD_USER_INPUT', 'input.threshold'],
      [{ kind: 'THRESHOLD', threshold: 1 }, 'BAD_USER_INPUT', 'input.meterId'],
      [{ kind: 'THRESHOLD', meterId: randomUUID(), threshold: 1 }, 'NOT_FOUND', 'input.meterId'],
      [
        { kind: 'NIGHT_WATER_FLOW', meterId: m.id, nightStart: 0, nightEnd: 5 },
        'BAD_USER_INPUT',
        'input.meterId',
      ],
      [
        { kind: 'NIGHT_USE', meterId: water.id, nightStart: 3, nightEnd: 3, threshold: 1 },
        'BAD_USER_INPUT',
        'input.nightEnd',
      ],
      [{ kind: 'OFFLINE', meterId: m.id, intervals: 0 }, 'BAD_USER_INPUT', 'input.intervals'],
      [{ kind: 'ABOVE_BASELINE', meterId: m.id, factor: 2, weeks: 13 }, 'BAD_USER_INPUT', 'input.weeks'],
    ];
    if (other)
      cases.push([{ kind: 'OFFLINE', meterId: other.id, intervals: 2 }, 'BAD_USER_INPUT', 'input.meterId']);
    for (const [input, expected, field] of cases) {
      const res = await attempt(input);
      expect([code(res), JSON.stringify(res.errors?.[0]?.extensions)], JSON.stringify(input)).toEqual([
        expected,
        expect.stringContaining(field),
      ]);
    }
    expect(await t.sql('select id from energy_alert_rule order by id')).toEqual(before);
    // An engineer may manage rules; the finance officer (energy.read only) may not.
    const finance = await t.as('finance');
    expect(
      code(
        await finance.gql(CREATE_RULE, {
          input: { parkId: demo.parkId, name: 'x', kind: 'OFFLINE', meterId: m.id, intervals: 2 },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(await t.sql('select id from energy_alert_rule order by id')).toEqual(before);
  });
});

describe('tenants and the control room', () => {
  it('pushes an opened alert live; each tenant sees only its own meters’ alerts', async () => {
    const [ids] = await t.sql<{ a: string; b: string }>(
      `select (select tenant_id from app_user where login = 'tenant.admin') a,
              (select tenant_id from app_user where login = 'tenant2.admin') b`,
    );
    const mineA = await newMeter({ level: 'TENANT', tenantId: ids!.a });
    const mineB = await newMeter({ level: 'TENANT', tenantId: ids!.b });
    for (const m of [mineA, mineB])
      await newRule({ kind: 'THRESHOLD', meterId: m.id, grain: 'HOUR', threshold: 1 });
    const tenantA = await t.as('tenant.admin');
    const seen: { staff: string[]; tenant: string[] } = { staff: [], tenant: [] };
    const failures: unknown[] = [];
    const watch = (s: Session, into: string[]) => {
      const stop = s.wsClient().subscribe(
        {
          query:
            'subscription ($p: ID!) { energyAlertChanged(parkId: $p) { action alert { id meterCode status value } } }',
          variables: { p: demo.parkId },
        },
        {
          next: (msg) => {
            const c = (msg.data as { energyAlertChanged: { action: string; alert: { meterCode: string } } })
              .energyAlertChanged;
            into.push(`${c.action} ${c.alert.meterCode}`);
          },
          error: (e) => failures.push(e),
          complete: () => {},
        },
      );
      onTestFinished(stop);
    };
    watch(t, seen.staff);
    watch(tenantA, seen.tenant);
    // Both subscriptions registered before anything opens (a loaded machine is slow to answer).
    await new Promise((r) => setTimeout(r, 1500));
    const t0 = Date.UTC(2026, 10, 4, 0);
    for (const m of [mineA, mineB])
      await record(m.device, [
        [t0, 0],
        [t0 + H, 5],
      ]);
    await expect
      .poll(() => [...seen.staff].sort(), { timeout: 15_000 })
      .toEqual([`OPENED ${mineA.code}`, `OPENED ${mineB.code}`].sort());
    await expect.poll(() => seen.tenant, { timeout: 15_000 }).toEqual([`OPENED ${mineA.code}`]);
    expect(failures).toEqual([]);

    const [alertB] = await alertsOf(mineB.id);
    const listed = await tenantA.gqlOk<{
      energyAlerts: { totalCount: number; nodes: { meterCode: string }[] };
    }>('{ energyAlerts(first: 100) { totalCount nodes { meterCode } } }');
    expect(listed.energyAlerts.nodes.map((n) => n.meterCode)).toEqual([mineA.code]);
    expect(listed.energyAlerts.totalCount).toBe(1);
    const byId = await tenantA.gql('query ($id: ID!) { energyAlert(id: $id) { id } }', { id: alertB!.id });
    const unknown = await tenantA.gql('query ($id: ID!) { energyAlert(id: $id) { id } }', {
      id: randomUUID(),
    });
    expect(byId.data).toEqual({ energyAlert: null });
    expect(byId.errors).toEqual(unknown.errors);
    expect(code(byId)).toBe('NOT_FOUND');
    // Rules are the park's configuration: a tenant reads none.
    const rules = await tenantA.gqlOk<{ energyAlertRules: unknown[] }>(
      'query ($p: ID!) { energyAlertRules(parkId: $p) { id } }',
      { p: demo.parkId },
    );
    expect(rules.energyAlertRules).toEqual([]);
    // Nor may a tenant acknowledge.
    const ack = await tenantA.gql('mutation ($id: ID!) { acknowledgeEnergyAlert(id: $id) { id } }', {
      id: alertB!.id,
    });
    expect(code(ack)).toBe('FORBIDDEN');
  });

  it('lists a page of alerts in a constant number of statements', async () => {
    // Six alerts of its own, whatever ran before: six meters over an hourly limit.
    const t0 = Date.UTC(2026, 10, 9, 0);
    for (let i = 0; i < 6; i += 1) {
      const m = await newMeter();
      await newRule({ kind: 'THRESHOLD', meterId: m.id, grain: 'HOUR', threshold: 100 });
      await record(m.device, [
        [t0, 0],
        [t0 + H, 500],
      ]);
      expect((await alertsOf(m.id)).map((a) => a.status)).toEqual(['OPEN']);
    }
    const LIST = `query ($f: EnergyAlertFilter) { energyAlerts(filter: $f, first: 20) {
      totalCount pageInfo { hasNextPage endCursor } nodes { ${ALERT_FIELDS} } } }`;
    const one = await t.statements.measure(() =>
      t.gqlOk<{ energyAlerts: { nodes: unknown[] } }>(LIST, {
        f: { parkId: demo.parkId, status: ['CLOSED'] },
      }),
    );
    const many = await t.statements.measure(() =>
      t.gqlOk<{ energyAlerts: { nodes: unknown[] } }>(LIST, { f: { parkId: demo.parkId } }),
    );
    expect(many.result.energyAlerts.nodes.length).toBeGreaterThan(5);
    // The actor, the page, the count.
    expect(many.statements).toBe(3);
    expect(one.statements).toBe(many.statements);
  });
});
