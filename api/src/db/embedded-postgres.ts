import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { prepareDataDir } from '../config/data-dir.js';
import {
  type Ids,
  PG_SYSTEM_USER,
  reachablePgDir,
  runnableNativeDir,
  unprivilegedIds,
} from './embedded-postgres-as-root.js';
import {
  type Binaries,
  binariesIn,
  initialise,
  resolveNativeDir,
  run,
} from './embedded-postgres-binaries.js';
import { EmbeddedPostgresError } from './embedded-postgres-error.js';
import {
  newPassword,
  passwordFile,
  readPassword,
  replaceLegacyPassword,
  savePassword,
} from './embedded-postgres-password.js';
import { liveUsers, register, unregister, withLock, withLockSync } from './embedded-postgres-users.js';

export type EmbeddedServer = {
  readonly port: number;
  /**
   * True when this process started the server; false when it uses one that was already running
   * for another process, which it then leaves running when it stops.
   */
  readonly started: boolean;
  /** URL of a database on this server. */
  urlFor(database: string): string;
  /** Creates the database when it does not exist yet. */
  ensureDatabase(database: string): Promise<void>;
  /**
   * Leaves the server: when no other live process uses it, a fast shutdown that waits until the
   * server has exited; otherwise it keeps running for them.
   */
  stop(): Promise<void>;
};

// The superuser. The server listens on 127.0.0.1 only (pg_hba: loopback and no unix socket);
// its password, generated at initdb and kept in the data folder, keeps other local users out.
// DATABASE_URL is the path for any shared or production server.
const USER = 'postgres';

type Cluster = {
  dataDir: string;
  /** Where the cluster lives: `dataDir/pg`, or its relocated folder when run as root. */
  pgDir: string;
  bin: Binaries;
  user: Ids | undefined;
  log: Logger;
};

type Postmaster = { pid: number; port: number };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The server running on the cluster, from its `postmaster.pid` (line 1 the pid, line 4 the port).
 * Synchronous for the `exit` handler.
 */
function runningServer(pgDir: string): Postmaster | undefined {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  // A stale file (PostgreSQL removes it itself at its next start) or one being written.
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return undefined;
  return { pid, port: Number(lines[3]) };
}

/** Stops the server running on the cluster, whoever started it, and waits until it is gone. */
async function stopRunning(c: Cluster): Promise<boolean> {
  if (!runningServer(c.pgDir)) return false;
  await run(c.bin.pg_ctl, ['stop', '-D', c.pgDir, '-m', 'fast', '-w'], c.user);
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
 * Starts a real PostgreSQL 18 server from the `embedded-postgres` binaries in `dataDir/pg`, or
 * uses the one already running there for another process (the API while `audit:verify` runs).
 * The cluster is initialised only when the folder is new, so a second start reuses the data.
 * The superuser's password is generated at initdb and kept in `dataDir/pg-password` (mode 0600);
 * a cluster initialised with the old fixed password gets a new one at its first start.
 * When the process runs as root, PostgreSQL runs as the `postgres` system user (created if
 * missing) and owns its folder; binaries or a data folder that user cannot reach (a checkout
 * under /root or in a `mktemp -d`) are taken care of by `embedded-postgres-as-root.ts`.
 *
 * The processes using the server are registered in the data folder (`embedded-postgres-users.ts`):
 * the last one to stop stops it, and a server whose users are all gone is a leftover, stopped
 * and replaced by the next start.
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
  await prepareDataDir(opts.dataDir);
  // The postgres user must be able to enter the folder that holds its data directory.
  if (user) await chmod(opts.dataDir, 0o755);
  const bin = binariesIn(
    user ? await runnableNativeDir(native.nativeDir, native.version, user) : native.nativeDir,
  );
  // One process at a time decides whether to start, attach or stop, and initialises a new cluster.
  return withLock(opts.dataDir, async () => {
    const { pgDir, relocated } = user
      ? await reachablePgDir(opts.dataDir, user)
      : { pgDir: join(opts.dataDir, 'pg'), relocated: false };
    if (relocated)
      log.info(
        { dir: pgDir },
        `the ${PG_SYSTEM_USER} user cannot reach the data folder; the cluster lives here`,
      );
    const cluster: Cluster = { dataDir: opts.dataDir, pgDir, bin, user, log };
    const running = runningServer(pgDir);
    const users = liveUsers(opts.dataDir);
    if (running && users.length > 0) return attach(cluster, running, opts.port, users);
    if (running) {
      await stopRunning(cluster);
      log.warn({ pid: running.pid }, 'stopped a PostgreSQL server left running by an earlier process');
    }
    return launch(cluster, opts.port);
  });
}

