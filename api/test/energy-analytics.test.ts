import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSystem } from '../src/modules/auth/actor.js';
import { previousPeriod } from '../src/modules/energy/analytics.service.js';
import { recordMeterReadings } from '../src/modules/energy/index.js';
import { newMeterDevice } from './energy-helpers.js';
import { unique } from './factories.js';
import type { GqlResult, Session, TestApp } from './test-app.js';
import { startTestApp } from './test-app.js';

let t: TestApp;
let parkId: string;
let lastFullDay: string;
beforeAll(async () => {
  t = await startTestApp();
  const [row] = await t.sql<{ park_id: string; last: Date }>(
    `select park_id, max(last_reading_at) as last from meter where code = 'E-MAIN' group by park_id`,
  );
  parkId = row!.park_id;
  lastFullDay = new Date(row!.last.getTime() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
});
afterAll(() => t.close());

const codeOf = (r: Pick<GqlResult, 'errors'>) => r.errors?.[0]?.extensions?.code;
const fieldOf = (r: Pick<GqlResult, 'errors'>) => r.errors?.[0]?.extensions?.field;
const daysBefore = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

const CREATE_TARIFF = `mutation ($input: CreateTariffInput!) { createEnergyTariff(input: $input) {
  id kind unit effectiveFrom effectiveTo name periods { band startHour endHour price } } }`;
const CREATE_FACTOR = `mutation ($input: CreateEmissionFactorInput!) { createEmissionFactor(input: $input) { id kgPerUnit } }`;
const SPLIT = `query ($input: EnergyScopeInput!) { energyCostSplit(input: $input) {
  from to totalFen unpriced lines { kind band tariffId effectiveFrom price amount costFen }
  bands { kind band amount costFen share } } }`;
const OVERVIEW = `query ($input: EnergyScopeInput!) { energyOverview(input: $input) {
  kind unit today hours { hour today baseline } buildings { buildingId name amount area intensity }
  months { month amount lastYear mom yoy carbonKg partial }
  comparison { current previous lastYear mom yoy previousFrom previousTo area intensity carbonKg }
  cost { totalFen bands { band amount costFen share } } } }`;
const FLOW = `query ($p: ID!, $k: MeterKind!, $f: String!, $t: String!, $w: Boolean!) {
  energyFlow(parkId: $p, kind: $k, from: $f, to: $t, withTenants: $w) {
    unit nodes { id name level value loss } links { source target value } } }`;

type Line = {
  kind: string;
  band: string | null;
  effectiveFrom: string | null;
  price: string | null;
  amount: number;
  costFen: number;
};
type Split = {
  totalFen: number;
  unpriced: number;
  lines: Line[];
  bands: { band: string | null; amount: number }[];
};
type Overview = {
  hours: { hour: number; today: number | null; baseline: number | null }[];
  buildings: { buildingId: string; amount: number; intensity: number | null }[];
  months: {
    month: string;
    amount: number;
    lastYear: number | null;
    mom: number | null;
    yoy: number | null;
    carbonKg: number;
    partial: boolean;
  }[];
  comparison: {
    current: number;
    previous: number;
    lastYear: number;
    mom: number | null;
    yoy: number | null;
    previousFrom: string;
    previousTo: string;
    area: number | null;
    intensity: number | null;
    carbonKg: number;
  };
  cost: { totalFen: number; bands: { band: string | null; amount: number }[] };
};
type Flow = {
  nodes: { id: string; name: string; level: string | null; value: number; loss: number | null }[];
  links: { source: string; target: string; value: number }[];
};
const split = async (input: Record<string, unknown>, as: Pick<Session, 'gqlOk'> = t) =>
  (await as.gqlOk<{ energyCostSplit: Split }>(SPLIT, { input: { parkId, ...input } })).energyCostSplit;
const overview = async (input: Record<string, unknown>, as: Pick<Session, 'gqlOk'> = t) =>
  (await as.gqlOk<{ energyOverview: Overview }>(OVERVIEW, { input: { parkId, ...input } })).energyOverview;
const flow = async (from: string, to: string, as: Pick<Session, 'gqlOk'> = t, withTenants = true) =>
  (
    await as.gqlOk<{ energyFlow: Flow }>(FLOW, {
      p: parkId,
      k: 'ELECTRICITY',
      f: from,
      t: to,
      w: withTenants,
    })
  ).energyFlow;

/** Local hour buckets (park time, UTC+8) 2026-03-01 20:00 … 2026-03-02 09:00, consumption each, m³. */
const HOURLY = [1.234, 2.5, 3.75, 4.125, 0.333, 0.5, 0.667, 1.001, 1.2, 0.9, 0.8, 0.75, 5.555, 6.789];
const HOUR = 3_600_000;
/** 2026-03-01 20:00 in park time. */
const WINDOW = Date.UTC(2026, 2, 1, 12);

describe('time-of-use tariffs 峰平谷 and the cost split', () => {
  let meterId: string;
  beforeAll(async () => {
    const finance = await t.as('finance');
    // Gas has no seeded tariff: two versions, the second from the next day, each with a band boundary.
    await finance.gqlOk(CREATE_TARIFF, {
      input: {
        parkId,
        kind: 'GAS',
        effectiveFrom: '2026-03-01',
        name: '燃气 一',
        periods: [
          { band: 'FLAT', startHour: 0, endHour: 21, price: '0.5' },
          { band: 'PEAK', startHour: 21, endHour: 24, price: '1.1111' },
        ],
      },
    });
    await finance.gqlOk(CREATE_TARIFF, {
      input: {
        parkId,
        kind: 'GAS',
        effectiveFrom: '2026-03-02',
        name: '燃气 二',
        periods: [
          { band: 'PEAK', startHour: 8, endHour: 24, price: '1.2345' },
          { band: 'VALLEY', startHour: 0, endHour: 8, price: '0.3333' },
        ],
      },
    });
    const device = await newMeterDevice(t, parkId);
    const created = await t.gqlOk<{ createMeter: { id: string } }>(
      `mutation ($input: CreateMeterInput!) { createMeter(input: $input) { id } }`,
      {
        input: {
          parkId,
          code: unique('G').slice(0, 30),
          kind: 'GAS',
          level: 'EQUIPMENT',
          intervalMinutes: 60,
          deviceId: device,
        },
      },
    );
    meterId = created.createMeter.id;
    // February 2025: 1 m³ (metering starts before the year-before period); March 2025: 10 m³; February 2026: 8 m³; March 2026: the hourly window (gaps carry nothing).
    const readings = [
      { at: new Date(Date.UTC(2025, 1, 27, 0)), value: 99 },
      { at: new Date(Date.UTC(2025, 1, 27, 1)), value: 100 },
      { at: new Date(Date.UTC(2025, 2, 10, 0)), value: 100 },
      { at: new Date(Date.UTC(2025, 2, 10, 1)), value: 110 },
      { at: new Date(Date.UTC(2026, 1, 10, 0)), value: 110 },
      { at: new Date(Date.UTC(2026, 1, 10, 1)), value: 118 },
      { at: new Date(WINDOW), value: 118 },
    ];
    let register = 118_000;
    for (const [i, amount] of HOURLY.entries()) {
      register += Math.round(amount * 1000);
      readings.push({ at: new Date(WINDOW + (i + 1) * HOUR), value: register / 1000 });
    }
    for (const r of readings)
      await withSystem(t.orm, (em) => recordMeterReadings(em, [{ deviceId: device, ...r }]));
  });

  it('prices each hour by the version in force on its day and the band of its hour, rounding once per line', async () => {
    const got = await split({ meterId, kind: 'GAS', from: '2026-03-01', to: '2026-03-02' });
    // By hand: 20:00 flat 1.234 × 0.5 = 0.617 ¥ → 62 fen; 21–23 peak 10.375 × 1.1111 = 11.5276625 ¥
    // → 1153 fen; next day (new version) 0–7 valley 6.151 × 0.3333 = 2.0501283 ¥ → 205 fen;
    // 8–9 peak 12.344 × 1.2345 = 15.238668 ¥ → 1524 fen.
    expect(got.lines.map((l) => [l.effectiveFrom, l.band, l.price, l.amount, l.costFen])).toEqual([
      ['2026-03-01', 'PEAK', '1.1111', 10.375, 1153],
      ['2026-03-01', 'FLAT', '0.5000', 1.234, 62],
      ['2026-03-02', 'PEAK', '1.2345', 12.344, 1524],
      ['2026-03-02', 'VALLEY', '0.3333', 6.151, 205],
    ]);
    expect(got.totalFen).toBe(62 + 1153 + 205 + 1524);
    expect(got.unpriced).toBe(0);
    const peak = got.bands.find((b) => b.band === 'PEAK')!;
    expect(peak.amount).toBeCloseTo(10.375 + 12.344, 6);
    // Hours no version covers (February, before the first) come back unpriced, never guessed.
    const feb = await split({ meterId, kind: 'GAS', from: '2026-02-01', to: '2026-02-28' });
    expect(feb.lines).toEqual([
      { kind: 'GAS', band: null, tariffId: null, effectiveFrom: null, price: null, amount: 8, costFen: 0 },
    ]);
    expect(feb.unpriced).toBe(8);
  });

  it('lists versions with the day each stops, newest first', async () => {
    const data = await t.gqlOk<{
      energyTariffs: { effectiveFrom: string; effectiveTo: string | null; periods: unknown[] }[];
    }>(
      'query ($p: ID!) { energyTariffs(parkId: $p, kind: GAS) { effectiveFrom effectiveTo periods { band startHour endHour price } } }',
      { p: parkId },
    );
    expect(data.energyTariffs.map((v) => [v.effectiveFrom, v.effectiveTo])).toEqual([
      ['2026-03-02', null],
      ['2026-03-01', '2026-03-01'],
    ]);
    expect(data.energyTariffs[0]!.periods).toEqual([
      { band: 'VALLEY', startHour: 0, endHour: 8, price: '0.3333' },
      { band: 'PEAK', startHour: 8, endHour: 24, price: '1.2345' },
    ]);
  });

  it('month-on-month, year-on-year and dated carbon of a period', async () => {
    const finance = await t.as('finance');
    for (const [effectiveFrom, kgPerUnit] of [
      ['2026-03-01', '1'],
      ['2026-03-02', '2'],
    ])
      await finance.gqlOk(CREATE_FACTOR, {
        input: { parkId, kind: 'GAS', effectiveFrom, kgPerUnit, source: '测试' },
      });
    const o = await overview({ meterId, kind: 'GAS', from: '2026-03-01', to: '2026-03-31' });
    const march = 1.234 + 10.375 + 6.151 + 12.344;
    expect(o.comparison.current).toBeCloseTo(march, 6);
    expect([o.comparison.previous, o.comparison.lastYear]).toEqual([8, 10]);
    expect([o.comparison.previousFrom, o.comparison.previousTo]).toEqual(['2026-02-01', '2026-02-28']);
    expect(o.comparison.mom).toBeCloseTo(march / 8 - 1, 4);
    expect(o.comparison.yoy).toBeCloseTo(march / 10 - 1, 4);
    // Each day by its factor: 1 March at 1 kg/m³, 2 March at 2.
    expect(o.comparison.carbonKg).toBeCloseTo((1.234 + 10.375) * 1 + (6.151 + 12.344) * 2, 6);
    expect(o.months).toHaveLength(12);
    const last = o.months.at(-1)!;
    expect(last.month).toBe('2026-03');
    expect(last.amount).toBeCloseTo(march, 6);
    expect(last.lastYear).toBe(10);
    expect(last.mom).toBeCloseTo(march / 8 - 1, 4);
    expect(last.yoy).toBeCloseTo(march / 10 - 1, 4);
    expect(last.carbonKg).toBeCloseTo(march, 6);
    expect(o.months.at(-2)).toMatchObject({ month: '2026-02', amount: 8, lastYear: 1, yoy: 7 });
    // A year before the first metered day there is nothing to compare with: no ratio, not +∞ %.
    const early = await overview({ meterId, kind: 'GAS', from: '2025-03-01', to: '2025-03-31' });
    expect([early.comparison.current, early.comparison.mom, early.comparison.yoy]).toEqual([10, null, null]);
    // Months before the first metered day are marked partial; metered, finished months are not.
    expect(early.months.slice(0, -2).every((m) => m.partial && m.amount === 0)).toBe(true);
    expect(early.months.slice(-2).map((m) => [m.month, m.amount, m.partial])).toEqual([
      ['2025-02', 1, true], // metered from the 27th
      ['2025-03', 10, false],
    ]);
    expect(o.months.some((m) => m.partial)).toBe(false);
    expect(o.cost.totalFen).toBe(2944);
    expect(previousPeriod('2026-03-05', '2026-03-11')).toEqual(['2026-02-26', '2026-03-04']);
    expect(previousPeriod('2026-01-01', '2026-03-31')).toEqual(['2025-10-01', '2025-12-31']);
    expect(previousPeriod('2026-03-01', '2026-03-30')).toEqual(['2026-02-01', '2026-02-28']);
  });

  it('refuses bad tariffs on the field and writes nothing', async () => {
    const finance = await t.as('finance');
    const count = async () =>
      (
        await t.sql<{ n: string }>(
          'select (select count(*) from energy_tariff) + (select count(*) from energy_tariff_period) n',
        )
      )[0]!.n;
    const before = await count();
    const base = { parkId, kind: 'WATER', effectiveFrom: '2026-07-01', name: '水价' };
    const flat = (p: Record<string, unknown>) => ({ band: 'FLAT', price: '4.57', ...p });
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { periods: [flat({ startHour: 0, endHour: 12 }), flat({ startHour: 11, endHour: 24 })] },
        'input.periods.1.startHour',
        'PERIOD_OVERLAP',
      ],
      [
        { periods: [flat({ startHour: 0, endHour: 10 }), flat({ startHour: 12, endHour: 24 })] },
        'input.periods.1.startHour',
        'PERIOD_GAP',
      ],
      [{ periods: [flat({ startHour: 0, endHour: 20 })] }, 'input.periods.0.endHour', 'PERIOD_GAP'],
      [
        { periods: [flat({ startHour: 5, endHour: 5 }), flat({ startHour: 0, endHour: 24 })] },
        'input.periods.0.endHour',
        'PERIOD_EMPTY',
      ],
      [
        { periods: [flat({ startHour: 0, endHour: 8 }), flat({ startHour: 8, endHour: 24, price: '5' })] },
        'input.periods.1.price',
        'BAND_PRICES_DIFFER',
      ],
      [{ periods: [flat({ startHour: 0, endHour: 24, price: '-1' })] }, 'input.periods.0.price', ''],
      [{ periods: [flat({ startHour: 0, endHour: 24, price: '0.12345' })] }, 'input.periods.0.price', ''],
      [{ periods: [flat({ startHour: 0, endHour: 25 })] }, 'input.periods.0.endHour', ''],
      [
        { effectiveFrom: '2026-02-30', periods: [flat({ startHour: 0, endHour: 24 })] },
        'input.effectiveFrom',
        '',
      ],
      [{ name: '  ', periods: [flat({ startHour: 0, endHour: 24 })] }, 'input.name', 'REQUIRED'],
      [{ periods: [] }, 'input.periods', ''],
    ];
    for (const [change, field, domainCode] of cases) {
      const r = await finance.gql(CREATE_TARIFF, { input: { ...base, ...change } });
      expect([codeOf(r), fieldOf(r)], JSON.stringify(change)).toEqual(['BAD_USER_INPUT', field]);
      if (domainCode) expect(r.errors?.[0]?.extensions?.domainCode).toBe(domainCode);
    }
    // A second version on a date that has one: a conflict on the date.
    const existing = (
      await t.sql<{ d: string }>(
        `select effective_from::text d from energy_tariff where kind = 'WATER' limit 1`,
      )
    )[0]!.d;
    const twice = await finance.gql(CREATE_TARIFF, {
      input: { ...base, effectiveFrom: existing, periods: [flat({ startHour: 0, endHour: 24 })] },
    });
    expect([codeOf(twice), fieldOf(twice)]).toEqual(['CONFLICT', 'input.effectiveFrom']);
    const factor = await finance.gql(CREATE_FACTOR, {
      input: { parkId, kind: 'WATER', effectiveFrom: '2026-07-01', kgPerUnit: '-0.1', source: 'x' },
    });
    expect([codeOf(factor), fieldOf(factor)]).toEqual(['BAD_USER_INPUT', 'input.kgPerUnit']);
    // Engineers read prices but do not set them.
    const engineer = await t.as('engineer');
    const denied = await engineer.gql(CREATE_TARIFF, {
      input: { ...base, periods: [flat({ startHour: 0, endHour: 24 })] },
    });
    expect(codeOf(denied)).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
    const bad = await t.gql(SPLIT, { input: { parkId, from: '2026-03-02', to: '2026-03-01' } });
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['BAD_USER_INPUT', 'input.to']);
    const both = await t.gql(SPLIT, {
      input: {
        parkId,
        from: '2026-03-01',
        to: '2026-03-01',
        buildingId: randomUUID(),
        tenantId: randomUUID(),
      },
    });
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
  });
});

