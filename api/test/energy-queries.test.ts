import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRollupsMatchRaw } from './energy-helpers.js';
import type { GqlResult, TestApp } from './test-app.js';
import { startTestApp } from './test-app.js';

let t: TestApp;
let parkId: string;
/** The seeded history's last reading, and the day (park time) before it. */
let lastAt: Date;
let lastFullDay: string;
beforeAll(async () => {
  t = await startTestApp();
  const [row] = await t.sql<{ park_id: string; last: Date }>(
    `select park_id, max(last_reading_at) as last from meter where code = 'E-MAIN' group by park_id`,
  );
  parkId = row!.park_id;
  lastAt = row!.last;
  lastFullDay = new Date(lastAt.getTime() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
});
afterAll(() => t.close());

const codeOf = (r: Pick<GqlResult, 'errors'>) => r.errors?.[0]?.extensions?.code;
const daysBefore = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
const meterIdOf = async (code: string) =>
  (await t.sql<{ id: string }>('select id from meter where code = $1', [code]))[0]!.id;

const CONSUMPTION = `query ($input: ConsumptionQueryInput!) { energyConsumption(input: $input) {
  key label unit total estimated area intensity points { at amount estimated } } }`;
type Series = {
  key: string;
  label: string;
  total: number;
  area: number | null;
  intensity: number | null;
  points: { at: string; amount: number }[];
};
const consumption = async (input: Record<string, unknown>, as: Pick<TestApp, 'gqlOk'> = t) =>
  (await as.gqlOk<{ energyConsumption: Series[] }>(CONSUMPTION, { input: { parkId, ...input } }))
    .energyConsumption;

describe('the demo park’s energy history', () => {
  it('has a year of hourly readings behind a metering tree, and rollups equal to a recomputation from raw', async () => {
    const [counts] = await t.sql<{ meters: string; readings: string; levels: string[] }>(
      `select (select count(*) from meter) meters, (select count(*) from meter_reading) readings,
              (select array_agg(distinct level::text order by level::text) from meter) levels`,
    );
    expect(Number(counts!.meters)).toBeGreaterThan(80);
    expect(Number(counts!.readings)).toBeGreaterThan(80 * 365 * 24);
    expect(counts!.levels).toEqual(['BUILDING', 'EQUIPMENT', 'FLOOR', 'PARK', 'TENANT']);
    const [tenantMeter] = await t.sql<{ id: string }>(
      `select id from meter where level = 'TENANT' order by code limit 1`,
    );
    // Every grain of the whole year, its quarters included (they are kept in the hours).
    const sample = await expectRollupsMatchRaw(t, tenantMeter!.id);
    expect(sample.readings).toBe(365 * 24 + 1);
    // A meter behind a current transformer (× 80).
    await expectRollupsMatchRaw(
      t,
      await meterIdOf(
        (
          await t.sql<{ code: string }>(
            `select code from meter where level = 'BUILDING' and kind = 'ELECTRICITY' order by code limit 1`,
          )
        )[0]!.code,
      ),
    );
  });

  it('the main meter exceeds its buildings and plant by the unmetered loss, every month', async () => {
    const from = daysBefore(lastFullDay, 300);
    const byKind = await consumption({ groupBy: 'KIND', from, to: lastFullDay, grain: 'MONTH' });
    const electricity = byKind.find((s) => s.key === 'ELECTRICITY')!;
    const buildings = await consumption({
      groupBy: 'BUILDING',
      kind: 'ELECTRICITY',
      from,
      to: lastFullDay,
      grain: 'MONTH',
    });
    const plant = await consumption({
      groupBy: 'METER',
      meterIds: [await meterIdOf('E-CHILLER')],
      from,
      to: lastFullDay,
      grain: 'MONTH',
    });
    const children = buildings.reduce((s, b) => s + b.total, 0) + plant[0]!.total;
    expect(electricity.total).toBeGreaterThan(children);
    expect(electricity.total - children).toBeLessThan(electricity.total * 0.05);
    expect(byKind.map((s) => s.key).sort()).toEqual(['ELECTRICITY', 'WATER']);
    // Summer and winter peaks: July’s consumption is above April’s in a building with HVAC load.
    expect(buildings.every((b) => b.area !== null && b.intensity !== null && b.intensity > 0)).toBe(true);
  });

  it('by building per day in a constant number of statements', async () => {
    const measured = await t.statements.measure(() =>
      consumption({
        groupBy: 'BUILDING',
        kind: 'ELECTRICITY',
        from: daysBefore(lastFullDay, 29),
        to: lastFullDay,
        grain: 'DAY',
      }),
    );
    expect(measured.result.length).toBe(6);
    expect(measured.result.every((s) => s.points.length === 30)).toBe(true);
    // Actor, park, the sums, the labels.
    expect(measured.statements).toBe(4);
  });

  it('a virtual public-area meter is its building less its tenants', async () => {
    const [v] = await t.sql<{ id: string; building: string; tenants: string[] }>(
      `select v.id, (select meter_id from virtual_meter_term where virtual_meter_id = v.id and sign = 1) building,
              array(select meter_id::text from virtual_meter_term where virtual_meter_id = v.id and sign = -1) tenants
         from meter v where v.virtual order by v.code limit 1`,
    );
    const q = { groupBy: 'METER', from: daysBefore(lastFullDay, 6), to: lastFullDay, grain: 'DAY' };
    const [virtual] = await consumption({ ...q, meterIds: [v!.id] });
    const parts = await consumption({ ...q, meterIds: [v!.building, ...v!.tenants] });
    const total = (id: string) => parts.find((p) => p.key === id)!.total;
    const expected = total(v!.building) - v!.tenants.reduce((s, id) => s + total(id), 0);
    expect(virtual!.total).toBeCloseTo(expected, 2);
    expect(virtual!.total).toBeGreaterThan(0);
  });

  it('reads a day in 96 quarters out of the hours: each hour’s four add up to it, and the day’s total is the same', async () => {
    const id = await meterIdOf('E-MAIN');
    const day = { groupBy: 'METER', meterIds: [id], from: lastFullDay, to: lastFullDay };
    const [quarters] = await consumption({ ...day, grain: 'QUARTER' });
    const [hours] = await consumption({ ...day, grain: 'HOUR' });
    const [days] = await consumption({ ...day, grain: 'DAY' });
    const points = (s: Series) => s.points;
    // The park's main meter passes power every hour of the day, so no quarter is left out as zero.
    expect(points(quarters!)).toHaveLength(96);
    expect(points(hours!)).toHaveLength(24);
    expect(new Date(points(quarters!)[0]!.at).getTime()).toBe(Date.parse(`${lastFullDay}T00:00:00+08:00`));
    for (const [h, hour] of points(hours!).entries()) {
      const four = points(quarters!).slice(h * 4, h * 4 + 4);
      expect(four.map((q) => Date.parse(q.at) - Date.parse(hour.at))).toEqual([
        0, 900_000, 1_800_000, 2_700_000,
      ]);
      expect(four.reduce((s, q) => s + q.amount, 0)).toBeCloseTo(hour.amount, 3);
    }
    expect(quarters!.total).toBeCloseTo(days!.total, 3);
    expect(quarters!.total).toBeGreaterThan(0);
  });

  it('tenant sub-meter consumption per billing period rests on its opening and closing readings', async () => {
    const finance = await t.as('finance');
    const from = daysBefore(lastFullDay, 29);
    const data = await finance.gqlOk<{
      tenantMeterUsage: {
        meterId: string;
        multiplier: number;
        consumption: number;
        opening: { at: string; value: number };
        closing: { at: string; value: number };
        flaggedReadings: number;
      }[];
    }>(
      `query ($p: ID!, $f: String!, $t: String!) { tenantMeterUsage(parkId: $p, from: $f, to: $t) {
        meterId multiplier consumption estimated opening { at value } closing { at value } flaggedReadings } }`,
      { p: parkId, f: from, t: lastFullDay },
    );
    expect(data.tenantMeterUsage.length).toBeGreaterThan(20);
    for (const line of data.tenantMeterUsage) {
      expect(line.consumption).toBeCloseTo((line.closing.value - line.opening.value) * line.multiplier, 3);
      expect(line.flaggedReadings).toBe(0);
    }
    expect(new Date(data.tenantMeterUsage[0]!.opening.at).toISOString()).toBe(
      new Date(Date.parse(`${from}T00:00:00+08:00`)).toISOString(),
    );
  });
});

describe('a tenant’s energy', () => {
  it('sees only its own meters, readings, consumption and bill lines', async () => {
    const tenant = await t.as('tenant.admin');
    const [own] = await t.sql<{ tenant_id: string }>(
      `select tenant_id from app_user where login = 'tenant.admin'`,
    );
    const mine = await tenant.gqlOk<{ meters: { nodes: { id: string; tenantId: string }[] } }>(
      '{ meters(first: 100) { nodes { id tenantId } } }',
    );
    expect(mine.meters.nodes.length).toBeGreaterThan(0);
    expect(new Set(mine.meters.nodes.map((m) => m.tenantId))).toEqual(new Set([own!.tenant_id]));
    const [other] = await t.sql<{ id: string }>(
      `select id from meter where tenant_id is distinct from $1 order by code limit 1`,
      [own!.tenant_id],
    );
    const range = { from: new Date(lastAt.getTime() - 86_400_000).toISOString(), to: lastAt.toISOString() };
    const READINGS =
      'query ($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { meterReadings(meterId: $id, from: $from, to: $to) { value } }';
    expect(codeOf(await tenant.gql(READINGS, { id: other!.id, ...range }))).toBe('NOT_FOUND');
    const ownReadings = await tenant.gqlOk<{ meterReadings: unknown[] }>(READINGS, {
      id: mine.meters.nodes[0]!.id,
      ...range,
    });
    expect(ownReadings.meterReadings.length).toBe(24);
    const byTenant = await consumption(
      {
        groupBy: 'TENANT',
        kind: 'ELECTRICITY',
        from: daysBefore(lastFullDay, 6),
        to: lastFullDay,
        grain: 'DAY',
      },
      tenant,
    );
    expect(byTenant.map((s) => s.key)).toEqual([own!.tenant_id]);
    const building = await consumption(
      {
        groupBy: 'BUILDING',
        kind: 'ELECTRICITY',
        from: daysBefore(lastFullDay, 6),
        to: lastFullDay,
        grain: 'DAY',
      },
      tenant,
    );
    expect(building).toEqual([]);
    const usage = await tenant.gqlOk<{ tenantMeterUsage: { tenantId: string }[] }>(
      'query ($p: ID!, $f: String!, $t: String!) { tenantMeterUsage(parkId: $p, from: $f, to: $t) { tenantId } }',
      { p: parkId, f: daysBefore(lastFullDay, 6), t: lastFullDay },
    );
    expect(new Set(usage.tenantMeterUsage.map((u) => u.tenantId))).toEqual(new Set([own!.tenant_id]));
    // Rollup and reading rows of other companies do not exist for the tenant, in the database itself.
    const write = await tenant.gql(
      'mutation ($id: ID!) { updateMeter(id: $id, input: { name: "x" }) { id } }',
      { id: mine.meters.nodes[0]!.id },
    );
    expect(codeOf(write)).toBe('FORBIDDEN');
  });
});

describe('manual readings', () => {
  it('are validated like a device’s: a lower reading is flagged, a future one refused', async () => {
    const engineer = await t.as('engineer');
    const id = await meterIdOf('W-MAIN');
    const [m] = await t.sql<{ baseline_value: string; last_reading_at: Date }>(
      'select baseline_value, last_reading_at from meter where id = $1',
      [id],
    );
    const REC = `mutation ($input: ManualReadingInput!) { recordMeterReading(input: $input) { stored flag } }`;
    // Late: between the last two hourly readings, and below both.
    const at = new Date(m!.last_reading_at.getTime() - 30 * 60_000);
    const lower = await engineer.gqlOk<{ recordMeterReading: { stored: boolean; flag: string } }>(REC, {
      input: { meterId: id, at: at.toISOString(), value: Number(m!.baseline_value) - 1000 },
    });
    expect(lower.recordMeterReading).toEqual({ stored: true, flag: 'BACKWARD' });
    const again = await engineer.gqlOk<{ recordMeterReading: { stored: boolean } }>(REC, {
      input: { meterId: id, at: at.toISOString(), value: Number(m!.baseline_value) - 1000 },
    });
    expect(again.recordMeterReading.stored).toBe(false);
    const future = await engineer.gql(REC, {
      input: { meterId: id, at: new Date(Date.now() + 86_400_000 * 400).toISOString(), value: 1 },
    });
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    await expectRollupsMatchRaw(t, id);
  });
});
