import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { createOrm } from '../src/db/orm.js';
import { seedDemoPark } from '../src/db/seeders/demo-park.seed.js';
import { freePort } from './free-port.js';
import { TEMPLATE_EMPTY, TEMPLATE_SEEDED } from './templates.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the test server's maintenance database; tests clone the templates from it. */
    pgAdminUrl: string;
  }
}

/**
 * One real PostgreSQL for the whole run, in a temporary folder. Two template databases are
 * prepared once (migrated; migrated and seeded); each test file clones its own database from one
 * of them, so files run in parallel without sharing rows.
 */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(join(tmpdir(), 'park-test-'));
  const logger = pino({ level: 'warn' });
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), logger });
  for (const [name, seed] of [
    [TEMPLATE_EMPTY, false],
    [TEMPLATE_SEEDED, true],
  ] as const) {
    await server.ensureDatabase(name);
    const orm = await createOrm({ url: server.urlFor(name), poolMax: 2 });
    await orm.migrator.up();
    if (seed) await orm.em.fork().transactional((em) => seedDemoPark(em));
    await orm.close();
  }
  project.provide('pgAdminUrl', server.urlFor('postgres'));
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
