import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migration20261206194500_quarters_in_hours as QuartersInHours } from '../src/db/migrations/Migration20261206194500_quarters_in_hours.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ data: 'empty' });
});
afterAll(() => t.close());

/** The statements of the migration's up() or down(), collected without a database. */
async function sqlOf(direction: 'up' | 'down'): Promise<string[]> {
  const migration = new QuartersInHours(undefined as never, undefined as never);
  await migration[direction]();
  return migration.getQueries().map(String);
}

const H = 3_600_000;
const Q = 900_000;

describe('the migration that keeps quarters in their hours', () => {
  it('moves the kept quarter rows into their hours, leaves older hours’ quarters unknown, and goes back', async () => {
    // meter_rollup holds no foreign keys: any meter and park will do.
    const meter = { id: crypto.randomUUID() };
    const park = { id: crypto.randomUUID() };
    // Back to the schema before it: hours without quarters, quarters in rows of their own.
    for (const sql of await sqlOf('down')) await t.sql(sql);
    const old = Date.UTC(2026, 9, 1, 3); // an hour whose quarters had been pruned
    const kept = Date.UTC(2026, 10, 20, 3); // an hour with its quarters (the 2nd left out as zero)
    const rows: [grain: string, at: number, amount: number, estimated: number][] = [
      ['HOUR', old, 12, 0],
      ['HOUR', kept, 10, 4],
      ['QUARTER', kept, 1, 0],
      ['QUARTER', kept + 2 * Q, 5, 4],
      ['QUARTER', kept + 3 * Q, 4, 0],
      // A quarter whose hour row is missing: its hour is made.
      ['QUARTER', kept + H + Q, 2, 0],
    ];
    for (const [grain, at, amount, estimated] of rows)
      await t.sql(
        `insert into meter_rollup (meter_id, park_id, grain, bucket, amount, estimated) values ($1, $2, $3, $4, $5, $6)`,
        [meter.id, park.id, grain, new Date(at), amount, estimated],
      );

    for (const sql of await sqlOf('up')) await t.sql(sql);
    const hours = await t.sql<Record<string, string | Date | null>>(
      `select bucket, amount, estimated, q1, q2, q3, q4, e1, e2, e3, e4 from meter_rollup
        where meter_id = $1 order by grain, bucket`,
      [meter.id],
    );
    const n = (v: unknown) => (v === null ? null : Number(v));
    expect(
      hours.map((h) => [
        (h.bucket as Date).getTime(),
        n(h.amount),
        ...['q1', 'q2', 'q3', 'q4', 'e1', 'e2', 'e3', 'e4'].map((k) => n(h[k])),
      ]),
    ).toEqual([
      // Quarters in thousandths.
      [old, 12, null, null, null, null, null, null, null, null],
      [kept, 10, 1000, 0, 5000, 4000, 0, 0, 4000, 0],
      [kept + H, 0, 0, 2000, 0, 0, 0, 0, 0, 0],
    ]);
    await expect(
      t.sql(
        `insert into meter_rollup (meter_id, park_id, grain, bucket, amount) values ($1, $2, 'QUARTER', now(), 1)`,
        [meter.id, park.id],
      ),
    ).rejects.toThrow(/meter_rollup_grain_check/);
    const quarters = await t.sql<{ bucket: Date; amount: string; estimated: string }>(
      `select bucket, amount, estimated from meter_rollup_quarter where meter_id = $1 order by bucket`,
      [meter.id],
    );
    const asRows = (list: { bucket: Date; amount: string; estimated: string }[]) =>
      list.map((r) => [r.bucket.getTime(), Number(r.amount), Number(r.estimated)]);
    const before = rows
      .filter((r) => r[0] === 'QUARTER')
      .map(([, at, amount, estimated]) => [at, amount, estimated]);
    expect(asRows(quarters)).toEqual(before);

    // And back: the same quarter rows as before.
    for (const sql of await sqlOf('down')) await t.sql(sql);
    const again = await t.sql<{ bucket: Date; amount: string; estimated: string }>(
      `select bucket, amount, estimated from meter_rollup where meter_id = $1 and grain = 'QUARTER' order by bucket`,
      [meter.id],
    );
    expect(asRows(again)).toEqual(before);
    for (const sql of await sqlOf('up')) await t.sql(sql);
  });
});