describe('the demo park’s overview and flow', () => {
  it('seeded tariffs price the whole year of electricity, peak dearer than valley', async () => {
    const from = daysBefore(lastFullDay, 29);
    const got = await split({ kind: 'ELECTRICITY', from, to: lastFullDay });
    expect(got.unpriced).toBe(0);
    expect(got.totalFen).toBeGreaterThan(0);
    const bands = new Set(got.lines.map((l) => l.band));
    expect(bands.has('PEAK') && bands.has('FLAT') && bands.has('VALLEY')).toBe(true);
    // The split sums to the main meter's consumption over the same days.
    const [main] = await t.sql<{ s: string }>(
      `select sum(r.amount) s from meter_rollup r join meter m on m.id = r.meter_id
        where m.code = 'E-MAIN' and r.grain = 'DAY' and r.bucket >= $1 and r.bucket < $2`,
      [
        new Date(`${from}T00:00:00+08:00`),
        new Date(Date.parse(`${lastFullDay}T00:00:00+08:00`) + 86_400_000),
      ],
    );
    expect(got.lines.reduce((s, l) => s + l.amount, 0)).toBeCloseTo(Number(main!.s), 2);
  });

  it('overview: today against its baseline, buildings, a 12-month trend and carbon, in 7 statements', async () => {
    const from = `${lastFullDay.slice(0, 7)}-01`;
    const measured = await t.statements.measure(() =>
      overview({ kind: 'ELECTRICITY', from, to: lastFullDay }),
    );
    const o = measured.result;
    // Actor, park, and one statement each for the hours, buildings, months, comparison and split.
    expect(measured.statements).toBe(7);
    expect(o.hours).toHaveLength(24);
    expect(o.hours.filter((h) => h.baseline !== null).length).toBe(24);
    expect(o.buildings.length).toBe(6);
    expect(o.buildings.every((b) => b.amount > 0 && b.intensity !== null)).toBe(true);
    expect(o.months.filter((m) => m.amount > 0).length).toBeGreaterThanOrEqual(12);
    // The seeded year covers every month of the trend; only a month still under way is partial.
    expect(o.months.slice(0, -1).some((m) => m.partial)).toBe(false);
    const thisMonth = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    expect(o.months.at(-1)!.partial).toBe(o.months.at(-1)!.month === thisMonth);
    expect(o.comparison.current).toBeGreaterThan(0);
    expect(o.comparison.area).toBeGreaterThan(0);
    expect(o.comparison.intensity).toBeCloseTo(o.comparison.current / o.comparison.area!, 3);
    expect(o.comparison.carbonKg).toBeCloseTo(o.comparison.current * 0.5703, 0);
    expect(o.cost.totalFen).toBeGreaterThan(0);
  });

  it('flow: each node’s loss is its consumption less its children’s, in 3 statements', async () => {
    const from = daysBefore(lastFullDay, 6);
    const measured = await t.statements.measure(() => flow(from, lastFullDay));
    expect(measured.statements).toBe(3);
    const f = measured.result;
    const amountOf = new Map(f.nodes.map((n) => [n.id, n.value]));
    const withLoss = f.nodes.filter((n) => n.loss !== null);
    expect(withLoss.length).toBeGreaterThan(6);
    for (const n of withLoss) {
      const children = f.links.filter((l) => l.source === n.id && !l.target.startsWith('loss:'));
      const sum = children.reduce((s, l) => s + amountOf.get(l.target)!, 0);
      expect(n.loss!).toBeCloseTo(n.value - sum, 2);
      const lossLink = f.links.find((l) => l.target === `loss:${n.id}`);
      if (n.loss! > 0) expect(lossLink?.value).toBeCloseTo(n.loss!, 3);
    }
    // The main meter against the rollups directly: its value, and its children's.
    const [main] = await t.sql<{ id: string; own: string; kids: string }>(
      `select m.id,
              (select sum(amount) from meter_rollup where meter_id = m.id and grain = 'DAY' and bucket >= $1 and bucket < $2) own,
              (select sum(r.amount) from meter_rollup r join meter c on c.id = r.meter_id
                where c.parent_id = m.id and r.grain = 'DAY' and r.bucket >= $1 and r.bucket < $2) kids
         from meter m where m.code = 'E-MAIN'`,
      [
        new Date(`${from}T00:00:00+08:00`),
        new Date(Date.parse(`${lastFullDay}T00:00:00+08:00`) + 86_400_000),
      ],
    );
    const mainNode = f.nodes.find((n) => n.id === main!.id)!;
    expect(mainNode.value).toBeCloseTo(Number(main!.own), 3);
    expect(mainNode.loss).toBeCloseTo(Number(main!.own) - Number(main!.kids), 2);
    expect(mainNode.loss!).toBeGreaterThan(0);
    const floors = await flow(from, lastFullDay, t, false);
    expect(floors.nodes.some((n) => n.level === 'TENANT')).toBe(false);
  });
});

