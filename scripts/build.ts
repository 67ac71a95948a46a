/**
 * Builds the API and the three apps, each only when its inputs changed since its last build.
 *
 *   node scripts/build.ts [api|admin-web|tenant-web|kiosk-web ...]   (default: all four)
 *
 * A target's fingerprint is a SHA-256 over the contents of its input files, the Node version and
 * the build environment. A successful build leaves it in `<dist>/.build-stamp`; the next build
 * with the same fingerprint is skipped in milliseconds, where `tsc` alone needs ~4 s to find
 * nothing to do. The stamp is removed before a build starts, so an interrupted or failed build is
 * never taken for a finished one. A lock per target keeps two processes (a start and a test run,
 * say) from building the same folder at once; the second waits, then finds it up to date.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

export type Target = {
  name: string;
  /** Files and folders, relative to the repository root, whose contents decide the output. */
  inputs: string[];
  /** The output folder; its `.build-stamp` records the fingerprint it was built from. */
  out: string;
  /** The build command: a Node script and its arguments, run in `cwd`. */
  command: { cwd: string; script: string; args: string[]; env?: Record<string, string> };
  /** Runs after a successful build. */
  after?: (root: string) => Promise<void>;
};

const SHARED_INPUTS = ['pnpm-lock.yaml', 'tsconfig.base.json'];
const SKIPPED = /(^|\/)(node_modules|dist)(\/|$)|\.test\.ts$|\.spec\.ts$/;

const resolveFrom = (pkgDir: string, request: string) =>
  createRequire(join(ROOT, pkgDir, 'package.json')).resolve(request);

function appTarget(app: string): Target {
  return {
    name: app,
    inputs: [
      `${app}/src`,
      `${app}/public`,
      `${app}/index.html`,
      `${app}/vite.config.ts`,
      `${app}/tsconfig.json`,
      `${app}/package.json`,
      'web-shared/src',
      'web-shared/package.json',
      ...SHARED_INPUTS,
    ],
    out: `${app}/dist`,
    command: {
      cwd: app,
      script: join(resolveFrom(app, 'vite/package.json'), '../bin/vite.js'),
      args: ['build'],
      // Vue's production build, whatever NODE_ENV the caller runs under (vitest sets `test`).
      env: { NODE_ENV: 'production' },
    },
  };
}

export const TARGETS: Target[] = [
  {
    name: 'api',
    inputs: ['api/src', 'api/tsconfig.json', 'api/tsconfig.build.json', 'api/package.json', ...SHARED_INPUTS],
    out: 'api/dist',
    command: {
      cwd: 'api',
      script: resolveFrom('api', 'typescript/bin/tsc'),
      args: ['-p', 'tsconfig.build.json'],
    },
    after: (root) => pruneOrphans(root, 'api/src', 'api/dist'),
  },
  ...['admin-web', 'tenant-web', 'kiosk-web'].map(appTarget),
];

async function filesUnder(root: string, path: string, skip: RegExp | null = SKIPPED): Promise<string[]> {
  const abs = join(root, path);
  if (!existsSync(abs)) return [];
  const entries = await readdir(abs, { recursive: true, withFileTypes: true }).catch(
    (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOTDIR') return null; // a file
      throw err;
    },
  );
  if (entries === null) return [path];
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter((p) => !skip?.test(p));
}

