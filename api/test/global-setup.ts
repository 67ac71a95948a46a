import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pino } from 'pino';
import type { TestProject } from 'vitest/node';
import { ensureAppRole } from '../src/db/app-role.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { createOrm } from '../src/db/orm.js';
import { queueReadyHooks } from '../src/db/prepare.js';
import { syncBuiltinRoles } from '../src/db/reference-data.js';
import { DEMO_PASSWORD } from '../src/db/seeders/demo-users.js';
import { installJobQueue } from '../src/jobs/queue.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { MODULES } from '../src/modules/index.js';
import { BUILTIN_ROLES } from '../src/modules/registry.js';
import { Role, UserKind } from '../src/modules/user/role.entity.js';
import { AppUser } from '../src/modules/user/user.entity.js';
import { freePort } from './free-port.js';
import { TEMPLATE_EMPTY, TEMPLATE_SEEDED, TEST_APP_PASSWORD, TEST_ROOT_LOGIN } from './templates.js';

async function createRootUser(em: EntityManager) {
  const user = em.create(AppUser, {
    kind: UserKind.STAFF,
    login: TEST_ROOT_LOGIN,
    displayName: 'Test root',
    phone: null,
    email: null,
    tenant: null,
    park: null,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    passwordChangedAt: new Date(),
  });
  user.roles.add(em.getReference(Role, BUILTIN_ROLES.find((r) => r.key === 'hq_admin')!.id));
}

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
    await syncBuiltinRoles(orm.em.fork());
    // Every feature's seed steps, in module order, as `db/seed.ts` runs them on an empty install.
    if (seed)
      await orm.em.fork().transactional(async (em) => {
        for (const m of MODULES) for (const step of 'seed' in m ? m.seed : []) await step.run(em);
      });
    else await orm.em.fork().transactional((em) => createRootUser(em));
    await orm.close();
    await installJobQueue(server.urlFor(name), logger, queueReadyHooks());
  }
  await ensureAppRole(server.urlFor('postgres'), TEST_APP_PASSWORD);
  project.provide('pgAdminUrl', server.urlFor('postgres'));
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
