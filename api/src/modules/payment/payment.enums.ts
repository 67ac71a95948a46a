/** Who moves the money: the in-product sandbox (WeChat Pay v3's protocol), WeChat Pay, Alipay. */
export enum PaymentProviderName {
  SANDBOX = 'SANDBOX',
  WECHAT = 'WECHAT',
  ALIPAY = 'ALIPAY',
}

/** Where a payer started: the lobby kiosk or the tenant portal. */
export enum PaymentChannel {
  KIOSK = 'KIOSK',
  PORTAL = 'PORTAL',
}

/** A payment intent's state: open until the provider says paid, failed or closed. */
export enum PaymentIntentStatus {
  /** Waiting for the payer (the QR is shown). */
  PENDING = 'PENDING',
  /** The provider confirmed the money; it is in the ledger. */
  SUCCEEDED = 'SUCCEEDED',
  /** The payer's payment failed at the provider. */
  FAILED = 'FAILED',
  /** Expired or closed before anything was paid. */
  CLOSED = 'CLOSED',
}

/** A ledger entry: money in (a payment) or out (a refund). */
export enum PaymentEntryKind {
  PAYMENT = 'PAYMENT',
  REFUND = 'REFUND',
}

export enum RefundStatus {
  /** Asked of the provider; its answer (or callback) is awaited. */
  PROCESSING = 'PROCESSING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/** Why a refund was made. */
export enum RefundReason {
  /** Finance refunded at a payer's request. */
  REQUESTED = 'REQUESTED',
  /** A payment arrived for a bill already paid (or void): returned in full, automatically. */
  OVERPAID = 'OVERPAID',
}

/** What became of a provider callback. */
export enum CallbackOutcome {
  /** Verified, and it changed something (a payment or refund booked, an intent failed). */
  APPLIED = 'APPLIED',
  /** Verified, but already applied (a retry): nothing changed. */
  DUPLICATE = 'DUPLICATE',
  /** Not accepted: see the reason. Nothing changed. */
  REFUSED = 'REFUSED',
}

/** Why a callback was refused. */
export enum CallbackRefusal {
  MALFORMED = 'MALFORMED',
  BAD_SIGNATURE = 'BAD_SIGNATURE',
  UNKNOWN_SERIAL = 'UNKNOWN_SERIAL',
  WRONG_MERCHANT = 'WRONG_MERCHANT',
  STALE = 'STALE',
  REPLAYED_NONCE = 'REPLAYED_NONCE',
  UNKNOWN_ORDER = 'UNKNOWN_ORDER',
  AMOUNT_MISMATCH = 'AMOUNT_MISMATCH',
  DECRYPT_FAILED = 'DECRYPT_FAILED',
}
