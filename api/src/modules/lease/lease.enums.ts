/** Where a lease contract stands (issue 19 §2). */
export enum LeaseStatus {
  /** Being drafted: changeable, binds nothing. */
  DRAFT = 'DRAFT',
  /** Signed; its term has not begun. Its units are promised to it. */
  SIGNED = 'SIGNED',
  /** In its term: its units are leased to its tenant. */
  ACTIVE = 'ACTIVE',
  /** Its term ran out. */
  EXPIRED = 'EXPIRED',
  /** Ended early. */
  TERMINATED = 'TERMINATED',
}

/** How often a lease is billed: by calendar month or calendar quarter. */
export enum PaymentCycle {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
}

/** How a lease's rent rises over its term. */
export enum EscalationKind {
  NONE = 'NONE',
  /** By a fixed percentage on each anniversary of the start, compounded. */
  FIXED_PERCENT = 'FIXED_PERCENT',
  /** To a stated price from each stated date. */
  STEPPED = 'STEPPED',
}

/** What a line of a lease's schedule charges. */
export enum LeaseLineKind {
  RENT = 'RENT',
  PROPERTY_FEE = 'PROPERTY_FEE',
  DEPOSIT = 'DEPOSIT',
}
