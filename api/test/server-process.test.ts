import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { lstat, mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seeders/demo-users.js';
import { portInUseMessage } from '../src/http/port-free.js';
import { freePort } from './free-port.js';
import { TEMPLATE_SEEDED, TEST_APP_PASSWORD } from './templates.js';
import { startTestApp } from './test-app.js';

const apiDir = fileURLToPath(new URL('..', import.meta.url));
const main = join(apiDir, 'dist/main.js');

type Run = { child: ChildProcess; logs: string[]; exited: Promise<number | null> };
/** Every process a test started, so one that fails half-way leaves none running for the next. */
const runs: Run[] = [];

/** `node dist/main.js`, or another script of dist, with only this environment. */
function start(env: Record<string, string>, script = main): Run {
  const child = spawn(process.execPath, [script], {
    cwd: apiDir,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', MQTT_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  child.stdout!.on('data', (d: Buffer) => logs.push(...d.toString().split('\n').filter(Boolean)));
  child.stderr!.on('data', (d: Buffer) => logs.push(...d.toString().split('\n').filter(Boolean)));
  // 'close', not 'exit': all its output has been read by then.
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const run = { child, logs, exited };
  runs.push(run);
  return run;
}

async function waitForLog(run: Run, pattern: RegExp, timeoutMs = 180_000): Promise<void> {
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

/** Removes a data folder; as root, its cluster lives elsewhere (the postgres user cannot enter it), linked. */
async function removeDataDir(dir: string): Promise<void> {
  const link = await lstat(join(dir, 'pg')).catch(() => undefined);
  if (link?.isSymbolicLink()) await rm(await realpath(join(dir, 'pg')), { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
}

/** `pnpm start` runs `node dist/main.js`: these tests drive that process the way an operator does. */
describe('the API process', () => {
  let dataDir: string;
  beforeAll(async () => {
    await promisify(execFile)(process.execPath, [join(apiDir, '../scripts/build.ts'), 'api']);
    dataDir = await mkdtemp(join(tmpdir(), 'park-process-'));
  }, 120_000);
  afterEach(async () => {
    for (const run of runs.splice(0)) {
      if (run.child.exitCode !== null || run.child.signalCode !== null) continue;
      run.child.kill('SIGTERM');
      await run.exited;
    }
  });
  afterAll(() => removeDataDir(dataDir));

  it('starts on a fresh data folder, seeds, serves, stops cleanly on SIGTERM, and reuses the data on the next start', async () => {
    const pgPort = await freePort();
    const port = await freePort();
    // The shared folder, still empty: this test runs first, and seeding the demo park (a year of
    // energy history) once for the whole file keeps it to one seed instead of two.
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
  }, 300_000);

  it('lets a tool and a second API use the running database, refuses a second API on a busy port, and stops the database with its last user', async () => {
    const pgPort = await freePort();
    const port = await freePort();
    const env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), PORT: String(port) };
    const first = start(env);
    await waitForLog(first, /"msg":"ready"/);

    // `pnpm audit:verify` while the API runs: it uses the API's server and leaves it running.
    const audit = start(env, join(apiDir, 'dist/modules/audit/verify-audit-chain.cli.js'));
    expect(await audit.exited).toBe(0);
    expect(audit.logs.join('\n')).toContain('audit chain intact');
    expect(audit.logs.join('\n')).not.toContain('stopped a PostgreSQL server');
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    expect(await parkNames(port)).toEqual(['苏州星湖智造产业园']);

    // A second `pnpm start` on the same port: one line, exit 1, and the first keeps serving.
    const busy = start(env);
    expect(await busy.exited).toBe(1);
    expect(busy.logs).toEqual([portInUseMessage('127.0.0.1', port)]);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

    // A second API on another port (asking for another database port) shares the server.
    const otherPort = await freePort();
    const askedPgPort = await freePort();
    const second = start({ ...env, PORT: String(otherPort), EMBEDDED_PG_PORT: String(askedPgPort) });
    await waitForLog(second, /"msg":"ready"/);
    expect(second.logs.join('\n')).toContain(
      `uses the embedded PostgreSQL already running on port ${pgPort}, not ${askedPgPort} as asked`,
    );
    expect(second.logs.join('\n')).toContain('(already running, shared)');

    // The API that started the server stops first: the server keeps running for the second.
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.logs.join('\n')).toContain('other processes use the embedded PostgreSQL; it keeps running');
    expect((await fetch(`http://127.0.0.1:${otherPort}/readyz`)).status).toBe(200);
    expect(await parkNames(otherPort)).toEqual(['苏州星湖智造产业园']);

    // The last user stops it.
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(second.logs.join('\n')).toContain('embedded PostgreSQL stopped');
    expect(await portOpen(pgPort)).toBe(false);
  }, 240_000);

  it('stops and replaces the database of an API that was killed', async () => {
    const pgPort = await freePort();
    const port = await freePort();
    const env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), PORT: String(port) };
    const postmasterPid = async () =>
      (await readFile(join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0];

    const killed = start(env);
    await waitForLog(killed, /"msg":"ready"/);
    const leftover = await postmasterPid();
    killed.child.kill('SIGKILL');
    await killed.exited;
    expect(await portOpen(pgPort)).toBe(true); // its server outlives it

    const next = start(env);
    await waitForLog(next, /"msg":"ready"/);
    expect(next.logs.join('\n')).toContain('stopped a PostgreSQL server left running by an earlier process');
    expect(await postmasterPid()).not.toBe(leftover);
    expect(await parkNames(port)).toEqual(['苏州星湖智造产业园']);
    next.child.kill('SIGTERM');
    expect(await next.exited).toBe(0);
    expect(await portOpen(pgPort)).toBe(false);
  }, 180_000);

  it('uses DATABASE_URL instead of the embedded server, and leaves a seeded database as it is', async () => {
    // A database already migrated and seeded (the first test here seeds from scratch): the API
    // boots on it, migrates nothing and seeds nothing.
    const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
    await admin.connect();
    for (let attempt = 0; ; attempt += 1) {
      try {
        await admin.query(`create database process_external template "${TEMPLATE_SEEDED}"`);
        break;
      } catch (err) {
        if (attempt >= 20 || !String(err).includes('being accessed by other users')) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
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
    expect(run.logs.some((l) => l.includes('seeded the demo park'))).toBe(false);
    expect(await parkNames(port)).toEqual(['苏州星湖智造产业园']);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }, 240_000);

  it('audit:verify reports an intact chain, and exits 1 naming the first entry an owner edited', async () => {
    const t = await startTestApp(); // a database of its own, with a few audited sign-ins
    try {
      for (const login of ['quality', 'finance', 'leasing']) await t.as(login);
      const verify = () =>
        start(
          {
            DATABASE_URL: inject('pgAdminUrl').replace(/\/postgres$/, `/${t.database}`),
            DB_APP_PASSWORD: TEST_APP_PASSWORD,
            DATA_DIR: join(dataDir, 'unused'),
          },
          join(apiDir, 'dist/modules/audit/verify-audit-chain.cli.js'),
        );
      const [{ n, last }] = (await t.sql<{ n: string; last: string }>(
        'select count(*) n, max(seq) last from audit_log',
      )) as [{ n: string; last: string }];
      const intact = verify();
      expect(await intact.exited).toBe(0);
      expect(intact.logs).toContain(`audit chain intact: ${n} entries, last seq ${last}`);

      const [victim] = await t.sql<{ seq: string }>(
        'select seq from audit_log order by seq offset 1 limit 1',
      );
      await t.sql(`update audit_log set actor_label = 'someone else' where seq = $1`, [victim!.seq]);
      const broken = verify();
      expect(await broken.exited).toBe(1);
      expect(broken.logs.join('\n')).toContain(
        `audit chain BROKEN at seq ${victim!.seq}: row content does not match its hash`,
      );
    } finally {
      await t.close();
    }
  }, 60_000);

  it('stops at boot with a message naming a bad variable', async () => {
    const run = start({ PORT: 'eighty', DATA_DIR: dataDir });
    expect(await run.exited).toBe(1);
    expect(run.logs.join('\n')).toContain('PORT');
  });
});
