/** What a fee standard charges for (SPEC §3.5). */
export enum FeeItem {
  RENT = 'RENT',
  PROPERTY_FEE = 'PROPERTY_FEE',
  UTILITY = 'UTILITY',
  PARKING = 'PARKING',
  ROOM_BOOKING = 'ROOM_BOOKING',
  REPAIR = 'REPAIR',
  SERVICE = 'SERVICE',
  DEPOSIT = 'DEPOSIT',
}

/** What a fee standard's price is per. */
export enum FeeBasis {
  /** Per m² of the leased area per month. */
  PER_M2_MONTH = 'PER_M2_MONTH',
  /** Per unit a meter measured (kWh, m³). */
  PER_METER_UNIT = 'PER_METER_UNIT',
  /** A fixed amount per month. */
  PER_MONTH = 'PER_MONTH',
  /** A fixed amount each time (a booking, a repair call, a service). */
  PER_USE = 'PER_USE',
}
