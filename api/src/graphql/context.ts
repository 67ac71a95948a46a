import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { buildingLoaders } from '../modules/building/building.loaders.js';
import { equipmentLoaders } from '../modules/equipment/equipment.loaders.js';
import { parkLoaders } from '../modules/park/park.loaders.js';
import { tenantLoaders } from '../modules/tenant/tenant.loaders.js';
import { unitLoaders } from '../modules/unit/unit.loaders.js';
import type { TopicPubSub } from './pubsub.js';

function createLoaders(em: EntityManager) {
  return {
    ...parkLoaders(em),
    ...buildingLoaders(em),
    ...unitLoaders(em),
    ...tenantLoaders(em),
    ...equipmentLoaders(em),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

/** Process-wide parts every request context is made from. */
export type AppServices = { orm: MikroORM; pubsub: TopicPubSub; logger: Logger };

/**
 * State of one GraphQL operation: a forked entity manager (its own identity map) and fresh
 * DataLoaders. Subscriptions call `refresh()` per event so no cache outlives the event.
 */
export class RequestContext {
  em: EntityManager;
  loaders: Loaders;
  readonly logger: Logger;

  constructor(
    readonly services: AppServices,
    readonly requestId: string = randomUUID(),
  ) {
    this.em = services.orm.em.fork();
    this.loaders = createLoaders(this.em);
    this.logger = services.logger.child({ requestId });
  }

  get pubsub(): TopicPubSub {
    return this.services.pubsub;
  }

  /** Starts over with an empty identity map and empty loader caches. */
  refresh(): void {
    this.em = this.services.orm.em.fork();
    this.loaders = createLoaders(this.em);
  }
}
