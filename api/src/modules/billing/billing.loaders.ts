import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader, childrenLoader } from '../../graphql/loader-utils.js';
import { FeeStandard } from '../fee/fee-standard.entity.js';
import { BillLine } from './billing.entity.js';
import { chargeRepository } from './charge.repository.js';

/** DataLoader factories, each made on first use in a request (`kernel/lazy-loaders.ts`). */
export const billingLoaders = {
  /** The lines of many bills in one statement, in the order they were written. */
  billLines: (em: EntityManager) => childrenLoader(em, BillLine, 'bill', { createdAt: 'asc', id: 'asc' }),
  /** Fee standards by id: a page of charges names each one's standard in one statement. */
  chargeStandardById: (em: EntityManager) => byIdLoader(em, FeeStandard),
  /** The numbers of the bills (not void) that carry each of many charges, in one statement. */
  chargeBillNumbers: (em: EntityManager) =>
    new DataLoader<string, string[]>(async (ids) => {
      const byCharge = Map.groupBy(await chargeRepository.chargeBills(em, ids), (r) => r.charge_id);
      return ids.map((id) => (byCharge.get(id) ?? []).map((r) => r.number));
    }),
};
