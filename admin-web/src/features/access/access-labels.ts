import type {
  AccessDecision,
  AccessPointKind,
  CredentialKind,
  CredentialStatus,
  SecurityEventKind,
  SecurityEventStatus,
} from '../../gql/graphql.js';

export const ACCESS_POINT_KINDS: AccessPointKind[] = ['GATE', 'DOOR', 'BARRIER', 'ELEVATOR'];
export const CREDENTIAL_KINDS: CredentialKind[] = ['CARD', 'QR', 'PLATE'];
export const CREDENTIAL_STATUSES: CredentialStatus[] = ['ACTIVE', 'SUSPENDED', 'REVOKED'];
export const DECISIONS: AccessDecision[] = ['GRANTED', 'DENIED'];
export const SECURITY_STATUSES: SecurityEventStatus[] = ['OPEN', 'ACKNOWLEDGED', 'CLOSED'];
export const SECURITY_KINDS: SecurityEventKind[] = ['DENIED', 'TAILGATING', 'FORCED_OPEN', 'HELD_OPEN'];

/** Element Plus tag colours of a security event's status. */
export const STATUS_TAG: Record<SecurityEventStatus, 'danger' | 'warning' | 'info'> = {
  OPEN: 'danger',
  ACKNOWLEDGED: 'warning',
  CLOSED: 'info',
};

/** Element Plus tag colours of a credential's status. */
export const CREDENTIAL_TAG: Record<CredentialStatus, 'success' | 'warning' | 'info'> = {
  ACTIVE: 'success',
  SUSPENDED: 'warning',
  REVOKED: 'info',
};
