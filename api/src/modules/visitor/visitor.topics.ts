/** The visitor feature's live topics: name → [scope id, payload]. */
export type VisitorTopics = {
  /** A walk-in (or a cleared one) waits for its host company: scoped by the company. */
  VISIT_APPROVAL_REQUESTED: [tenantId: string, { visitId: string }];
  /** A visit changed (decided, timed out, scanned): scoped by the visit, for the kiosk waiting on it. */
  VISIT_UPDATED: [visitId: string, { visitId: string }];
  /** The park's queues and on-site board changed: scoped by the park. */
  VISIT_QUEUE_CHANGED: [parkId: string, { visitId: string }];
};
