import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../../db/sql.js';
import type { PaymentProviderName } from '../payment.enums.js';
import type { LocalEntry, LocalIntent } from './reconcile.js';

const TZ = 'Asia/Shanghai';

/** Reconciliation's reads and its one conditional write (STYLE rule 15). */
export const reconciliationRepository = {
  /** The ledger's movements of a provider on a China day, with their orders. */
  async ledgerOfDay(em: EntityManager, provider: PaymentProviderName, day: string): Promise<LocalEntry[]> {
    const rows = await query<LocalEntry & { amountFen: string }>(
      em,
      `select e.kind, i.out_trade_no as "outTradeNo", e.provider_ref as ref, e.amount_fen::int8 as "amountFen"
         from payment_entry e join payment_intent i on i.id = e.intent_id
        where e.provider = ? and (e.booked_at at time zone ?)::date = ?::date`,
      [provider, TZ, day],
    );
    return rows.map((e) => ({ ...e, amountFen: Number(e.amountFen) }));
  },

  /** Our intents of these order numbers, with their parks. */
  intentsOf(em: EntityManager, outTradeNos: string[]): Promise<(LocalIntent & { parkId: string })[]> {
    return query<LocalIntent & { parkId: string }>(
      em,
      `select out_trade_no as "outTradeNo", status, park_id as "parkId" from payment_intent where out_trade_no = any(?::text[])`,
      [outTradeNos],
    );
  },

  /** The parks of ledger entries by provider reference. */
  entryParks(
    em: EntityManager,
    provider: PaymentProviderName,
    refs: string[],
  ): Promise<{ ref: string; parkId: string }[]> {
    return query<{ ref: string; parkId: string }>(
      em,
      `select provider_ref as ref, park_id as "parkId" from payment_entry where provider = ? and provider_ref = any(?::text[])`,
      [provider, refs],
    );
  },

  /** Resolves a difference once: false when it already was. */
  async resolve(
    em: EntityManager,
    id: string,
    r: { action: string; note: string | null; by: string; at: Date },
  ): Promise<boolean> {
    const rows = await query(
      em,
      `update payment_difference set resolution = ?, note = ?, resolved_by = ?, resolved_at = ?
        where id = ? and resolution is null returning id`,
      [r.action, r.note, r.by, r.at, id],
    );
    return rows.length > 0;
  },
};
