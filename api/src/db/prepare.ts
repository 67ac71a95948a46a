import type { Logger } from 'pino';
import { installJobQueue, type QueueReadyHook } from '../jobs/queue.js';
import { MODULES } from '../modules/index.js';
import { bootstrapAdmin } from '../modules/registry.js';
import { appRoleUrl, ensureAppRole } from './app-role.js';
import { migrate } from './migrate.js';
import { createOrm } from './orm.js';
import { syncBuiltinRoles } from './reference-data.js';
import { seedIfEmpty } from './seed.js';

/**
 * Everything done as the database owner before the API serves: migrations, built-in roles, the
 * demo seed, the job queue's schema, and the application role's login. Returns the URL the API connects with.
 */
export async function prepareDatabase(opts: {
  ownerUrl: string;
  appUrl: string | undefined;
  appPassword: string;
  seedDemo: boolean;
  admin?: { login: string; password: string | undefined };
  logger: Logger;
}): Promise<string> {
  const owner = await createOrm({ url: opts.ownerUrl, poolMax: 2, logger: opts.logger });
  try {
    await migrate(owner, opts.logger);
    await syncBuiltinRoles(owner.em.fork());
    if (opts.seedDemo) await seedIfEmpty(owner, opts.logger);
    if (opts.admin) await bootstrapAdmin(owner.em.fork(), { ...opts.admin, logger: opts.logger });
  } finally {
    await owner.close();
  }
  await installJobQueue(opts.ownerUrl, opts.logger, queueReadyHooks());
  if (opts.appUrl) return opts.appUrl;
  await ensureAppRole(opts.ownerUrl, opts.appPassword);
  return appRoleUrl(opts.ownerUrl, opts.appPassword);
}

/** Each feature's `onQueueReady`, in module order. */
export const queueReadyHooks = (): QueueReadyHook[] =>
  MODULES.flatMap((m): QueueReadyHook[] => ('onQueueReady' in m ? [m.onQueueReady] : []));