/** Uses the server another live process started; called holding the lock. */
async function attach(c: Cluster, running: Postmaster, port: number, users: number[]) {
  const password = await readPassword(c.dataDir);
  if (password === undefined)
    throw new EmbeddedPostgresError(
      `${passwordFile(c.dataDir)} is missing while PostgreSQL runs for process ${users.join(', ')}; stop it, then start again.`,
    );
  const urlFor = urlsOn(running.port, password);
  await query(urlFor('postgres'), 'select 1').catch((err: Error) => {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${c.pgDir} (pid ${running.pid}, used by process ${users.join(', ')}) does not answer on port ${running.port}: ${err.message}`,
    );
  });
  const use = useOf(c, undefined);
  use.register();
  c.log.info(
    { port: running.port, pid: running.pid, users },
    running.port === port
      ? 'uses the embedded PostgreSQL already running'
      : `uses the embedded PostgreSQL already running on port ${running.port}, not ${port} as asked`,
  );
  return serverHandle(running.port, urlFor, false, use);
}

/** Starts the server, initialising the cluster when it is new; called holding the lock. */
async function launch(c: Cluster, port: number) {
  const fresh = !existsSync(join(c.pgDir, 'PG_VERSION'));
  let password = fresh ? undefined : await readPassword(c.dataDir);
  if (fresh) {
    c.log.info({ dir: c.pgDir }, 'initialising a new PostgreSQL cluster');
    password = newPassword();
    await savePassword(c.dataDir, password);
    await initialise(c.bin, c.pgDir, { name: USER, password }, c.user);
  }

  const child = spawn(
    c.bin.postgres,
    [
      '-D',
      c.pgDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      // No unix socket: nothing needs a writable /var/run/postgresql.
      '-c',
      'unix_socket_directories=',
      // Checkpoints further apart (README): after each one, the first change of every page
      // writes the whole page to the WAL, and the meter ingest changes thousands a second.
      '-c',
      'max_wal_size=4GB',
      '-c',
      'checkpoint_timeout=15min',
    ],
    // Own process group: a terminal's Ctrl-C reaches us, and we stop the server after draining.
    {
      ...c.user,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { LC_MESSAGES: 'C', LC_ALL: 'C' },
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // From here on, this process exiting does not leave the server behind (unless others use it).
  const use = useOf(c, { child, exited });
  const abandon = async (err: unknown): Promise<never> => {
    await use.abandon();
    throw err;
  };
  await waitUntilReady(child, port, c.log).catch(abandon);
  if (password === undefined) {
    password = await replaceLegacyPassword(c.dataDir, USER, (secret) =>
      urlsOn(port, secret)('postgres'),
    ).catch(abandon);
    c.log.warn(`the superuser's well-known password was replaced; it is kept in ${c.dataDir}/pg-password`);
  }
  use.register();
  c.log.info({ port, fresh }, 'embedded PostgreSQL ready');
  return serverHandle(port, urlsOn(port, password), true, use);
}

type Spawned = { child: ChildProcess; exited: Promise<void> };

/**
 * This process's use of the server: its entry among the users, and one rule for leaving, kept
 * by `leave()` and by an `exit` handler alike: the last user to go stops the server (its own
 * child, or the one another process started); a server others still use keeps running.
 */
function useOf(c: Cluster, spawned: Spawned | undefined) {
  let entry: string | undefined;
  const unregisterSelf = () => {
    if (entry) unregister(entry);
    entry = undefined;
  };
  const onExit = () => {
    try {
      withLockSync(c.dataDir, () => {
        unregisterSelf();
        if (liveUsers(c.dataDir).length > 0) return;
        // SIGINT: PostgreSQL's fast shutdown.
        if (spawned) spawned.child.kill('SIGINT');
        else {
          const running = runningServer(c.pgDir);
          if (running) process.kill(running.pid, 'SIGINT');
        }
      });
    } catch {
      spawned?.child.kill('SIGINT'); // the data folder was deleted under us: nobody can attach
    }
  };
  process.on('exit', onExit);
  // Called holding the lock.
  const leaveLocked = async () => {
    unregisterSelf();
    const others = liveUsers(c.dataDir);
    if (others.length > 0) {
      c.log.info({ users: others }, 'other processes use the embedded PostgreSQL; it keeps running');
      // Let this process exit without it; PostgreSQL ignores the closed pipe (SIGPIPE).
      spawned?.child.stderr?.destroy();
      spawned?.child.unref();
      return;
    }
    if (spawned) {
      if (spawned.child.exitCode === null) spawned.child.kill('SIGINT'); // fast shutdown
      await spawned.exited;
    } else await stopRunning(c);
    c.log.info('embedded PostgreSQL stopped');
  };
  let leaving: Promise<void> | undefined;
  const once = (locked: boolean) => {
    // Kept when leaving fails: exiting then still follows the rule.
    leaving ??= (locked ? leaveLocked() : withLock(c.dataDir, leaveLocked)).then(() => {
      process.off('exit', onExit);
    });
    return leaving;
  };
  return {
    register() {
      entry = register(c.dataDir);
    },
    /** From `stop()`. */
    leave: () => once(false),
    /** When the start fails: the caller holds the lock already (it is not re-entrant). */
    abandon: () => once(true),
  };
}

const urlsOn = (port: number, password: string) => (database: string) =>
  `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;

async function query(url: string, text: string, values: unknown[] = []): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return (await client.query(text, values)).rowCount ?? 0;
  } finally {
    await client.end();
  }
}

function serverHandle(
  port: number,
  urlFor: (database: string) => string,
  started: boolean,
  use: ReturnType<typeof useOf>,
): EmbeddedServer {
  return {
    port,
    started,
    urlFor,
    async ensureDatabase(database) {
      const found = await query(urlFor('postgres'), 'select 1 from pg_database where datname = $1', [
        database,
      ]);
      if (found > 0) return;
      // Two processes attached to one server may both find it missing; one of them creates it.
      await query(urlFor('postgres'), `create database "${database.replaceAll('"', '""')}"`).catch(
        (err: { code?: string }) => {
          if (err.code !== '42P04' && err.code !== '23505') throw err; // duplicate database
        },
      );
    },
    stop: () => use.leave(),
  };
}
