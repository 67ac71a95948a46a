import { expect } from 'vitest';
import { RollupGrain } from '../src/modules/energy/energy.enums.js';
import { book, Calendar, emptyDelta } from '../src/modules/energy/rollup.js';
import { type MeterRules, toMilli, validateSeries } from '../src/modules/energy/validation.js';
import { unique } from './factories.js';
import type { TestApp } from './test-app.js';

type Rule = {
  register_digits: number | null;
  multiplier: string;
  spike_limit: string | null;
  interval_minutes: number;
  time_zone: string;
};

/**
 * Recomputes a meter's verdicts and rollups from its raw readings alone (register values in time
 * order), and checks that what the database holds, maintained incrementally, is the same: every
 * reading's flag and consumption, and every bucket of every grain (the 15-minute buckets as the
 * view `meter_rollup_quarter` reads them out of their hours).
 */
export async function expectRollupsMatchRaw(t: TestApp, meterId: string) {
  const [m] = await t.sql<Rule>(
    'select register_digits, multiplier, spike_limit, interval_minutes, time_zone from meter where id = $1',
    [meterId],
  );
  const rules: MeterRules = {
    registerDigits: m!.register_digits,
    multiplier: Number(m!.multiplier),
    spikeLimit: m!.spike_limit === null ? null : toMilli(Number(m!.spike_limit)),
    intervalMinutes: m!.interval_minutes,
  };
  const raw = await t.sql<{ ts: Date; value: string; flag: string; delta: string }>(
    'select ts, value, flag, delta from meter_reading where meter_id = $1 order by ts',
    [meterId],
  );
  const series = raw.map((r) => ({ ts: r.ts.getTime(), value: toMilli(Number(r.value)) }));
  const { verdicts } = validateSeries(null, series, rules);
  expect(raw.map((r) => [r.flag, toMilli(Number(r.delta))])).toEqual(verdicts.map((v) => [v.flag, v.delta]));
  const expected = emptyDelta();
  const calendar = new Calendar(m!.time_zone);
  for (const [i, v] of verdicts.entries()) book(expected, calendar, v, series[i]!.ts);
  const stored = await t.sql<{ grain: RollupGrain; bucket: Date; amount: string; estimated: string }>(
    `select grain, bucket, amount, estimated from meter_rollup where meter_id = $1
     union all select 'QUARTER', bucket, amount, estimated from meter_rollup_quarter where meter_id = $1`,
    [meterId],
  );
  const asText = (grain: RollupGrain, bucket: number, amount: number, estimated: number) =>
    `${grain} ${new Date(bucket).toISOString()} ${amount} ${estimated}`;
  const want: string[] = [];
  for (const [grain, buckets] of expected)
    for (const [bucket, a] of buckets)
      if (a.amount !== 0 || a.estimated !== 0) want.push(asText(grain, bucket, a.amount, a.estimated));
  const got = stored
    .filter((r) => toMilli(Number(r.amount)) !== 0 || toMilli(Number(r.estimated)) !== 0)
    .map((r) => asText(r.grain, r.bucket.getTime(), toMilli(Number(r.amount)), toMilli(Number(r.estimated))));
  expect(got.sort()).toEqual(want.sort());
  return { readings: raw.length, buckets: got.length };
}

/**
 * A metering device registered in the park through the API, its id: a meter links only a meter
 * device of its own park (a foreign key on both).
 */
export async function newMeterDevice(t: TestApp, parkId: string): Promise<string> {
  const { registerIotDevice } = await t.gqlOk<{ registerIotDevice: { device: { id: string } } }>(
    'mutation ($input: RegisterIotDeviceInput!) { registerIotDevice(input: $input) { device { id } } }',
    { input: { parkId, code: unique('DEV-').toUpperCase().slice(0, 40), kind: 'METER', name: '测试采集器' } },
  );
  return registerIotDevice.device.id;
}
