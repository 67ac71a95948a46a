import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader } from '../../graphql/loader-utils.js';
import { Bill } from '../billing/billing.entity.js';
import { PaymentEntry } from './payment.entity.js';
import { PaymentEntryKind } from './payment.enums.js';

/** DataLoader factories, each made on first use in a request (`kernel/lazy-loaders.ts`). */
export const paymentLoaders = {
  /** Bills by id (a page of payments names each one's bill in one statement). */
  paidBillById: (em: EntityManager) => byIdLoader(em, Bill),
  /** The receipt (ledger entry id and number) of many payments in one statement (null until paid). */
  receiptByIntent: (em: EntityManager) =>
    new DataLoader<string, { entryId: string; receiptNo: string } | null>(async (ids) => {
      const entries = await em.find(PaymentEntry, {
        intent: { $in: [...ids] },
        kind: PaymentEntryKind.PAYMENT,
      });
      const by = new Map(
        entries.flatMap((e) =>
          e.receiptNo ? [[e.intent.id, { entryId: e.id, receiptNo: e.receiptNo }] as const] : [],
        ),
      );
      return ids.map((id) => by.get(id) ?? null);
    }),
};
