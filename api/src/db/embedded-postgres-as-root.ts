import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, cp, lstat, mkdir, realpath, rename, rm, stat, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EmbeddedPostgresError } from './embedded-postgres-error.js';

const exec = promisify(execFile);

/** The system user PostgreSQL runs as when we are root (it refuses to run as root). */
export const PG_SYSTEM_USER = 'postgres';

export type Ids = { uid: number; gid: number };

/** When we are root: the ids of PG_SYSTEM_USER (created if missing); otherwise undefined. */
export async function unprivilegedIds(): Promise<Ids | undefined> {
  const name = PG_SYSTEM_USER;
  if (process.getuid?.() !== 0) return undefined;
  const ids = async () => {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
      exec('id', ['-u', name]),
      exec('id', ['-g', name]),
    ]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
  };
  try {
    return await ids();
  } catch {
    await exec('groupadd', ['--system', name]).catch(() => undefined);
    await exec('useradd', ['--system', '-g', name, '--no-create-home', name]);
    return ids();
  }
}

/**
 * Whether `user` can reach `path` and search or run it: the kernel's own answer (modes, ACLs,
 * groups of every folder on the way), asked through `test -x` run as that user.
 */
export function reachable(path: string, user: Ids): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', 'test -x "$1"', 'sh', path], { ...user, stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}

/** Root-owned, not world-writable (unlike /tmp or /var/tmp): nobody else can plant binaries here. */
const BINARY_CACHE = '/var/cache/park-embedded-pg';

/**
 * The folder of PostgreSQL's bin/, lib/ and share/ as `user` can run them. A checkout in a
 * folder only root may enter (under /root, or a `mktemp -d`) hides node_modules from it; then
 * the tree is copied once per version into BINARY_CACHE. The user's folders keep their modes.
 */
export async function runnableNativeDir(nativeDir: string, version: string, user: Ids): Promise<string> {
  if (await reachable(join(nativeDir, 'bin', 'postgres'), user)) return nativeDir;
  const cached = join(BINARY_CACHE, version);
  if (!existsSync(join(cached, 'bin', 'postgres'))) {
    await mkdir(BINARY_CACHE, { recursive: true, mode: 0o755 });
    // Copied beside and renamed into place: a copy cut short is never taken for a whole one.
    const partial = `${cached}.partial-${process.pid}`;
    await rm(partial, { recursive: true, force: true });
    await cp(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    await rename(partial, cached).catch(async (err: NodeJS.ErrnoException) => {
      await rm(partial, { recursive: true, force: true });
      if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST') throw err; // another process won
    });
  }
  const owner = await stat(cached);
  if (owner.uid !== 0 || (owner.mode & 0o022) !== 0)
    throw new EmbeddedPostgresError(
      `${cached} must be owned by root and writable by root only; remove it to have it copied again.`,
    );
  if (!(await reachable(join(cached, 'bin', 'postgres'), user)))
    throw new EmbeddedPostgresError(
      `The ${PG_SYSTEM_USER} user cannot run PostgreSQL from ${cached}: let it search ${BINARY_CACHE}'s parent folders.`,
    );
  return cached;
}

/** Root-owned; one folder per data folder, named by a digest of the data folder's path. */
const RELOCATED_CLUSTERS = '/var/lib/park-embedded-pg';

/**
 * The cluster folder PostgreSQL will use for `dataDir/pg`. When `user` cannot reach the data
 * folder (it is inside a folder only root may enter), a new cluster lives in
 * RELOCATED_CLUSTERS and `dataDir/pg` is a symbolic link to it, so deleting the data folder still
 * starts afresh. An existing cluster there cannot be moved silently: that stops with what to do.
 */
export async function reachablePgDir(
  dataDir: string,
  user: Ids,
): Promise<{ pgDir: string; relocated: boolean }> {
  const pgDir = join(dataDir, 'pg');
  let link = await lstat(pgDir).catch(() => undefined);
  if (link?.isSymbolicLink()) {
    const target = await realpath(pgDir).catch(() => undefined);
    if (target) return { pgDir: target, relocated: true };
    await rm(pgDir); // its cluster was deleted: start afresh, as with a deleted folder
    link = undefined;
  }
  if (await reachable(dataDir, user)) return { pgDir, relocated: false };
  if (link)
    throw new EmbeddedPostgresError(
      `The ${PG_SYSTEM_USER} user cannot reach ${pgDir}, because a folder above ${dataDir} is closed to other users. ` +
        'Move the data folder (DATA_DIR) somewhere it can reach, run without root, or set DATABASE_URL.',
    );
  const target = join(
    RELOCATED_CLUSTERS,
    createHash('sha256')
      .update(await realpath(dataDir))
      .digest('hex')
      .slice(0, 16),
  );
  await mkdir(RELOCATED_CLUSTERS, { recursive: true, mode: 0o755 });
  // Left by a data folder that was deleted: its cluster goes with it, as it would have in place.
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { mode: 0o700 });
  await chown(target, user.uid, user.gid);
  await symlink(target, pgDir);
  return { pgDir: target, relocated: true };
}
