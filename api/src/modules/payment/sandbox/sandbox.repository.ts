import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { query } from '../../../db/sql.js';

/** The sandbox provider's writes that must hold under concurrent requests. */
export const sandboxRepository = {
  /** Books an order once, whoever gets there first (the payer's page, or the merchant closing it). */
  async insertOrder(
    em: EntityManager,
    o: {
      mchId: string;
      appId: string;
      outTradeNo: string;
      description: string;
      amountFen: number;
      notifyUrl: string;
      expiresAt: Date;
      transactionId: string;
      state?: 'NOTPAY' | 'CLOSED';
    },
  ): Promise<void> {
    await query(
      em,
      `insert into sandbox_pay_order (id, created_at, updated_at, mch_id, app_id, out_trade_no, description, amount_fen,
         currency, notify_url, expires_at, state, transaction_id)
       values (?, now(), now(), ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?)
       on conflict (mch_id, out_trade_no) do nothing`,
      [
        uuidv7(),
        o.mchId,
        o.appId,
        o.outTradeNo,
        o.description,
        o.amountFen,
        o.notifyUrl,
        o.expiresAt,
        o.state ?? 'NOTPAY',
        o.transactionId,
      ],
    );
  },
};
