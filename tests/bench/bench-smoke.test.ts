import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { SCENARIOS } from './scenarios.ts';

const run = promisify(execFile);
const CONTENDERS = ['limit', 'postgraphile', 'ours'];
const cells = (line: string) => line.split('|').map((cell) => cell.trim());

/** Keeps `pnpm bench` from rotting: the smoke run must print a live row for every scenario. */
test('pnpm bench --smoke prints live rows for S1–S10 and every contender', async () => {
  const bench = new URL('./bench.ts', import.meta.url).pathname;
  const { stdout } = await run(process.execPath, [bench, '--smoke'], {
    timeout: 280_000,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const lines = stdout.split('\n').filter((line) => line.startsWith('| '));
  const rows = lines.filter((line) => /^\| S\d/.test(line)).map(cells);
  for (const scenario of SCENARIOS)
    for (const contender of CONTENDERS) {
      const row = rows.find((r) => r[1]?.startsWith(`${scenario.id} `) && r[2] === contender);
      expect(row, `${scenario.id} ${contender}`).toBeDefined();
      expect(Number(row![3]), `${scenario.id} ${contender} req/s`).toBeGreaterThan(0);
    }
  // S3: ours and plain graphql-js, executes/s.
  for (const contender of ['ours', 'plain']) {
    const row = lines.map(cells).find((r) => r[1] === contender && /^\d+$/.test(r[2] ?? ''));
    expect(Number(row?.[3]), `S3 ${contender} executes/s`).toBeGreaterThan(0);
  }
  // S6: the units export, both formats, every row.
  for (const format of ['xlsx', 'csv']) {
    const row = rows.find((r) => r[1] === 'S6 export units' && r[2] === format);
    expect(Number(row?.[4]), `S6 ${format} rows/s`).toBeGreaterThan(0);
  }
  // S7: gate pass scans, ours and the limit, every measured scan a check-in.
  for (const contender of ['limit', 'ours']) {
    const row = rows.find((r) => r[1] === 'S7 gate pass scan' && r[2] === contender);
    expect(Number(row?.[3]), `S7 ${contender} req/s`).toBeGreaterThan(0);
    expect(Number(row?.[10]), `S7 ${contender} checked in`).toBeGreaterThan(0);
    expect(row?.[11], `S7 ${contender} failed`).toBe('0');
  }
  // S8: every waiting kiosk told of its approval, both ways the host approves.
  for (const mode of ['sequential', '10 at a time']) {
    const row = rows.find((r) => r[1] === 'S8 live approval' && r[2] === mode);
    expect(Number(row?.[4]), `S8 ${mode} approved`).toBeGreaterThan(0);
    expect(row?.[4], `S8 ${mode} every kiosk told`).toBe(row?.[3]);
    expect(Number(row?.[6]), `S8 ${mode} p99 ms`).toBeGreaterThan(0);
    expect(row?.[8], `S8 ${mode} lost`).toBe('0');
  }
  // S9: every published reading committed with its rollups, on each broker run; the raw broker and
  // COPY rows alive; the dashboard's month sums equal from rollups and from raw readings.
  const s9 = rows.filter((r) => r[1] === 'S9 energy ingest');
  for (const stage of ['raw COPY (unindexed table)', 'write stage (recordMeterReadings)'])
    expect(Number(s9.find((r) => r[3] === stage)?.[6]), `S9 ${stage} readings/s`).toBeGreaterThan(0);
  const published = Number(s9.find((r) => r[3] === 'parse (JSON + zod)')?.[4]);
  expect(published, 'S9 readings').toBeGreaterThan(0);
  // Publish → alert delivered over graphql-ws: every tripping reading's alert arrived.
  const alerts = s9.find((r) => r[3]?.startsWith('publish → alert delivered'));
  expect(Number(alerts?.[4]), 'S9 alerts delivered').toBe(3);
  expect(Number(alerts?.[8]), 'S9 alert p99 ms').toBeGreaterThan(0);
  // Each broker, each message shape (one reading a message; a gateway's registers in one).
  const brokers = s9.filter((r) => r[3]?.startsWith('end to end (publish'));
  expect(brokers.filter((r) => r[2] === 'aedes').map((r) => r[3])).toEqual([
    'end to end (publish → committed), 1 reading a message',
    'end to end (publish → committed), gateways, 2 readings a message',
  ]);
  for (const r of brokers) {
    expect(r[4], `S9 ${r[2]} ${r[3]} committed`).toBe(String(published));
    expect(r[9], `S9 ${r[2]} ${r[3]} rollups`).toMatch(/0 failed; rollups equal;/);
    const shape = r[3]!.replace('end to end (publish → committed)', '');
    const raw = s9.find((x) => x[2] === r[2] && x[3] === `raw broker (counting subscriber)${shape}`);
    expect(raw?.[4], `S9 ${r[2]} ${r[3]} raw broker received`).toBe(String(published));
  }
  // S10: both contenders bill every lease once, one rent line each.
  for (const contender of ['limit', 'ours']) {
    const row = rows.find((r) => r[1] === 'S10 bill run' && r[2] === contender);
    expect(Number(row?.[4]), `S10 ${contender} bills`).toBeGreaterThan(0);
    expect(row?.[4], `S10 ${contender} a bill per lease`).toBe(row?.[3]);
    expect(row?.[5], `S10 ${contender} a line per bill`).toBe(row?.[4]);
  }
  // And a steady run at half each flood's rate: what it sent, committed with its rollups.
  const steady = s9.filter((r) => r[3]?.startsWith('end to end, steady'));
  expect(steady).toHaveLength(brokers.length);
  for (const r of steady) {
    expect(Number(r[4]), `S9 ${r[2]} ${r[3]} committed`).toBeGreaterThan(0);
    expect(r[9], `S9 ${r[2]} ${r[3]} rollups`).toMatch(/0 failed; rollups equal;/);
  }
  const dashboard = rows.filter((r) => r[1] === 'S9 dashboard');
  expect(dashboard).toHaveLength(2);
  for (const r of dashboard) expect(r[6], `S9 ${r[2]} equal`).toBe('true');
  // S5: ours and raw ws, both modes, deliveries/s.
  for (const contender of ['ours', 'raw ws'])
    for (const mode of ['capacity', '20k/s']) {
      const row = rows.find((r) => r[1]?.startsWith('S5 ') && r[2] === contender && r[3] === mode);
      expect(Number(row?.[4]), `S5 ${contender} ${mode} deliveries/s`).toBeGreaterThan(0);
    }
}, 300_000);
