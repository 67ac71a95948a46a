/** A car came or went at a gate of the park. */
export type ParkingChangePayload = { eventId: string };

/** The parking feature's subscription topics, keyed by park id. */
export type ParkingTopics = {
  PARKING_CHANGED: [parkId: string, payload: ParkingChangePayload];
};
