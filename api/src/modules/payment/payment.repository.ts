import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { query } from '../../db/sql.js';
import type { BillStatus } from '../billing/index.js';
import type {
  CallbackOutcome,
  CallbackRefusal,
  PaymentEntryKind,
  PaymentProviderName,
} from './payment.enums.js';

export type IntentRow = {
  id: string;
  park_id: string;
  tenant_id: string;
  bill_id: string;
  provider: PaymentProviderName;
  status: string;
  amount_fen: string;
  refunded_fen: string;
  request_hash: string;
  out_trade_no: string;
};

export type KioskBillRow = {
  id: string;
  park_id: string;
  tenant_id: string;
  tenant_name: string;
  number: string;
  period: string;
  status: BillStatus;
  due_on: string;
  total_fen: string;
  paid_fen: string;
};

/** A line of the kiosk's bill, as its security-definer function returns it. */
export type KioskBillLineRow = {
  id: string;
  source: string;
  source_id: string;
  description: string;
  period_from: string;
  period_to: string;
  quantity: string | null;
  unit: string | null;
  unit_price: string | null;
  amount_fen: string;
  evidence: Record<string, unknown>;
};

const INTENT = `id, park_id, tenant_id, bill_id, provider, status, amount_fen, refunded_fen, request_hash, out_trade_no`;

/**
 * The payment feature's statements that must hold under concurrent requests: each claim is one
 * conditional statement or an insert a unique index arbitrates (never read-then-write).
 */
