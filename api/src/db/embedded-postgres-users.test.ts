import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { deadPid } from '../../test/dead-pid.js';
import {
  liveUsers,
  lockFile,
  register,
  unregister,
  usersDir,
  withLock,
  withLockSync,
} from './embedded-postgres-users.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'park-pg-users-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A live process other than this one. */
function liveProcess(): number {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  cleanups.push(async () => child.kill());
  return child.pid!;
}

const entryName = (file: string) => file.slice(file.lastIndexOf('/') + 1);

it('keeps live users and drops entries of processes that are gone', async () => {
  const dataDir = await tempDir();
  const mine = register(dataDir);
  const dead = await deadPid();
  await writeFile(join(usersDir(dataDir), `${dead}-1`), `${dead} -\n`);
  await writeFile(join(usersDir(dataDir), 'not-an-entry'), 'x\n');

  expect(liveUsers(dataDir)).toEqual([process.pid]);
  expect(await readdir(usersDir(dataDir))).toEqual([entryName(mine)]);
  unregister(mine);
  expect(liveUsers(dataDir)).toEqual([]);
});

it.runIf(process.platform === 'linux')(
  'does not take a process that was given the pid of a gone user for that user',
  async () => {
    const dataDir = await tempDir();
    await mkdir(usersDir(dataDir));
    // This pid is alive, but the process that wrote the entry started at another time.
    await writeFile(join(usersDir(dataDir), `${process.pid}-999`), `${process.pid} 1\n`);
    expect(liveUsers(dataDir)).toEqual([]);
    expect(await readdir(usersDir(dataDir))).toEqual([]);
  },
);

it('takes over a lock whose holder is gone, and removes it when done', async () => {
  const dataDir = await tempDir();
  const dead = await deadPid();
  await writeFile(lockFile(dataDir), `${dead} -\n`);
  expect(await withLock(dataDir, async () => 'ran')).toBe('ran');
  expect(existsSync(lockFile(dataDir))).toBe(false);

  await writeFile(lockFile(dataDir), `${dead} -\n`);
  let ran = false;
  expect(withLockSync(dataDir, () => (ran = true))).toBe(true);
  expect(ran).toBe(true);
  expect(existsSync(lockFile(dataDir))).toBe(false);
});

it('waits for a live holder a bounded time, then fails naming it', async () => {
  const dataDir = await tempDir();
  const holder = liveProcess();
  await writeFile(lockFile(dataDir), `${holder} -\n`);
  await expect(withLock(dataDir, async () => 'ran', 300)).rejects.toThrow(
    `${lockFile(dataDir)} has been held by process ${holder}`,
  );
  expect(withLockSync(dataDir, () => undefined, 300)).toBe(false);
  // Its lock is left alone.
  expect(existsSync(lockFile(dataDir))).toBe(true);
});

it('lets one holder in at a time', async () => {
  const dataDir = await tempDir();
  const order: string[] = [];
  const hold = (name: string) =>
    withLock(dataDir, async () => {
      order.push(`${name} in`);
      await new Promise((r) => setImmediate(r));
      order.push(`${name} out`);
    });
  await Promise.all([hold('a'), hold('b')]);
  expect(order).toEqual(['a in', 'a out', 'b in', 'b out']);
});

it('lets the exit handler in when this process itself holds the lock (it exits during a start)', async () => {
  const dataDir = await tempDir();
  const inside = await withLock(dataDir, async () => withLockSync(dataDir, () => undefined, 300));
  expect(inside).toBe(true);
  expect(existsSync(lockFile(dataDir))).toBe(false);
});
