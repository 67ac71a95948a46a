/** The kinds of parking space a lot counts (IPARK 5.1.2.2: occupancy by type). */
export enum SpaceType {
  REGULAR = 'REGULAR',
  EV_CHARGING = 'EV_CHARGING',
  RESERVED = 'RESERVED',
  ACCESSIBLE = 'ACCESSIBLE',
}

/** Why a gate let a car in or out, or refused it. */
export enum ParkingDecision {
  /** A tenant's or the park's listed vehicle. */
  WHITELISTED = 'WHITELISTED',
  /** A visitor's plate inside its pass window. */
  VISITOR = 'VISITOR',
  /** Any other valid plate: it pays by the rate table at exit. */
  TEMPORARY = 'TEMPORARY',
  /** No free space of a type the car may use. */
  DENIED_FULL = 'DENIED_FULL',
  /** The plate is on the park's block list. */
  DENIED_BLACKLIST = 'DENIED_BLACKLIST',
  /** The plate already has an open stay in the park. */
  DENIED_ALREADY_INSIDE = 'DENIED_ALREADY_INSIDE',
  /** The car left; its stay is closed (and charged when temporary). */
  EXITED = 'EXITED',
  /** An exit with no open stay (a missed entry): recorded, nothing charged. */
  EXIT_NO_SESSION = 'EXIT_NO_SESSION',
}

/** Which way a gate event went. */
export enum GateDirection {
  IN = 'IN',
  OUT = 'OUT',
}

/** Who reported a gate event. */
export enum GateSource {
  /** A barrier system through the partner API (`parking:write`). */
  PARTNER = 'PARTNER',
  /** The booth staff by hand. */
  STAFF = 'STAFF',
}

/** A listed plate lets a car in (a tenant's or the park's vehicle) or keeps it out. */
export enum VehicleListKind {
  ALLOW = 'ALLOW',
  BLOCK = 'BLOCK',
}

/** Where a parking fee stands; the billing feature bills UNBILLED charges. */
export enum ParkingChargeStatus {
  UNBILLED = 'UNBILLED',
  BILLED = 'BILLED',
  PAID = 'PAID',
}
