/** A bill run moved on (a batch committed, or it finished). */
export type BillRunPayload = { runId: string };

/** The billing feature's subscription topics, keyed by park id. */
export type BillingTopics = {
  BILL_RUN_PROGRESS: [parkId: string, payload: BillRunPayload];
};
