import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../api/dist/db/embedded-postgres.js';
import { prepareDatabase } from '../../api/dist/db/prepare.js';

/** A free TCP port on localhost, for the benchmark's embedded PostgreSQL. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** The median of the rounds: what the benchmarks report. */
export const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

type Logger = Parameters<typeof startEmbeddedPostgres>[0]['logger'];
type Server = Awaited<ReturnType<typeof startEmbeddedPostgres>>;

/** An embedded PostgreSQL in a temporary folder; `stop` removes it all. */
export async function startTempPostgres(logger: Logger, dataDir?: string) {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'park-bench-')));
  const server = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), logger });
  return {
    server,
    dataDir: dir,
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Database `bench` as the API prepares it at boot: migrations, roles, demo seed, `park_app`'s login. */
export async function prepareBenchDatabase(server: Server, logger: Logger) {
  await server.ensureDatabase('bench');
  const ownerUrl = server.urlFor('bench');
  const appUrl = await prepareDatabase({
    ownerUrl,
    appUrl: undefined,
    appPassword: 'bench-app-password',
    seedDemo: true,
    logger,
  });
  return { ownerUrl, appUrl };
}
