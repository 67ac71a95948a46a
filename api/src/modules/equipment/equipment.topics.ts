/** What an equipment subscriber receives: the id is re-read through the subscriber's context. */
export type EquipmentChangePayload = { equipmentId: string; kind: 'CREATED' | 'UPDATED' | 'STATUS_CHANGED' };

/** The equipment feature's subscription topics, keyed by park id. */
export type EquipmentTopics = {
  EQUIPMENT_CHANGED: [parkId: string, payload: EquipmentChangePayload];
};