/** What a build of `target` depends on, as one hex digest. */
export async function fingerprint(
  target: Target,
  root: string = ROOT,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${target.name}\0${process.version}\0${JSON.stringify(target.command.args)}\0`);
  // Vite inlines VITE_* variables into the bundle.
  for (const key of Object.keys(env)
    .filter((k) => k.startsWith('VITE_'))
    .sort())
    hash.update(`${key}=${env[key]}\0`);
  const files = (await Promise.all(target.inputs.map((p) => filesUnder(root, p)))).flat().sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(await readFile(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const stampOf = (root: string, target: Target) => join(root, target.out, '.build-stamp');

async function upToDate(root: string, target: Target, print: string): Promise<boolean> {
  return (await readFile(stampOf(root, target), 'utf8').catch(() => '')).trim() === print;
}

/**
 * tsc never deletes: an output whose source was deleted (a migration, say) would live on in dist
 * and still run. Removes every emitted file whose `.ts` source is gone.
 */
export async function pruneOrphans(root: string, srcDir: string, outDir: string): Promise<void> {
  for (const file of await filesUnder(root, outDir, null)) {
    const m = /^(.*?)(\.d\.ts|\.js)(\.map)?$/.exec(relative(outDir, file));
    if (m && !existsSync(join(root, srcDir, `${m[1]}.ts`))) await unlink(join(root, file));
  }
}

const LOCK_WAIT_MS = 10 * 60_000;

/** An exclusive lock file holding the owner's pid; a lock whose owner is gone is taken over. */
async function lock(root: string, target: Target): Promise<() => Promise<void>> {
  const dir = join(root, 'node_modules/.cache/park-build');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${target.name}.lock`);
  const until = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = Number(await readFile(file, 'utf8').catch(() => ''));
    if (owner > 0 && !alive(owner)) {
      await rm(file, { force: true });
      continue;
    }
    if (Date.now() > until) throw new Error(`${file} is held by process ${owner}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type BuildResult = { name: string; built: boolean; seconds: number };

const running = new Set<ChildProcess>();

/** Stops builds in progress (their stamps were removed, so the next start rebuilds them). */
export function abortBuilds(): void {
  for (const child of running) child.kill('SIGTERM');
}

/** A build that exited non-zero; its message carries the build's own output. */
export class BuildError extends Error {
  override name = 'BuildError';
}

function run(root: string, target: Target): Promise<void> {
  const { cwd, script, args, env } = target.command;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: join(root, cwd),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      running.delete(child);
      if (code === 0) done();
      else
        fail(
          new BuildError(
            `building ${target.name} failed:\n${signal ? `stopped by ${signal}` : output.trim()}`,
          ),
        );
    });
  });
}

async function buildOne(root: string, target: Target): Promise<BuildResult> {
  const started = performance.now();
  const result = (built: boolean) => ({
    name: target.name,
    built,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  });
  if (await upToDate(root, target, await fingerprint(target, root))) return result(false);
  const unlock = await lock(root, target);
  try {
    const print = await fingerprint(target, root); // another process may have built it meanwhile
    if (await upToDate(root, target, print)) return result(false);
    await rm(stampOf(root, target), { force: true });
    await run(root, target);
    await target.after?.(root);
    await writeFile(stampOf(root, target), `${print}\n`);
    return result(true);
  } finally {
    await unlock();
  }
}

/** Builds each stale target of `targets` (paths relative to `root`), as many at once as there are cores. */
export async function buildTargets(targets: Target[], root: string): Promise<BuildResult[]> {
  const queue = [...targets];
  const results = new Map<string, BuildResult>();
  const worker = async () => {
    for (let target = queue.shift(); target; target = queue.shift())
      results.set(target.name, await buildOne(root, target));
  };
  await Promise.all(Array.from({ length: Math.min(queue.length, availableParallelism()) }, worker));
  return targets.map((t) => results.get(t.name)!);
}

/** Builds the product's named targets, all of them by default. */
export function build(only: string[] = []): Promise<BuildResult[]> {
  const unknown = only.filter((n) => !TARGETS.some((t) => t.name === n));
  if (unknown.length > 0)
    throw new Error(
      `unknown build target ${unknown.join(', ')}; known: ${TARGETS.map((t) => t.name).join(', ')}`,
    );
  return buildTargets(
    TARGETS.filter((t) => only.length === 0 || only.includes(t.name)),
    ROOT,
  );
}

export function describe(results: BuildResult[]): string {
  return results
    .map((r) => (r.built ? `built ${r.name} in ${r.seconds}s` : `${r.name} is up to date`))
    .join(', ');
}

if (import.meta.main) {
  try {
    console.log(describe(await build(process.argv.slice(2))));
  } catch (err) {
    console.error(err instanceof BuildError ? err.message : String(err));
    process.exitCode = 1;
  }
}
