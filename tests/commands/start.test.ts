import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

const portOpen = (port: number) =>
  new Promise<boolean>((done) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      done(true);
    });
    s.once('error', () => done(false));
  });

type Run = { child: ChildProcess; out: () => string; exited: Promise<number | null> };
const started: Run[] = [];

// A terminal's PATH: without the node_modules/.bin folders pnpm put first for this test run. There,
// `node` is a shell wrapper that does not pass signals on, so `pnpm` itself would run under it.
const PATH = (process.env.PATH ?? '')
  .split(':')
  .filter((dir) => !dir.startsWith(`${root}/`) && !dir.endsWith('/node_modules/.bin'))
  .join(':');

/** Runs a command the way an engineer types it, from the repository root. */
function run(cmd: string, args: string[], env: Record<string, string>): Run {
  const child = spawn(cmd, args, {
    cwd: root,
    env: { PATH, HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  started.push({ child, out: () => out, exited });
  return started.at(-1)!;
}

async function ready(r: Run): Promise<void> {
  while (!r.out().includes('ready in')) {
    if (r.child.exitCode !== null) throw new Error(`exited before it was ready:\n${r.out()}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe('pnpm start', () => {
  let dataDir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'park-start-'));
    env = {
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      MQTT_PORT: '0',
      SEED_DEMO: 'false',
      ADMIN_PASSWORD: 'Park-first-2026',
    };
  });
  afterAll(async () => {
    // A failed test may leave a product running; stop it as an operator would.
    for (const r of started.filter((r) => r.child.exitCode === null)) {
      r.child.kill('SIGTERM');
      await r.exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it('names a bad setting in one message before building anything, and exits 1', async () => {
    const r = run(process.execPath, ['scripts/start.ts'], {
      ...env,
      PORT: 'four thousand',
      FILE_MAX_MB: '0',
    });
    expect(await r.exited).toBe(1);
    expect(r.out()).toBe(
      'Invalid environment configuration:\n  PORT: Invalid input: expected number, received NaN\n  FILE_MAX_MB: Too small: expected number to be >=1\n',
    );
  });

  it('says in one line that the port is taken, before building anything, and exits 1', async () => {
    const busy: Server = await new Promise((done) => {
      const s = createServer().listen(Number(env.PORT), '127.0.0.1', () => done(s));
    });
    try {
      const r = run(process.execPath, ['scripts/start.ts'], env);
      expect(await r.exited).toBe(1);
      expect(r.out()).toBe(
        `port ${env.PORT} on 127.0.0.1 is already in use: is the park already running? Stop it, or set PORT.\n`,
      );
    } finally {
      await new Promise((done) => busy.close(done));
    }
  });

  it('stops cleanly on SIGTERM and Ctrl-C with exit code 0, and restarts without building', async () => {
    const first = run('pnpm', ['start'], env);
    await ready(first);
    expect((await fetch(`http://127.0.0.1:${env.PORT}/readyz`)).status).toBe(200);
    first.child.kill('SIGTERM'); // to pnpm, as a service manager or `kill` does
    expect(await first.exited).toBe(0);
    expect(first.out()).not.toMatch(/ELIFECYCLE|ERR_PNPM|Command failed/);
    expect(await portOpen(Number(env.PORT))).toBe(false);
    expect(await portOpen(Number(env.EMBEDDED_PG_PORT))).toBe(false);

    const second = run('pnpm', ['start'], env);
    await ready(second);
    expect(second.out()).toContain(
      'api is up to date, admin-web is up to date, tenant-web is up to date, kiosk-web is up to date',
    );
    expect((await fetch(`http://127.0.0.1:${env.PORT}/admin/`)).status).toBe(200);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
    expect(second.out()).not.toMatch(/ELIFECYCLE|ERR_PNPM|Command failed/);
  });
});