describe('a tenant’s costs', () => {
  it('are its own meters’ only, whatever it names', async () => {
    const tenant = await t.as('tenant.admin');
    const [own] = await t.sql<{ tenant_id: string }>(
      `select tenant_id from app_user where login = 'tenant.admin'`,
    );
    const [other] = await t.sql<{ tenant_id: string; id: string }>(
      `select tenant_id, id from meter where level = 'TENANT' and tenant_id <> $1 order by code limit 1`,
      [own!.tenant_id],
    );
    const q = { kind: 'ELECTRICITY', from: daysBefore(lastFullDay, 6), to: lastFullDay };
    const mine = await split({ ...q, tenantId: own!.tenant_id });
    const theirs = await split({ ...q, tenantId: other!.tenant_id });
    expect(mine.totalFen).toBeGreaterThan(0);
    expect(theirs.totalFen).not.toBe(mine.totalFen);
    expect((await split({ ...q, tenantId: other!.tenant_id }, tenant)).totalFen).toBe(mine.totalFen);
    expect((await split(q, tenant)).totalFen).toBe(mine.totalFen);
    const otherMeter = await split({ ...q, meterId: other!.id }, tenant);
    expect([otherMeter.lines, otherMeter.totalFen]).toEqual([[], 0]);
    const o = await overview({ ...q, tenantId: other!.tenant_id }, tenant);
    const staffView = await overview({ ...q, tenantId: own!.tenant_id });
    expect(o.buildings).toEqual([]);
    expect(o.comparison.current).toBe(staffView.comparison.current);
    expect(o.cost.totalFen).toBe(mine.totalFen);
    const f = await flow(q.from, q.to, tenant);
    const ownMeters = await t.sql<{ id: string }>('select id from meter where tenant_id = $1', [
      own!.tenant_id,
    ]);
    expect(f.nodes.length).toBeGreaterThan(0);
    expect(f.nodes.every((n) => ownMeters.some((m) => m.id === n.id))).toBe(true);
    // Prices are public to the park's tenants; setting them is not theirs.
    const tariffs = await tenant.gqlOk<{ energyTariffs: unknown[] }>(
      'query ($p: ID!) { energyTariffs(parkId: $p) { id } }',
      { p: parkId },
    );
    expect(tariffs.energyTariffs.length).toBeGreaterThan(0);
    const write = await tenant.gql(CREATE_FACTOR, {
      input: { parkId, kind: 'WATER', effectiveFrom: '2026-07-01', kgPerUnit: '0.1', source: 'x' },
    });
    expect(codeOf(write)).toBe('FORBIDDEN');
  });
});
