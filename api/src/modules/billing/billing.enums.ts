/** Where a bill stands (SPEC §3.5). */
export enum BillStatus {
  /** Issued, nothing paid, not yet due or due today. */
  ISSUED = 'ISSUED',
  PARTLY_PAID = 'PARTLY_PAID',
  PAID = 'PAID',
  /** Past its due date with something unpaid. */
  OVERDUE = 'OVERDUE',
  /** Withdrawn before anything was paid; its lines no longer count. */
  VOID = 'VOID',
}

/** A period's first bill of a tenant, or a later one that corrects it. */
export enum BillKind {
  REGULAR = 'REGULAR',
  /** What a re-run found changed since: the differences, plus or minus (a negative total is a credit note). */
  ADJUSTMENT = 'ADJUSTMENT',
}

/** Where a bill line comes from: what its source key names. */
export enum BillLineSource {
  /** A lease's rent for its days of a month (`lease:<id>:RENT:<from>`). */
  LEASE_RENT = 'LEASE_RENT',
  LEASE_PROPERTY_FEE = 'LEASE_PROPERTY_FEE',
  LEASE_DEPOSIT = 'LEASE_DEPOSIT',
  /** A tenant sub-meter's consumption over the month before, priced by the utility standard. */
  UTILITY = 'UTILITY',
  /** An accepted paid-repair quote of a work order completed the month before. */
  REPAIR = 'REPAIR',
  /** Late fee 滞纳金 on an earlier bill for its days overdue in the month before (`late:<bill>:<month>`). */
  LATE_FEE = 'LATE_FEE',
  /** A one-off charge (parking, room booking, service) dated in the month before (`charge:<id>`). */
  CHARGE = 'CHARGE',
}

/** A bill run's progress. */
export enum BillRunStatus {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
