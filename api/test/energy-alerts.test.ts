import { beforeAll, describe, expect, it } from 'vitest';
import { type AlertSite, alertHarness, code, H } from './energy-alert-harness.js';
import type { TestApp } from './test-app.js';

/**
 * Issue 18 §6, energy alerts 用能预警: each rule kind opens an alert when its condition holds and
 * clears it when the condition ends; readings reach the rules through energy's
 * `energy.readingsRecorded` event (the worker runs it after the readings commit); one active alert
 * and one work order however many evaluations run at once; tenants see their own meters' alerts.
 * The rule kinds are here; once-only, bad input, tenants and the control room in
 * `energy-alerts-guards.test.ts`.
 */

const { site, newMeter, newRule, record, alertsOf, evaluate } = alertHarness();
let t: TestApp;
let demo: AlertSite['demo'];
beforeAll(() => {
  ({ t, demo } = site);
});

describe('the demo park', () => {
  it('comes with leak rules on the buildings’ water meters and an offline rule on the main meter, quiet on the seeded year', async () => {
    const { energyAlertRules } = await t.gqlOk<{
      energyAlertRules: { name: string; kind: string; threshold: number | null; meterCode: string | null }[];
    }>('query ($p: ID!) { energyAlertRules(parkId: $p) { name kind threshold meterCode } }', {
      p: demo.parkId,
    });
    const leaks = energyAlertRules.filter((r) => r.kind === 'NIGHT_WATER_FLOW');
    expect(leaks.length).toBeGreaterThan(2);
    for (const r of leaks) {
      expect(r.meterCode).toMatch(/^W-/);
      expect(r.threshold).toBeGreaterThan(0);
    }
    expect(energyAlertRules.filter((r) => r.kind === 'OFFLINE').map((r) => r.meterCode)).toEqual(['E-MAIN']);
    // The seeded history is what the leak limits were taken from: checked now, nothing opens.
    const seededMeters = await t.sql<{ id: string }>(
      `select m.id from meter m join energy_alert_rule r on r.meter_id = m.id where r.park_id = $1`,
      [demo.parkId],
    );
    await evaluate();
    for (const m of seededMeters) expect(await alertsOf(m.id)).toEqual([]);
  });
});

