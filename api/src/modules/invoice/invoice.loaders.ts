import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader } from '../../graphql/loader-utils.js';
import { Bill } from '../billing/billing.entity.js';
import { InvoiceRequest } from './invoice.entity.js';
import { invoiceRepository } from './invoice.repository.js';

/** DataLoader factories, each made on first use in a request (`kernel/lazy-loaders.ts`). */
export const invoiceLoaders = {
  /** Bills by id (a page of requests names each one's bill in one statement). */
  invoicedBillById: (em: EntityManager) => byIdLoader(em, Bill),
  invoiceRequestById: (em: EntityManager) => byIdLoader(em, InvoiceRequest),
  /** The newest invoice request of many bills: two statements for a page of bills. */
  latestInvoiceRequestOfBill: (em: EntityManager) =>
    new DataLoader<string, InvoiceRequest | null>(async (billIds) => {
      const latest = await invoiceRepository.latestByBill(em, billIds);
      const rows = latest.length
        ? await em.find(InvoiceRequest, { id: { $in: latest.map((l) => l.id) } })
        : [];
      const byId = new Map(rows.map((r) => [r.id, r]));
      const byBill = new Map(latest.map((l) => [l.bill_id, byId.get(l.id) ?? null]));
      return billIds.map((id) => byBill.get(id) ?? null);
    }),
};
