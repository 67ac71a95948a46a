import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { AppUser } from '../user/user.entity.js';
import {
  AccessDecision,
  AccessDirection,
  AccessEventType,
  AccessReason,
  CredentialKind,
  SecurityEventKind,
  SecurityEventStatus,
} from './access.enums.js';
import { AccessCredential } from './access-credential.entity.js';
import { AccessPoint } from './access-point.entity.js';

/**
 * What a device reported, once: the vendor's event id is unique per point, so a replayed batch
 * adds nothing (SMART 7.2.1.3: auditable, traceable). Written by the ingestion statement only.
 */
export const AccessEvent = defineEntity({
  name: 'AccessEvent',
  tableName: 'access_event',
  uniques: [{ properties: ['point', 'vendorEventId'] }],
  indexes: [{ properties: ['park', 'occurredAt'] }, { properties: ['tenant', 'occurredAt'] }],
  properties: {
    id: p.uuid().primary(),
    park: () => p.manyToOne(Park),
    point: () => p.manyToOne(AccessPoint),
    vendorEventId: p.string().length(64),
    /** The device as it named itself (a point's device may be swapped later). */
    vendorDeviceId: p.string().length(64),
    occurredAt: p.datetime(),
    receivedAt: p.datetime(),
    type: p.enum(() => AccessEventType).nativeEnumName('access_event_type'),
    decision: p.enum(() => AccessDecision).nativeEnumName('access_decision'),
    reason: p.enum(() => AccessReason).nativeEnumName('access_reason'),
    direction: p.enum(() => AccessDirection).nativeEnumName('access_direction'),
    credentialKind: p
      .enum(() => CredentialKind)
      .nativeEnumName('credential_kind')
      .nullable(),
    /** What the device read (card number, pass reference, plate), known or not. */
    credentialRef: p.string().length(64).nullable(),
    credential: () => p.manyToOne(AccessCredential).nullable(),
    holder: () => p.manyToOne(AppUser).nullable(),
    tenant: () => p.manyToOne(TenantCompany).nullable(),
  },
});
export type AccessEvent = InferEntity<typeof AccessEvent>;

/**
 * A denied access, tailgating, forced or held-open door for the control room to take
 * (OPEN → ACKNOWLEDGED → CLOSED); the alarm work picks these up later.
 */
export const SecurityEvent = defineEntity({
  name: 'SecurityEvent',
  tableName: 'security_event',
  indexes: [{ properties: ['park', 'status', 'occurredAt'] }],
  properties: {
    id: p.uuid().primary(),
    park: () => p.manyToOne(Park),
    point: () => p.manyToOne(AccessPoint),
    accessEvent: () => p.oneToOne(AccessEvent).owner().unique(),
    kind: p.enum(() => SecurityEventKind).nativeEnumName('security_event_kind'),
    occurredAt: p.datetime(),
    status: p
      .enum(() => SecurityEventStatus)
      .nativeEnumName('security_event_status')
      .default(SecurityEventStatus.OPEN),
    acknowledgedAt: p.datetime().nullable(),
    acknowledgedBy: () => p.manyToOne(AppUser).nullable(),
    closedAt: p.datetime().nullable(),
    closedBy: () => p.manyToOne(AppUser).nullable(),
    note: p.string().length(500).nullable(),
    createdAt: p.datetime(),
  },
});
export type SecurityEvent = InferEntity<typeof SecurityEvent>;
