import type { EntityManager } from '@mikro-orm/postgresql';
import { childrenLoader } from '../../graphql/loader-utils.js';
import { BillLine } from './billing.entity.js';

/** DataLoader factories, each made on first use in a request (`kernel/lazy-loaders.ts`). */
export const billingLoaders = {
  /** The lines of many bills in one statement, in the order they were written. */
  billLines: (em: EntityManager) => childrenLoader(em, BillLine, 'bill', { createdAt: 'asc', id: 'asc' }),
};
