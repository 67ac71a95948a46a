import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { SCENARIOS } from './scenarios.ts';

const run = promisify(execFile);
const CONTENDERS = ['limit', 'postgraphile', 'ours'];

/** Keeps `pnpm bench` from rotting: the smoke run must print a live row per scenario and contender. */
test('pnpm bench --smoke prints a row per scenario and contender with req/s > 0', async () => {
  const bench = new URL('./bench.ts', import.meta.url).pathname;
  const { stdout } = await run(process.execPath, [bench, '--smoke'], { timeout: 85_000 });
  const rows = stdout
    .split('\n')
    .filter((line) => /^\| S\d/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  for (const scenario of SCENARIOS)
    for (const contender of CONTENDERS) {
      const row = rows.find((r) => r[1]?.startsWith(`${scenario.id} `) && r[2] === contender);
      expect(row, `${scenario.id} ${contender}`).toBeDefined();
      expect(Number(row![3]), `${scenario.id} ${contender} req/s`).toBeGreaterThan(0);
    }
}, 90_000);
