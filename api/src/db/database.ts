import type { Logger } from 'pino';
import type { Config } from '../config/env.js';
import { type EmbeddedServer, startEmbeddedPostgres } from './embedded-postgres.js';

export const EMBEDDED_DATABASE = 'park';

export type Database = { url: string; embedded: EmbeddedServer | undefined };

/** DATABASE_URL when given; otherwise the embedded server in the data folder. */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: undefined };
  const embedded = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPgPort,
    logger,
  });
  await embedded.ensureDatabase(EMBEDDED_DATABASE);
  return { url: embedded.urlFor(EMBEDDED_DATABASE), embedded };
}
