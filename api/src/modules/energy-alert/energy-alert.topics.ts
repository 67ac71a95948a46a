/** An energy alert opened, cleared, acknowledged or closed; `tenantId` (its meter's) keeps tenants to their own. */
export type EnergyAlertChangePayload = { alertId: string; tenantId: string | null; action: string };

/** The energy alert feature's subscription topics, keyed by park id. */
export type EnergyAlertTopics = {
  ENERGY_ALERT_CHANGED: [parkId: string, payload: EnergyAlertChangePayload];
};
