/**
 * One build of our API in a process of its own, for `bench.ts --baseline`: the API under test and
 * the baseline build run the same way, each with its own event loop, its own `node_modules` and
 * its own module state (type-graphql and MikroORM keep metadata in globals, so two builds cannot
 * share a process). Reads a {@link AppProcessJob} as JSON from argv, prints `{"url": …}` on
 * stdout once listening, and closes on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type AppProcessJob = {
  /** An `api/dist` folder: this checkout's or a baseline worktree's. */
  dist: string;
  appUrl: string;
  jwtSecret: string;
  poolMax: number;
};

/** Starts `job.dist`'s app in a child process; resolves once it listens. */
export function startAppProcess(
  job: AppProcessJob,
): Promise<{ url: string; pid: number; close(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [new URL(import.meta.url).pathname, JSON.stringify(job)], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    let out = '';
    const closed = new Promise<void>((done) => child.on('close', () => done()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      const { url } = JSON.parse(line) as { url: string };
      resolve({
        url,
        pid: child.pid!,
        async close() {
          child.kill('SIGTERM');
          await closed;
        },
      });
    });
    child.on('error', reject);
    child.on('close', (code) =>
      reject(new Error(`app process for ${job.dist} ended (${code}) before listening`)),
    );
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const job = JSON.parse(process.argv[2]!) as AppProcessJob;
  const load = (file: string) => import(pathToFileURL(join(job.dist, file)).href);
  const { createApp } = await load('app.js');
  const { createOrm } = await load('db/orm.js');
  const { createLogger } = await load('logger.js');
  const logger = createLogger({ logLevel: 'warn' });
  const orm = await createOrm({ url: job.appUrl, poolMax: job.poolMax });
  const app = await createApp({
    config: { host: '127.0.0.1', port: 0, isProduction: true, trustProxy: false },
    orm,
    logger,
    auth: { jwtSecret: job.jwtSecret, accessTokenTtlSeconds: 3600, refreshTokenTtlDays: 1 },
    files: { dir: join(tmpdir(), 'park-bench-files'), maxBytes: 1024 * 1024 },
  });
  process.on('SIGTERM', async () => {
    await app.close().catch((err: unknown) => console.error(err));
    await orm.close().catch((err: unknown) => console.error(err));
    process.exit(0);
  });
  console.log(JSON.stringify({ url: app.url }));
}
