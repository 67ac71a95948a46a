/** What an attachment belongs to: exactly one owner, of this kind (a check constraint says so). */
export enum AttachmentOwnerKind {
  /** A photo or document on a work order (`workOrder`). */
  WORK_ORDER = 'WORK_ORDER',
  /** A photo of a meter's register, taken for a manual reading (`meterId`). */
  METER = 'METER',
  /** An issued e-invoice, the answer to a company's invoice request (`invoiceRequestId`). */
  INVOICE = 'INVOICE',
}
