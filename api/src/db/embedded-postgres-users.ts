import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedPostgresError } from './embedded-postgres-error.js';

/**
 * Who uses the embedded server of a data folder. Every process that starts it or attaches to it
 * (the API, `audit:verify`, the migration generator, a test run) has an entry in
 * `dataDir/pg-users/`; the server is stopped only by the last one, and a server whose users are
 * all gone is a leftover. Every change happens under `dataDir/pg-users.lock`, so deciding
 * "nobody else uses it" and acting on it is one step for the other processes.
 *
 * Everything here is synchronous (tiny files, a few at a time) so that the `exit` handler, which
 * cannot await, follows the same rules; only waiting for the lock has an async form.
 */

/** A process, told apart from a later one that was given the same pid. */
type Identity = { pid: number; start: string | undefined };

/**
 * When the process started, in clock ticks since boot (`/proc/<pid>/stat` field 22), or
 * undefined when it is gone or a zombie. Undefined off Linux (or without /proc), where only the
 * pid is compared.
 */
function startTime(pid: number): string | undefined {
  if (process.platform !== 'linux') return undefined;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Field 2 is the command in parentheses and may itself hold spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3
  const state = fields[0];
  return state === 'Z' || state === 'X' ? undefined : fields[19];
}

let self: Identity | undefined;
const me = (): Identity => {
  self ??= { pid: process.pid, start: startTime(process.pid) };
  return self;
};

function isAlive(who: Identity): boolean {
  // Without a readable /proc (our own start time unknown), the pid alone has to do.
  if (me().start !== undefined) {
    const start = startTime(who.pid);
    return start !== undefined && (who.start === undefined || start === who.start);
  }
  try {
    process.kill(who.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
}

const formatIdentity = (who: Identity) => `${who.pid} ${who.start ?? '-'}\n`;

function parseIdentity(text: string): Identity | undefined {
  const [pid, start] = text.trim().split(' ');
  if (!pid || !/^\d+$/.test(pid)) return undefined;
  return { pid: Number(pid), start: start && start !== '-' ? start : undefined };
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function removeIfExists(file: string) {
  try {
    unlinkSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

// ---- the lock ----

export const lockFile = (dataDir: string) => join(dataDir, 'pg-users.lock');

/** A holder writes its identity right after creating the file; an empty one this old was cut short. */
const EMPTY_LOCK_GRACE_MS = 10_000;

/** Creates `file` holding our identity; false when another process has it. */
function create(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, formatIdentity(me()));
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The text of a lock file whose holder is gone, or undefined when it is held (or gone itself). */
function abandoned(file: string): string | undefined {
  const text = readIfExists(file);
  if (text === undefined) return undefined;
  const holder = parseIdentity(text);
  if (holder) return isAlive(holder) ? undefined : text;
  const age = Date.now() - (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
  return age > EMPTY_LOCK_GRACE_MS ? text : undefined;
}

/**
 * One attempt. A lock whose holder died is removed, but only by the one process that holds
 * `<lock>.takeover` and only if it still holds the dead holder's text, so two processes that
 * both saw it dead cannot each remove the other's fresh lock.
 */
function tryLock(file: string): boolean {
  if (create(file)) return true;
  const seen = abandoned(file);
  if (seen === undefined) return false;
  const guard = `${file}.takeover`;
  if (!create(guard)) {
    if (abandoned(guard) !== undefined) removeIfExists(guard);
    return false;
  }
  try {
    if (readIfExists(file) === seen) removeIfExists(file);
  } finally {
    removeIfExists(guard);
  }
  return create(file);
}

function unlock(file: string) {
  if (readIfExists(file) === formatIdentity(me())) removeIfExists(file);
}

const lockTimeout = (file: string, ms: number) => {
  const holder = parseIdentity(readIfExists(file) ?? '');
  return new EmbeddedPostgresError(
    `${file} has been held${holder ? ` by process ${holder.pid}` : ''} for more than ${ms / 1000} s ` +
      'while it starts or stops the embedded PostgreSQL; wait for it, or stop it, and try again.',
  );
};

/** Runs `fn` holding the data folder's lock; waits for another holder at most `timeoutMs`. */
export async function withLock<T>(dataDir: string, fn: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const file = lockFile(dataDir);
  const deadline = Date.now() + timeoutMs;
  while (!tryLock(file)) {
    if (Date.now() > deadline) throw lockTimeout(file, timeoutMs);
    await sleep(50);
  }
  try {
    return await fn();
  } finally {
    unlock(file);
  }
}

/**
 * For the `exit` handler: the same lock, waited for by blocking the thread. A lock held by this
 * very process (it is exiting in the middle of a start or stop) counts as held by the caller.
 * Returns false, without calling `fn`, when the lock stays held by another process.
 */
export function withLockSync(dataDir: string, fn: () => void, timeoutMs = 5_000): boolean {
  const file = lockFile(dataDir);
  const deadline = Date.now() + timeoutMs;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (!tryLock(file) && readIfExists(file) !== formatIdentity(me())) {
    if (Date.now() > deadline) return false;
    Atomics.wait(pause, 0, 0, 50);
  }
  try {
    fn();
  } finally {
    unlock(file);
  }
  return true;
}

// ---- the registry ----

export const usersDir = (dataDir: string) => join(dataDir, 'pg-users');

let entries = 0;

/**
 * Adds this process to the users; returns its entry, named `<pid>-<n>` (a process may hold more
 * than one, as tests do) and holding its start time and command for a person looking.
 */
export function register(dataDir: string): string {
  mkdirSync(usersDir(dataDir), { recursive: true, mode: 0o700 });
  entries += 1;
  const file = join(usersDir(dataDir), `${process.pid}-${entries}`);
  writeFileSync(file, `${formatIdentity(me())}${process.argv.slice(1).join(' ')}\n`, { mode: 0o600 });
  return file;
}

export const unregister = (entry: string) => removeIfExists(entry);

/** The pids of the processes using the server; entries of processes that are gone are removed. */
export function liveUsers(dataDir: string): number[] {
  let names: string[];
  try {
    names = readdirSync(usersDir(dataDir));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const pids: number[] = [];
  for (const name of names) {
    const file = join(usersDir(dataDir), name);
    const [first = ''] = (readIfExists(file) ?? '').split('\n');
    const who = /^\d+-\d+$/.test(name) ? parseIdentity(first) : undefined;
    if (who && who.pid === Number(name.split('-')[0]) && isAlive(who)) pids.push(who.pid);
    else removeIfExists(file);
  }
  return pids;
}
