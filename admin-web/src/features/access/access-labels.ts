import type {
  AccessDecision,
  AccessPointKind,
  SecurityEventKind,
  SecurityEventStatus,
} from '../../gql/graphql.js';

export const ACCESS_POINT_KINDS: AccessPointKind[] = ['GATE', 'DOOR', 'BARRIER', 'ELEVATOR'];
export const DECISIONS: AccessDecision[] = ['GRANTED', 'DENIED'];
export const SECURITY_STATUSES: SecurityEventStatus[] = ['OPEN', 'ACKNOWLEDGED', 'CLOSED'];
export const SECURITY_KINDS: SecurityEventKind[] = ['DENIED', 'TAILGATING', 'FORCED_OPEN', 'HELD_OPEN'];

/** Element Plus tag colours of a security event's status. */
export const STATUS_TAG: Record<SecurityEventStatus, 'danger' | 'warning' | 'info'> = {
  OPEN: 'danger',
  ACKNOWLEDGED: 'warning',
  CLOSED: 'info',
};
