/**
 * A baseline build of the API for `bench.ts --baseline <git-ref>`: the ref checked out into a
 * temporary git worktree, installed from the local pnpm store (`--frozen-lockfile --offline`) and
 * its `api/dist` built, so it can run next to this checkout's build on the same database.
 *
 * The bench database is prepared by this checkout's migrations, so the baseline's migrations must
 * be the same files; a ref whose migrations differ is refused with the files named (pick an
 * older or newer ref whose schema matches).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const MIGRATIONS = 'api/src/db/migrations';

const git = async (...args: string[]) => (await run('git', args, { cwd: ROOT })).stdout.trim();

export type Baseline = {
  /** The contender's name: `ours@<short sha>`. */
  name: `ours@${string}`;
  dist: string;
  /** Removes the worktree (kept when `keep` was asked for, so the next run reuses the build). */
  dispose(): Promise<void>;
};

export async function prepareBaseline(ref: string, opts: { keep: boolean; log: (msg: string) => void }) {
  const sha = await git('rev-parse', '--short=7', `${ref}^{commit}`);
  const changed = await git(
    'diff',
    '--name-only',
    sha,
    '--',
    MIGRATIONS,
    `:(exclude)${MIGRATIONS}/schema-snapshot.json`,
  );
  if (changed)
    throw new Error(
      `--baseline ${ref} (${sha}) needs a different schema than this checkout; its migrations differ in:\n` +
        `${changed}\nPick a ref whose migrations match (git log -- ${MIGRATIONS}).`,
    );
  const dir = join(tmpdir(), `park-bench-baseline-${sha}`);
  const dist = join(dir, 'api/dist');
  if (existsSync(join(dist, '.build-stamp'))) opts.log(`baseline ${sha}: reusing ${dir}`);
  else {
    if (existsSync(dir)) {
      await git('worktree', 'remove', '--force', dir).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    }
    opts.log(`baseline ${sha}: worktree in ${dir}, pnpm install --offline, build`);
    await git('worktree', 'add', '--detach', dir, sha);
    await run('pnpm', ['install', '--frozen-lockfile', '--offline'], { cwd: dir });
    await run(process.execPath, ['scripts/build.ts', 'api'], { cwd: dir });
  }
  return {
    name: `ours@${sha}`,
    dist,
    async dispose() {
      if (opts.keep) return;
      await git('worktree', 'remove', '--force', dir);
    },
  } satisfies Baseline;
}
