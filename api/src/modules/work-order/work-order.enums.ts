/**
 * The work-order enums, apart from the entity so other features' entities (a maintenance plan's
 * work category) use them without importing the work-order entity, which refers to theirs.
 */

/** Where a work order came from (SPEC §3.4). */
export enum WorkOrderSource {
  TENANT_REPAIR = 'TENANT_REPAIR',
  COMPLAINT = 'COMPLAINT',
  INSPECTION = 'INSPECTION',
  ALARM = 'ALARM',
  MAINTENANCE_PLAN = 'MAINTENANCE_PLAN',
  PATROL = 'PATROL',
  STAFF = 'STAFF',
  /** Anyone, through the QR label on a piece of equipment, without signing in (unverified). */
  PUBLIC_REPORT = 'PUBLIC_REPORT',
}

export enum WorkOrderPriority {
  EMERGENCY = 'EMERGENCY',
  URGENT = 'URGENT',
  NORMAL = 'NORMAL',
}

/** What kind of work; the department and the SLA follow from it. */
export enum WorkOrderCategory {
  POWER = 'POWER',
  LIGHTING = 'LIGHTING',
  WATER = 'WATER',
  HVAC = 'HVAC',
  ELEVATOR = 'ELEVATOR',
  FIRE = 'FIRE',
  CIVIL = 'CIVIL',
  DOOR_ACCESS = 'DOOR_ACCESS',
  NETWORK = 'NETWORK',
  CLEANING = 'CLEANING',
  LANDSCAPING = 'LANDSCAPING',
  SECURITY = 'SECURITY',
  /** Customer-service work: return visits and other follow-ups. */
  SERVICE = 'SERVICE',
  OTHER = 'OTHER',
}

/** A paid repair's quote, as the tenant decided it. */
export enum QuoteState {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
