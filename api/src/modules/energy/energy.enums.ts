/** What a meter measures (SPEC §3.2); each kind has one unit. */
export enum MeterKind {
  ELECTRICITY = 'ELECTRICITY',
  WATER = 'WATER',
  GAS = 'GAS',
  HEAT = 'HEAT',
  COOLING = 'COOLING',
}

/** The unit of each kind's register and consumption. */
export const UNIT_OF: Readonly<Record<MeterKind, string>> = {
  [MeterKind.ELECTRICITY]: 'kWh',
  [MeterKind.WATER]: 'm³',
  [MeterKind.GAS]: 'm³',
  [MeterKind.HEAT]: 'kWh',
  [MeterKind.COOLING]: 'kWh',
};

/**
 * Where a meter sits in the metering tree: park main → building → floor → tenant sub-meter.
 * Consumption by building, floor or tenant reads the meters of that level, so a building's
 * figure is never its floors' and tenants' meters counted again.
 */
export enum MeterLevel {
  PARK = 'PARK',
  BUILDING = 'BUILDING',
  FLOOR = 'FLOOR',
  TENANT = 'TENANT',
  /** A plant's or a public area's own meter (chillers, lifts, lighting). */
  EQUIPMENT = 'EQUIPMENT',
}

/** What the validation of a cumulative register said of one reading (`validation.ts`). */
export enum ReadingFlag {
  /** The meter's first reading: the baseline, no consumption. */
  FIRST = 'FIRST',
  OK = 'OK',
  /** Accepted after missed readings: its consumption is spread over the gap and marked estimated. */
  GAP = 'GAP',
  /** The register wrapped at its width: counted as the distance through the wrap. */
  ROLLOVER = 'ROLLOVER',
  /** Lower than the baseline: ignored, the baseline kept (never reset to the low value). */
  BACKWARD = 'BACKWARD',
  /** A zero from a register that stood above zero: ignored, the baseline kept. */
  ZERO = 'ZERO',
  /** More than the meter can physically pass in the time since the baseline: ignored. */
  SPIKE = 'SPIKE',
}

/** Where a reading came from. */
export enum ReadingSource {
  DEVICE = 'DEVICE',
  MANUAL = 'MANUAL',
  /** The demo park's generated history. */
  SEED = 'SEED',
}

/** Rollup buckets: 15 minutes and hours in UTC steps, days and months in the park's time zone. */
export enum RollupGrain {
  QUARTER = 'QUARTER',
  HOUR = 'HOUR',
  DAY = 'DAY',
  MONTH = 'MONTH',
}
