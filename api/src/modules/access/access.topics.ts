/** A security event was raised, acknowledged or closed. */
export type SecurityEventChangePayload = {
  securityEventId: string;
  action: 'RAISED' | 'ACKNOWLEDGED' | 'CLOSED';
};

/** The access feature's subscription topics, keyed by park id. */
export type AccessTopics = {
  SECURITY_EVENT_CHANGED: [parkId: string, payload: SecurityEventChangePayload];
};
