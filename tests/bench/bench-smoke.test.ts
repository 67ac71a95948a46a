import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { SCENARIOS } from './scenarios.ts';

const run = promisify(execFile);
const CONTENDERS = ['limit', 'postgraphile', 'ours'];
const cells = (line: string) => line.split('|').map((cell) => cell.trim());

/** Keeps `pnpm bench` from rotting: the smoke run must print a live row for every scenario. */
test('pnpm bench --smoke prints live rows for S1–S8 and every contender', async () => {
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
  // S5: ours and raw ws, both modes, deliveries/s.
  for (const contender of ['ours', 'raw ws'])
    for (const mode of ['capacity', '20k/s']) {
      const row = rows.find((r) => r[1]?.startsWith('S5 ') && r[2] === contender && r[3] === mode);
      expect(Number(row?.[4]), `S5 ${contender} ${mode} deliveries/s`).toBeGreaterThan(0);
    }
}, 300_000);
