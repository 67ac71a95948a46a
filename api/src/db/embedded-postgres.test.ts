import { mkdtemp, readFile, rm, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { afterEach, expect, it } from 'vitest';
import { freePort } from '../../test/free-port.js';
import { type EmbeddedServer, startEmbeddedPostgres } from './embedded-postgres.js';
import { LEGACY_PASSWORD, passwordFile } from './embedded-postgres-password.js';

const logger = pino({ level: 'silent' });
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(dataDir: string): Promise<EmbeddedServer> {
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), logger });
  cleanups.push(() => server.stop());
  return server;
}

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
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
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
