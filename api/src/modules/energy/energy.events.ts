/**
 * What energy announces for features it must not import (energy alerts evaluate their rules when
 * readings land). Emitted by the `energy.readingsRecorded` job, which the ingest adds in the
 * readings' own transaction: so the event runs after they are committed, in a transaction of its
 * own, whatever wrote them (the IoT ingest, a manual reading).
 */
export type EnergyEvents = {
  /**
   * Readings of the park's meters were committed (one event for however many batches landed
   * while the previous one was pending: the job is keyed by park).
   */
  'energy.readingsRecorded': { parkId: string };
};
