import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seeders/demo-users.js';
import { freePort } from './free-port.js';
import { TEST_APP_PASSWORD } from './templates.js';

const apiDir = fileURLToPath(new URL('..', import.meta.url));
const main = join(apiDir, 'dist/main.js');

type Run = { child: ChildProcess; logs: string[]; exited: Promise<number | null> };

function start(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [main], {
    cwd: apiDir,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  child.stdout!.on('data', (d: Buffer) => logs.push(...d.toString().split('\n').filter(Boolean)));
  child.stderr!.on('data', (d: Buffer) => logs.push(...d.toString().split('\n').filter(Boolean)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, logs, exited };
}

async function waitForLog(run: Run, pattern: RegExp, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!run.logs.some((l) => pattern.test(l))) {
    if (Date.now() > until || run.child.exitCode !== null) {
      throw new Error(`no ${pattern} in output:\n${run.logs.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });

async function post(port: number, query: string, variables?: object, token?: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as {
    data: Record<string, never> | null;
    errors?: { extensions: { code: string } }[];
  };
}

/** Signs in as the demo HQ admin and lists the parks; without the sign-in nothing is readable. */
async function parkNames(port: number): Promise<string[]> {
  const query = '{ parks { edges { node { name buildings { name } } } } }';
  const anonymous = await post(port, query);
  expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  const login = await post(port, 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { login: 'hq.admin', password: DEMO_PASSWORD },
  });
  const token = (login.data as unknown as { login: { accessToken: string } }).login.accessToken;
  const body = (await post(port, query, undefined, token)) as unknown as {
    data: { parks: { edges: { node: { name: string } }[] } };
  };
  return body.data.parks.edges.map((e) => e.node.name);
}

/** `pnpm start` runs `node dist/main.js`: these tests drive that process the way an operator does. */
describe('the API process', () => {
  let dataDir: string;
  beforeAll(async () => {
    await promisify(execFile)(process.execPath, [join(apiDir, '../scripts/build.ts'), 'api']);
    dataDir = await mkdtemp(join(tmpdir(), 'park-process-'));
  }, 120_000);
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('starts on a fresh data folder, seeds, serves, stops cleanly on SIGTERM, and reuses the data on the next start', async () => {
    const pgPort = await freePort();
    const port = await freePort();
    const env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), PORT: String(port) };

    const first = start(env);
    const t0 = Date.now();
    await waitForLog(first, /"msg":"ready"/);
    const firstSeconds = (Date.now() - t0) / 1000;
    expect(first.logs.some((l) => l.includes('initialising a new PostgreSQL cluster'))).toBe(true);
    expect(first.logs.some((l) => l.includes('seeded the demo park'))).toBe(true);
    expect(await parkNames(port)).toEqual(['苏州星湖智造产业园']);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.logs.some((l) => l.includes('stopped cleanly'))).toBe(true);
    expect(await portOpen(pgPort)).toBe(false);
    expect(await portOpen(port)).toBe(false);

    const second = start(env);
    const t1 = Date.now();
    await waitForLog(second, /"msg":"ready"/);
    const secondSeconds = (Date.now() - t1) / 1000;
    expect(second.logs.some((l) => l.includes('initialising'))).toBe(false);
    expect(second.logs.some((l) => l.includes('seeded the demo park'))).toBe(false);
    expect(await parkNames(port)).toEqual(['苏州星湖智造产业园']);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
    console.log(
      `time to ready: first start ${firstSeconds.toFixed(1)} s, second start ${secondSeconds.toFixed(1)} s`,
    );
  }, 180_000);

  it('uses DATABASE_URL instead of the embedded server', async () => {
    const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
    await admin.connect();
    await admin.query('create database process_external');
    await admin.end();
    const port = await freePort();
    const run = start({
      DATABASE_URL: inject('pgAdminUrl').replace(/\/postgres$/, '/process_external'),
      // park_app is cluster-wide: keep the password the other test files connect with.
      DB_APP_PASSWORD: TEST_APP_PASSWORD,
      PORT: String(port),
      DATA_DIR: join(dataDir, 'unused'),
    });
    await waitForLog(run, /"msg":"ready"/);
    expect(run.logs.some((l) => l.includes('embedded PostgreSQL'))).toBe(false);
    expect(await parkNames(port)).toEqual(['苏州星湖智造产业园']);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }, 120_000);

  it('stops at boot with a message naming a bad variable', async () => {
    const run = start({ PORT: 'eighty', DATA_DIR: dataDir });
    expect(await run.exited).toBe(1);
    expect(run.logs.join('\n')).toContain('PORT');
  });
});
