import { yuanText } from '../../fee/index.js';

import type { CallbackRefusal } from '../payment.enums.js';

/** An order as we ask a provider to open it: the payer scans what `payUrl` comes back as. */
export type OrderRequest = {
  outTradeNo: string;
  amountFen: number;
  /** What the payer's app shows (商品描述), up to 127 bytes. */
  description: string;
  expiresAt: Date;
  /** Where the provider posts its callback. */
  notifyUrl: string;
};

/** What a provider says about one of our orders (a callback, or the answer to a query). */
export type TradeState =
  | {
      state: 'PAID';
      outTradeNo: string;
      transactionId: string;
      amountFen: number;
      currency: string;
      paidAt: Date;
    }
  | { state: 'WAITING'; outTradeNo: string }
  | { state: 'FAILED' | 'CLOSED'; outTradeNo: string; reason: string }
  | { state: 'UNKNOWN'; outTradeNo: string };

/** A refund as the provider reports it. */
export type RefundState = {
  outRefundNo: string;
  outTradeNo: string;
  refundId: string;
  amountFen: number;
  state: 'SUCCEEDED' | 'PROCESSING' | 'FAILED';
};

/** A verified, decoded callback. `nonce` guards against replays (unique per provider). */
export type ProviderEvent = { nonce: string; eventType: string } & (
  | { kind: 'TRADE'; trade: TradeState }
  | { kind: 'REFUND'; refund: RefundState }
);

/** A callback as it arrived: headers (lower-case names) and the raw body. */
export type CallbackRequest = { headers: Record<string, string | undefined>; body: string };

/** The answer a provider expects: WeChat 204 (anything else makes it retry), Alipay `success`. */
export type CallbackAnswer = { status: number; contentType?: string; body?: string };

/** A callback that is not accepted, with the reason logged beside it. */
export class CallbackRefused extends Error {
  override name = 'CallbackRefused';
  constructor(
    readonly refusal: CallbackRefusal,
    message: string,
    readonly outTradeNo?: string,
  ) {
    super(message);
  }
}

/** One row of a provider's daily statement, as reconciliation compares it. */
export type StatementRow = {
  kind: 'PAYMENT' | 'REFUND';
  outTradeNo: string;
  /** The provider's transaction id (payments) or refund id (refunds), as the ledger books it. */
  ref: string;
  /** Fen, positive (a refund's amount refunded). */
  amountFen: number;
  /** SUCCESS for a payment; the refund's status for a refund. */
  status: string;
  at: string;
};

/**
 * A statement not in its provider's layout, or one that disagrees with its own summary (a
 * truncated download): refused rather than half reconciled.
 */
export class StatementFormatError extends Error {
  override name = 'StatementFormatError';
}

/** A provider's API said no or could not be reached. */
export class ProviderError extends Error {
  override name = 'ProviderError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/**
 * One payment provider (issue 19 §4). The service knows only this; WeChat Pay v3 (which the
 * in-product sandbox also speaks) and Alipay implement it.
 */
export interface PaymentProvider {
  readonly name: 'SANDBOX' | 'WECHAT' | 'ALIPAY';
  /** Opens the order; returns what the QR encodes. */
  createOrder(order: OrderRequest): Promise<{ payUrl: string }>;
  /** The provider's view of the order: the fallback when a callback never comes. */
  queryOrder(outTradeNo: string): Promise<TradeState>;
  /** Closes an unpaid order, so a late scan cannot pay it. */
  closeOrder(outTradeNo: string): Promise<void>;
  refund(r: {
    outTradeNo: string;
    outRefundNo: string;
    amountFen: number;
    totalFen: number;
    reason: string;
    notifyUrl: string;
  }): Promise<RefundState>;
  /**
   * The day's statement (YYYY-MM-DD, China time), downloaded and read from the provider's own
   * layout; throws {@link StatementFormatError} for a file it cannot trust.
   */
  tradeBill(billDate: string): Promise<StatementRow[]>;
  /** Verifies and decodes a callback at `now`; throws {@link CallbackRefused}. */
  verifyCallback(req: CallbackRequest, now: Date): ProviderEvent;
  /** What to answer: accepted (or a duplicate), or refused. */
  answer(accepted: boolean, message?: string): CallbackAnswer;
  /** Where this provider's callbacks arrive, under the API's public address. */
  readonly callbackPath: string;
}

/** Fen as yuan text (`12.34`, as Alipay writes amounts), and back. */
export { yuanText };

/** Yuan text (`12.34`, `12.3`, `12`) as fen, or undefined when it is not a plain amount. */
export const fenOf = (yuan: string): number | undefined => {
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(yuan);
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : undefined;
};
