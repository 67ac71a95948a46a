/** A bill run moved on (a batch committed, or it finished). */
export type BillRunPayload = { runId: string };

/** A bill's money moved (a payment or refund booked), for its company's screens. */
export type BillChangedPayload = { billId: string };

/** The billing feature's subscription topics: runs by park id, bills by company id. */
export type BillingTopics = {
  BILL_RUN_PROGRESS: [parkId: string, payload: BillRunPayload];
  BILL_CHANGED: [tenantId: string, payload: BillChangedPayload];
  /** The same, for the park's console (aging, lists). */
  PARK_BILL_CHANGED: [parkId: string, payload: BillChangedPayload];
};
