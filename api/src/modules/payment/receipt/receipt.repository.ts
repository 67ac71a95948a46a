import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../../db/sql.js';

/** What a receipt prints of one payment: the payment, its bill and company, money as text (fen). */
export type ReceiptRow = {
  receipt_no: string;
  amount_fen: string;
  /** As the driver returns it (text of a timestamptz). */
  booked_at: Date | string;
  provider: string;
  provider_ref: string;
  channel: string;
  out_trade_no: string;
  refunded_fen: string;
  bill_id: string;
  bill_number: string;
  period: string;
  total_fen: string;
  paid_fen: string;
  due_on: string;
  tenant_name: string;
  uscc: string;
  park_name: string;
  time_zone: string;
};

export type ReceiptLineRow = {
  description: string;
  period_from: string;
  period_to: string;
  amount_fen: string;
};

/** The receipt's reads, one statement each, under the caller's row-level security. */
export const receiptRepository = {
  async payment(em: EntityManager, entryId: string): Promise<ReceiptRow | undefined> {
    const [row] = await query<ReceiptRow>(
      em,
      `select e.receipt_no, e.amount_fen::text, e.booked_at, e.provider::text, e.provider_ref, i.channel::text,
              i.out_trade_no, i.refunded_fen::text, b.id as bill_id, b.number as bill_number, b.period,
              b.total_fen::text, b.paid_fen::text, b.due_on::text, c.name as tenant_name, c.uscc,
              p.name as park_name, p.time_zone
         from payment_entry e
         join payment_intent i on i.id = e.intent_id
         join bill b on b.id = e.bill_id
         join tenant_company c on c.id = e.tenant_id
         join park p on p.id = e.park_id
        where e.id = ? and e.kind = 'PAYMENT' and e.receipt_no is not null`,
      [entryId],
    );
    return row;
  },

  lines(em: EntityManager, billId: string): Promise<ReceiptLineRow[]> {
    return query<ReceiptLineRow>(
      em,
      `select description, period_from::text, period_to::text, amount_fen::text from bill_line
        where bill_id = ? order by created_at, id`,
      [billId],
    );
  },
};
