/** Which VAT invoice the company asks for. Both are issued as e-invoices (全电发票). */
export enum InvoiceKind {
  /** 增值税普通发票: a receipt for the books. */
  NORMAL = 'NORMAL',
  /** 增值税专用发票: lets the buyer deduct input VAT; needs the buyer's registered details. */
  SPECIAL = 'SPECIAL',
}

/** Where an invoice request stands. */
export enum InvoiceRequestStatus {
  /** Waiting in finance's queue 待开票. */
  REQUESTED = 'REQUESTED',
  /** Finance attached the issued e-invoice 已开票. */
  ISSUED = 'ISSUED',
  /** Finance could not issue it as asked (a wrong tax number …) 已驳回; the company may ask again. */
  REJECTED = 'REJECTED',
  /** The company withdrew it before it was issued 已撤回. */
  CANCELLED = 'CANCELLED',
}
