/**
 * `pnpm test`'s test run: the browser files beside everything else, in two vitest processes.
 *
 * Inside one vitest process a project whose files take turns (`fileParallelism: false`, the
 * browser files, which share one product server) runs only after every other file has finished
 * (vitest 4 puts such files in a last group of their own). On a 2-core machine that made the
 * suite the sum of both halves. Two processes let the browser chain start at once, while the API,
 * command, contract and bench files run one at a time beside it: on two cores one API file beside
 * the browser, its server and the product's server is what the browser tests' waits tolerate (two
 * beside it made their 15 s waits fail on a loaded machine).
 *
 * The other half then runs a few browser files itself (`LATE_BROWSER_FILES`), so both end together.
 *
 * With arguments it is plain `vitest run <arguments>` (`pnpm test -- api/test/energy.test.ts`).
 * Exits non-zero when either half fails; each half prints its own summary, every line prefixed
 * with the half it came from.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const args = process.argv.slice(2).filter((a) => a !== '--');

type Half = { label: string; args: string[] };

/**
 * Browser files the other half runs once its own files are done, on a product server of its own
 * (the e2e project's global setup starts one per vitest process; every browser file creates what
 * it changes, so which server it meets does not matter). The browser chain is the longer one; this
 * moves some five minutes of it (measured per file in a fresh-clone run) to where the other half
 * would otherwise sit idle: the machine is busy all along (≈ 88 % CPU on two cores), so the halves
 * must end together. Globs, matched against each file's path.
 */
const LATE_BROWSER_FILES = [
  '**/admin/console.e2e.ts',
  '**/admin/energy-meters.e2e.ts',
  '**/admin/visitors.e2e.ts',
  '**/admin/invoices.e2e.ts',
  '**/tenant/invoices.e2e.ts',
  '**/tenant/notifications.e2e.ts',
];

const HALVES: { label: string; runs: string[][] }[] = [
  {
    label: 'browser',
    runs: [['run', '--project', 'e2e', ...LATE_BROWSER_FILES.flatMap((glob) => ['--exclude', glob])]],
  },
  {
    label: 'other  ',
    runs: [
      ['run', '--project', '!e2e', '--maxWorkers', '1'],
      ['run', '--project', 'e2e', ...LATE_BROWSER_FILES.map((glob) => glob.replace('**/', 'tests/e2e/'))],
    ],
  },
];

function run(half: Half, prefix: boolean): Promise<{ label: string; code: number; seconds: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [vitest, ...half.args], {
    stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: process.env,
  });
  if (prefix) {
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue;
      const out = stream === child.stderr ? process.stderr : process.stdout;
      createInterface({ input: stream }).on('line', (line) => out.write(`${half.label} │ ${line}\n`));
    }
  }
  return new Promise((done) => {
    child.on('close', (code, signal) =>
      done({
        label: half.label.trim(),
        code: code ?? (signal ? 1 : 0),
        seconds: Math.round((performance.now() - started) / 1000),
      }),
    );
  });
}

if (args.length > 0) {
  const { code } = await run({ label: 'vitest', args: ['run', ...args] }, false);
  process.exit(code);
}

/** A half's runs one after another (each even when the one before failed, so every failure shows). */
async function runAll(half: (typeof HALVES)[number]) {
  const started = performance.now();
  let code = 0;
  for (const args of half.runs) code = (await run({ label: half.label, args }, true)).code || code;
  return { label: half.label.trim(), code, seconds: Math.round((performance.now() - started) / 1000) };
}

const results = await Promise.all(HALVES.map(runAll));
for (const r of results) {
  console.log(`${r.label}: ${r.code === 0 ? 'passed' : `FAILED (exit ${r.code})`} in ${r.seconds} s`);
}
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
