/** How a visit came about. */
export enum VisitSource {
  /** A tenant employee invited the visitor beforehand. */
  INVITATION = 'INVITATION',
  /** The visitor registered at a lobby kiosk and waits for the host's answer. */
  WALK_IN = 'WALK_IN',
}

/** Where a visit stands in its approval; check-in and check-out are stamped beside it. */
export enum VisitState {
  /** The watchlist matched: security decides in the console before anything else happens. */
  AWAITING_SECURITY = 'AWAITING_SECURITY',
  /** A walk-in waiting for the host company's answer. */
  AWAITING_HOST = 'AWAITING_HOST',
  /** The host did not answer in time: the park's front desk decides. */
  AWAITING_FRONT_DESK = 'AWAITING_FRONT_DESK',
  /** The pass is valid in its window. */
  APPROVED = 'APPROVED',
  /** Refused by the host, the front desk or security. */
  REJECTED = 'REJECTED',
  /** Withdrawn by the host company after approval. */
  REVOKED = 'REVOKED',
}

/** Which way a scan goes: in, out, or decided by the pass's state (`AUTO`). */
export enum PassDirection {
  IN = 'IN',
  OUT = 'OUT',
  /** In when not yet in; out when in for at least a minute (a second scan right away is a replay). */
  AUTO = 'AUTO',
}

/**
 * Why a scanned pass is refused; each is the error's `domainCode` as `PASS_<reason>`, and the
 * kiosk and gate show its words.
 */
export enum PassRefusal {
  /** Not a pass: bad format, unknown key id, or a signature that does not verify. */
  FORGED = 'FORGED',
  /** Its window has ended. */
  EXPIRED = 'EXPIRED',
  /** Its window has not begun (30 minutes early is accepted). */
  NOT_YET_VALID = 'NOT_YET_VALID',
  /** The host revoked it, or the visit was rejected. */
  REVOKED = 'REVOKED',
  /** A newer pass replaced it (the visit was extended). */
  SUPERSEDED = 'SUPERSEDED',
  /** The visit is still waiting for approval. */
  NOT_APPROVED = 'NOT_APPROVED',
  /** For another park than the scanner's. */
  WRONG_PARK = 'WRONG_PARK',
  /** Already used for this direction (a replayed or copied code). */
  ALREADY_USED = 'ALREADY_USED',
  /** Check-out of a visitor who never checked in. */
  NOT_CHECKED_IN = 'NOT_CHECKED_IN',
  /** Signed correctly but names no visit (NOT_FOUND rather than CONFLICT). */
  NOT_FOUND = 'NOT_FOUND',
}