export const paymentRepository = {
  /** Claims an idempotency key: the new intent's id, or nothing when the key is taken. */
  async claimIntent(
    em: EntityManager,
    i: {
      parkId: string;
      tenantId: string;
      billId: string;
      provider: PaymentProviderName;
      channel: string;
      key: string;
      hash: string;
      amountFen: number;
      outTradeNo: string;
      expiresAt: Date;
      createdBy: string;
    },
  ): Promise<string | undefined> {
    const [row] = await query<{ id: string }>(
      em,
      `insert into payment_intent (id, created_at, updated_at, park_id, tenant_id, bill_id, provider, channel,
         idempotency_key, request_hash, amount_fen, currency, out_trade_no, status, pay_url, expires_at, created_by)
       values (?, now(), now(), ?, ?, ?, ?, ?, ?, ?, ?, 'CNY', ?, 'PENDING', '', ?, ?)
       on conflict (park_id, idempotency_key) do nothing returning id`,
      [
        uuidv7(),
        i.parkId,
        i.tenantId,
        i.billId,
        i.provider,
        i.channel,
        i.key,
        i.hash,
        i.amountFen,
        i.outTradeNo,
        i.expiresAt,
        i.createdBy,
      ],
    );
    return row?.id;
  },

  async intentByKey(em: EntityManager, parkId: string, key: string): Promise<IntentRow | undefined> {
    const [row] = await query<IntentRow>(
      em,
      `select ${INTENT} from payment_intent where park_id = ? and idempotency_key = ?`,
      [parkId, key],
    );
    return row;
  },

  async intentById(em: EntityManager, id: string): Promise<IntentRow | undefined> {
    const [row] = await query<IntentRow>(em, `select ${INTENT} from payment_intent where id = ?`, [id]);
    return row;
  },

  /** The kiosk's bill by number and check code (a security-definer function: nothing else shows). */
  async kioskBill(em: EntityManager, number: string, checkCode: string): Promise<KioskBillRow | undefined> {
    const [b] = await query<KioskBillRow>(
      em,
      `select id, park_id, tenant_id, tenant_name, number, period, status, due_on::text as due_on,
              total_fen::text as total_fen, paid_fen::text as paid_fen
         from payment_kiosk_bill(?, ?)`,
      [number, checkCode],
    );
    return b;
  },

  kioskBillLines(em: EntityManager, billId: string, checkCode: string): Promise<KioskBillLineRow[]> {
    return query<KioskBillLineRow>(
      em,
      `select id, source, source_id, description, period_from::text as period_from, period_to::text as period_to,
              quantity::text as quantity, unit, unit_price::text as unit_price, amount_fen::text as amount_fen, evidence
         from payment_kiosk_bill_lines(?, ?)`,
      [billId, checkCode],
    );
  },

  async intentByTradeNo(em: EntityManager, outTradeNo: string): Promise<IntentRow | undefined> {
    const [row] = await query<IntentRow>(em, `select ${INTENT} from payment_intent where out_trade_no = ?`, [
      outTradeNo,
    ]);
    return row;
  },

  /**
   * Marks an intent paid, once: from any state but SUCCEEDED (money the provider took after the
   * intent closed is still money received). Nothing when it already is.
   */
  async markPaid(em: EntityManager, id: string, tradeNo: string, paidAt: Date): Promise<boolean> {
    const rows = await query(
      em,
      `update payment_intent set status = 'SUCCEEDED', provider_trade_no = ?, paid_at = ?, failure = null,
              updated_at = now()
        where id = ? and status <> 'SUCCEEDED' returning id`,
      [tradeNo, paidAt, id],
    );
    return rows.length > 0;
  },

  /** Ends a still-pending intent as FAILED or CLOSED, once. */
  async markEnded(em: EntityManager, id: string, status: 'FAILED' | 'CLOSED', why: string): Promise<boolean> {
    const rows = await query(
      em,
      `update payment_intent set status = ?::payment_intent_status, failure = ?, updated_at = now()
        where id = ? and status = 'PENDING' returning id`,
      [status, why.slice(0, 200), id],
    );
    return rows.length > 0;
  },

  /** Books a movement in the ledger once per provider reference; false when it already is. */
  async book(
    em: EntityManager,
    e: {
      parkId: string;
      tenantId: string;
      billId: string;
      intentId: string;
      kind: PaymentEntryKind;
      provider: PaymentProviderName;
      ref: string;
      amountFen: number;
      at: Date;
      receiptNo: string | null;
    },
  ): Promise<boolean> {
    const rows = await query(
      em,
      `insert into payment_entry (id, created_at, park_id, tenant_id, bill_id, intent_id, kind, provider, provider_ref,
         amount_fen, booked_at, receipt_no)
       values (?, now(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (provider, kind, provider_ref) do nothing returning id`,
      [
        uuidv7(),
        e.parkId,
        e.tenantId,
        e.billId,
        e.intentId,
        e.kind,
        e.provider,
        e.ref,
        e.amountFen,
        e.at,
        e.receiptNo,
      ],
    );
    return rows.length > 0;
  },

  /** Sets aside `fen` of a paid intent for a refund, never past what it took. */
  async reserveRefund(em: EntityManager, intentId: string, fen: number): Promise<IntentRow | undefined> {
    const [row] = await query<IntentRow>(
      em,
      `update payment_intent set refunded_fen = refunded_fen + ?::bigint, updated_at = now()
        where id = ? and status = 'SUCCEEDED' and refunded_fen + ?::bigint <= amount_fen returning ${INTENT}`,
      [fen, intentId, fen],
    );
    return row;
  },

  async releaseRefund(em: EntityManager, intentId: string, fen: number): Promise<void> {
    await query(
      em,
      `update payment_intent set refunded_fen = refunded_fen - ?::bigint, updated_at = now() where id = ?`,
      [fen, intentId],
    );
  },

  /** Ends a processing refund, once: the refund's row, or nothing when it had already ended. */
  async finishRefund(
    em: EntityManager,
    outRefundNo: string,
    status: 'SUCCEEDED' | 'FAILED',
    refundId: string | null,
    at: Date,
  ): Promise<
    | {
        id: string;
        intent_id: string;
        bill_id: string;
        park_id: string;
        tenant_id: string;
        amount_fen: string;
      }
    | undefined
  > {
    const [row] = await query<{
      id: string;
      intent_id: string;
      bill_id: string;
      park_id: string;
      tenant_id: string;
      amount_fen: string;
    }>(
      em,
      `update refund set status = ?::refund_status, provider_refund_id = coalesce(?, provider_refund_id),
              finished_at = ?, updated_at = now()
        where out_refund_no = ? and status = 'PROCESSING'
        returning id, intent_id, bill_id, park_id, tenant_id, amount_fen`,
      [status, refundId, at, outRefundNo],
    );
    return row;
  },

  /**
   * Logs a callback. With a nonce (verified callbacks) the unique index refuses a second one:
   * false then, and the caller logs the replay without it.
   */
  async logCallback(
    em: EntityManager,
    c: {
      parkId: string | null;
      provider: PaymentProviderName;
      at: Date;
      outcome: CallbackOutcome;
      refusal: CallbackRefusal | null;
      nonce: string | null;
      eventType: string | null;
      outTradeNo: string | null;
      ip: string | null;
      detail: string | null;
    },
  ): Promise<boolean> {
    const rows = await query(
      em,
      `insert into payment_callback (id, created_at, park_id, provider, received_at, outcome, refusal, verified_nonce,
         event_type, out_trade_no, ip, detail)
       values (?, now(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (provider, verified_nonce) where verified_nonce is not null do nothing returning id`,
      [
        uuidv7(),
        c.parkId,
        c.provider,
        c.at,
        c.outcome,
        c.refusal,
        c.nonce?.slice(0, 64) ?? null,
        c.eventType?.slice(0, 40) ?? null,
        c.outTradeNo?.slice(0, 64) ?? null,
        c.ip,
        c.detail?.slice(0, 300) ?? null,
      ],
    );
    return rows.length > 0;
  },

  /** Sets a callback's outcome once it is known (the row was written first, to claim the nonce). */
  async settleCallback(
    em: EntityManager,
    provider: PaymentProviderName,
    nonce: string,
    outcome: CallbackOutcome,
    refusal: CallbackRefusal | null,
    parkId: string | null,
    detail: string | null,
  ): Promise<void> {
    await query(
      em,
      `update payment_callback set outcome = ?, refusal = ?, park_id = coalesce(?, park_id), detail = ?
        where provider = ? and verified_nonce = ?`,
      [outcome, refusal, parkId, detail?.slice(0, 300) ?? null, provider, nonce.slice(0, 64)],
    );
  },
};
