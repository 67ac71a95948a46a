/** What an energy alert rule watches (issue 18 §6, 用能预警). */
export enum AlertRuleKind {
  /** Consumption in the meter's latest complete 15 minutes, hour or day above a limit. */
  THRESHOLD = 'THRESHOLD',
  /** The latest complete hour above the same weekday and hour's average over past weeks, times a factor. */
  ABOVE_BASELINE = 'ABOVE_BASELINE',
  /** Use in a night hour (or on a weekend or holiday) above a limit. */
  NIGHT_USE = 'NIGHT_USE',
  /** Water flowing in every hour of the night: a leak. */
  NIGHT_WATER_FLOW = 'NIGHT_WATER_FLOW',
  /** No reading for a number of the meter's reporting intervals. */
  OFFLINE = 'OFFLINE',
}

/** Where an alert stands. Open and acknowledged alerts are active: one per meter and rule. */
export enum AlertStatus {
  OPEN = 'OPEN',
  /** Seen by staff; still active. */
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  /** The condition ended on its own. */
  CLEARED = 'CLEARED',
  /** Closed by staff. */
  CLOSED = 'CLOSED',
}

/** The interval a threshold rule measures consumption over. */
export enum AlertGrain {
  QUARTER = 'QUARTER',
  HOUR = 'HOUR',
  DAY = 'DAY',
}