describe('each rule kind opens an alert and clears it when the condition ends', () => {
  it('THRESHOLD per quarter: the third quarter of an hour over the limit opens, a quiet quarter clears', async () => {
    const m = await newMeter();
    await newRule({ kind: 'THRESHOLD', meterId: m.id, grain: 'QUARTER', threshold: 20 });
    const Q = 15 * 60_000;
    const t0 = Date.UTC(2026, 10, 3, 5);
    // 5 kWh in each of the first two quarters of 05:00 UTC, 30 in the third: the hour holds 40.
    await record(m.device, [
      [t0, 1000],
      [t0 + Q, 1005],
      [t0 + 2 * Q, 1010],
    ]);
    expect(await alertsOf(m.id)).toEqual([]);
    await record(m.device, [[t0 + 3 * Q, 1040]]);
    // The newest complete quarter is 05:30–05:45 (the reading at 05:45 closes it).
    const [alert] = await alertsOf(m.id);
    expect(alert).toMatchObject({ status: 'OPEN', kind: 'THRESHOLD', value: 30, limitValue: 20 });
    await record(m.device, [[t0 + 4 * Q, 1041]]);
    expect((await alertsOf(m.id))[0]).toMatchObject({ status: 'CLEARED', peakValue: 30 });
  });

  it('THRESHOLD: an hour over the limit opens (with its work order), the peak is kept, a quiet hour clears', async () => {
    const m = await newMeter();
    await newRule({
      kind: 'THRESHOLD',
      meterId: m.id,
      grain: 'HOUR',
      threshold: 50,
      openWorkOrder: true,
      workOrderCategory: 'POWER',
      workOrderPriority: 'URGENT',
    });
    const t0 = Date.UTC(2026, 10, 2, 0);
    await record(m.device, [
      [t0, 1000],
      [t0 + H, 1010],
    ]);
    expect(await alertsOf(m.id)).toEqual([]);
    await record(m.device, [[t0 + 2 * H, 1100]]);
    let [alert] = await alertsOf(m.id);
    expect(alert).toMatchObject({
      status: 'OPEN',
      kind: 'THRESHOLD',
      value: 90,
      peakValue: 90,
      limitValue: 50,
    });
    expect(alert!.workOrderNumber).toMatch(/^WO-/);
    const [order] = await t.sql<{ source: string; category: string; priority: string; title: string }>(
      'select source, category, priority, title from work_order where id = $1',
      [alert!.workOrderId],
    );
    expect(order).toMatchObject({ source: 'ALARM', category: 'POWER', priority: 'URGENT' });
    expect(order!.title).toContain(m.code);
    // The park's alert managers are told, each once, with the order: nobody else.
    const notified = async () =>
      t.sql<{ recipient_id: string; work_order_id: string | null }>(
        `select recipient_id, work_order_id from notification where kind = 'ENERGY_ALERT' and title like $1
          order by recipient_id`,
        [`%${m.code}%`],
      );
    const managers = await t.sql<{ id: string }>(
      `select distinct u.id from app_user u join user_park up on up.user_id = u.id and up.park_id = $1
         join user_role ur on ur.user_id = u.id join role r on r.id = ur.role_id
        where 'energy.alert.manage' = any(r.permissions) and u.status = 'ACTIVE' and u.kind = 'STAFF' order by u.id`,
      [demo.parkId],
    );
    expect(managers.length).toBeGreaterThan(0);
    expect(await notified()).toEqual(
      managers.map((u) => ({ recipient_id: u.id, work_order_id: alert!.workOrderId })),
    );
    // What it names, for the console to say in its reader's language.
    const [facts] = await t.sql<{ facts: Record<string, string> }>(
      `select facts from notification where kind = 'ENERGY_ALERT' and title like $1 limit 1`,
      [`%${m.code}%`],
    );
    expect(facts!.facts).toMatchObject({
      meterCode: m.code,
      alertKind: 'THRESHOLD',
      value: '90',
      limit: '50',
    });
    // Still over: the same alert, its peak raised; no second order.
    await record(m.device, [[t0 + 3 * H, 1300]]);
    [alert] = await alertsOf(m.id);
    expect(alert).toMatchObject({ status: 'OPEN', value: 200, peakValue: 200 });
    await record(m.device, [[t0 + 4 * H, 1310]]);
    const after = await alertsOf(m.id);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: alert!.id, status: 'CLEARED', peakValue: 200 });
    expect(after[0]!.clearedAt).toBeTruthy();
    expect(after[0]!.closedAt).toBe(after[0]!.clearedAt);
    const orders = await t.sql('select 1 from work_order where title like $1', [`%${m.code}%`]);
    expect(orders).toHaveLength(1);
    expect(await notified()).toHaveLength(managers.length);
  });

  it('ABOVE_BASELINE: an hour above twice the same weekday-hour average of past weeks opens, then clears', async () => {
    const m = await newMeter();
    // The least consumption that may alert: 5.
    await newRule({ kind: 'ABOVE_BASELINE', meterId: m.id, factor: 2, weeks: 2, threshold: 5 });
    const now = Date.UTC(2026, 10, 16, 2); // a Monday, 10:00 in Shanghai
    const week = 7 * 24 * H;
    // 10 an hour from 10:00 to 12:00 two weeks and one week ago; the register stands still in between.
    await record(m.device, [
      [now - 2 * week, 0],
      [now - 2 * week + H, 10],
      [now - 2 * week + 2 * H, 20],
      [now - week, 20],
      [now - week + H, 30],
      [now - week + 2 * H, 40],
      [now, 40],
      [now + H, 55],
    ]);
    expect(await alertsOf(m.id)).toEqual([]); // 15 is not above 2 × 10
    await record(m.device, [[now + 2 * H, 80]]);
    const [alert] = await alertsOf(m.id);
    expect(alert).toMatchObject({ status: 'OPEN', value: 25, limitValue: 20 });
    // 12:00–13:00 had no use in past weeks, but 1 is under the least that may alert.
    await record(m.device, [[now + 3 * H, 81]]);
    expect((await alertsOf(m.id))[0]).toMatchObject({ id: alert!.id, status: 'CLEARED' });
  });

  it('NIGHT_USE: use in a night hour, or by day on a holiday, opens; a quiet or day hour clears', async () => {
    const m = await newMeter();
    const night = await newRule({
      kind: 'NIGHT_USE',
      meterId: m.id,
      nightStart: 22,
      nightEnd: 6,
      threshold: 5,
    });
    const holiday = await newRule({
      kind: 'NIGHT_USE',
      meterId: m.id,
      nightStart: 0,
      nightEnd: 1,
      threshold: 5,
      holidays: ['2026-11-12'],
    });
    const two = Date.UTC(2026, 10, 10, 18); // 02:00 on 11 November, Shanghai
    await record(m.device, [
      [two, 100],
      [two + H, 120],
    ]);
    let alerts = await alertsOf(m.id);
    expect(alerts.map((a) => [a.status, a.value])).toEqual([['OPEN', 20]]);
    await record(m.device, [[two + 2 * H, 121]]);
    alerts = await alertsOf(m.id);
    expect(alerts.map((a) => a.status)).toEqual(['CLEARED']);
    // 14:00 on the holiday: only the holiday rule sees it.
    const afternoon = Date.UTC(2026, 10, 12, 6);
    await record(m.device, [
      [afternoon, 200],
      [afternoon + H, 230],
    ]);
    const open = await t.sql<{ rule_id: string }>(
      'select rule_id from energy_alert where meter_id = $1 and closed_at is null',
      [m.id],
    );
    expect(open.map((r) => r.rule_id)).toEqual([holiday]);
    expect(night).not.toBe(holiday);
  });

  it('NIGHT_WATER_FLOW: water through every night hour opens a leak alert; a night with a dry hour clears it', async () => {
    const m = await newMeter({ kind: 'WATER' });
    await newRule({
      kind: 'NIGHT_WATER_FLOW',
      meterId: m.id,
      nightStart: 0,
      nightEnd: 5,
      openWorkOrder: true,
    });
    const midnight = Date.UTC(2026, 10, 19, 16); // 00:00 on 20 November, Shanghai
    const night = (start: number, base: number, dryHour: number | null) => {
      const out: [number, number][] = [];
      let v = base;
      for (let h = 0; h <= 5; h++) {
        out.push([start + h * H, v]);
        if (h !== dryHour) v += 0.5;
      }
      return out;
    };
    await record(m.device, night(midnight, 50, null).slice(0, 5)); // until 04:00: the night is not over
    expect(await alertsOf(m.id)).toEqual([]);
    await record(m.device, night(midnight, 50, null).slice(5));
    const [alert] = await alertsOf(m.id);
    expect(alert).toMatchObject({ status: 'OPEN', kind: 'NIGHT_WATER_FLOW', value: 0.5, limitValue: 0 });
    const [order] = await t.sql<{ category: string }>('select category from work_order where id = $1', [
      alert!.workOrderId,
    ]);
    expect(order!.category).toBe('WATER');
    // The day passes (still open: the last complete night leaked); the next night has a dry hour.
    await record(m.device, [[midnight + 12 * H, 60]]);
    expect((await alertsOf(m.id))[0]!.status).toBe('OPEN');
    await record(m.device, night(midnight + 24 * H, 60, 2));
    expect((await alertsOf(m.id))[0]).toMatchObject({ id: alert!.id, status: 'CLEARED' });
  });

  it('OFFLINE: no reading for N intervals opens; a reading clears; a closed alert stays closed for that outage', async () => {
    const m = await newMeter({ intervalMinutes: 15 });
    await newRule({ kind: 'OFFLINE', meterId: m.id, intervals: 4 });
    const now = t.clock.now().getTime();
    await record(m.device, [[now - 30 * 60_000, 10]]);
    expect(await alertsOf(m.id)).toEqual([]);
    await t.advanceClock(45 * 60_000); // 75 minutes since the reading: over 4 × 15
    expect((await evaluate()).errors).toBeUndefined();
    const [alert] = await alertsOf(m.id);
    expect(alert).toMatchObject({ status: 'OPEN', kind: 'OFFLINE', value: 75, limitValue: 60 });
    await record(m.device, [[t.clock.now().getTime(), 11]]);
    expect((await alertsOf(m.id))[0]).toMatchObject({ status: 'CLEARED' });
    // A second outage; staff acknowledge, then close it: evaluating again does not reopen it.
    await t.advanceClock(90 * 60_000);
    await evaluate();
    const [second] = (await alertsOf(m.id)).filter((a) => a.status === 'OPEN');
    const ack = await t.gqlOk<{ acknowledgeEnergyAlert: { status: string } }>(
      'mutation ($id: ID!) { acknowledgeEnergyAlert(id: $id) { status } }',
      { id: second!.id },
    );
    expect(ack.acknowledgeEnergyAlert.status).toBe('ACKNOWLEDGED');
    const again = await t.gql('mutation ($id: ID!) { acknowledgeEnergyAlert(id: $id) { status } }', {
      id: second!.id,
    });
    expect(code(again)).toBe('CONFLICT');
    await t.gqlOk('mutation ($id: ID!) { closeEnergyAlert(id: $id) { status } }', { id: second!.id });
    expect((await evaluate()).errors).toBeUndefined();
    expect((await alertsOf(m.id)).map((a) => a.status)).toEqual(['CLOSED', 'CLEARED']);
  });

  it('disabling a rule clears its alerts', async () => {
    const m = await newMeter({ intervalMinutes: 15 });
    const rule = await newRule({ kind: 'OFFLINE', meterId: m.id, intervals: 1 });
    await t.advanceClock(60 * 60_000);
    await evaluate();
    expect((await alertsOf(m.id))[0]!.status).toBe('OPEN');
    await t.gqlOk('mutation ($id: ID!) { setEnergyAlertRuleEnabled(id: $id, enabled: false) { enabled } }', {
      id: rule,
    });
    expect((await alertsOf(m.id))[0]!.status).toBe('CLEARED');
  });
});
