import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  AccessDecision,
  AccessDirection,
  AccessEventType,
  AccessPointKind,
  AccessReason,
  CredentialKind,
  CredentialStatus,
  SecurityEventKind,
  SecurityEventStatus,
} from './access.enums.js';
import type { AccessCredential } from './access-credential.entity.js';
import type { AccessEvent, SecurityEvent } from './access-event.entity.js';
import type { AccessGroup, ScheduleWindow } from './access-group.entity.js';
import type { AccessPoint } from './access-point.entity.js';

const idOf = (ref: { id: string } | null | undefined) => ref?.id ?? null;

@ObjectType('AccessPoint', { description: 'A gate, door, barrier or elevator reader.' })
export class AccessPointType {
  @Field(() => ID, { description: 'Access point id.' })
  id!: string;

  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => ID, { nullable: true, description: 'Building it is in.' })
  buildingId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Floor it is on.' })
  floorId!: string | null;

  @Field({ description: 'Code, unique in the park.' })
  code!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => AccessPointKind, { description: 'Kind of device.' })
  kind!: AccessPointKind;

  @Field({ description: 'The vendor’s device id its events carry.' })
  vendorDeviceId!: string;

  @Field({ description: 'Disabled points grant nothing.' })
  active!: boolean;
}

export const toAccessPointType = (a: AccessPoint): AccessPointType => ({
  id: a.id,
  parkId: a.park.id,
  buildingId: idOf(a.building),
  floorId: idOf(a.floor),
  code: a.code,
  name: a.name,
  kind: a.kind,
  vendorDeviceId: a.vendorDeviceId,
  active: a.active,
});

@ObjectType('AccessCredential', { description: 'A card, QR pass or plate bound to one person.' })
export class AccessCredentialType {
  @Field(() => ID, { description: 'Credential id.' })
  id!: string;

  @Field(() => ID, { description: 'Park it opens in.' })
  parkId!: string;

  @Field(() => ID, { nullable: true, description: 'The holder’s company (none for staff).' })
  tenantId!: string | null;

  @Field(() => ID, { description: 'The holder.' })
  holderId!: string;

  @Field(() => CredentialKind, { description: 'Card, QR pass or plate.' })
  kind!: CredentialKind;

  @Field({ description: 'Card number, pass reference or plate.' })
  identifier!: string;

  @Field(() => CredentialStatus, { description: 'Whether it may be used.' })
  status!: CredentialStatus;

  @Field(() => Date, { description: 'Valid from.' })
  validFrom!: Date;

  @Field(() => Date, { nullable: true, description: 'Valid until (open when null).' })
  validUntil!: Date | null;
}

export const toAccessCredentialType = (c: AccessCredential): AccessCredentialType => ({
  id: c.id,
  parkId: c.park.id,
  tenantId: idOf(c.tenant),
  holderId: c.holder.id,
  kind: c.kind,
  identifier: c.identifier,
  status: c.status,
  validFrom: c.validFrom,
  validUntil: c.validUntil ?? null,
});

@ObjectType('ScheduleWindow', { description: 'One weekly window, in the park’s time zone.' })
export class ScheduleWindowType {
  @Field(() => [Int], { description: 'ISO weekdays, 1 = Monday … 7 = Sunday.' })
  days!: number[];

  @Field(() => Int, { description: 'Start, minutes after midnight (inside).' })
  start!: number;

  @Field(() => Int, { description: 'End, minutes after midnight (outside); not after start runs overnight.' })
  end!: number;
}

@ObjectType('AccessGroup', { description: 'Who may pass which access points when.' })
export class AccessGroupType {
  @Field(() => ID, { description: 'Access group id.' })
  id!: string;

  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => ID, { nullable: true, description: 'The company it is for (none: park staff).' })
  tenantId!: string | null;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => [ScheduleWindowType], { description: 'When it opens.' })
  schedule!: ScheduleWindow[];
}

export const toAccessGroupType = (g: AccessGroup): AccessGroupType => ({
  id: g.id,
  parkId: g.park.id,
  tenantId: idOf(g.tenant),
  name: g.name,
  schedule: g.schedule,
});

@ObjectType('AccessHolderOption', {
  description: 'A person who may hold a credential or join a group, as pickers offer them.',
})
export class AccessHolderOptionType {
  @Field(() => ID, { description: 'The person (user id).' })
  id!: string;

  @Field({ description: 'Their name.' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Their company (none: park staff).' })
  tenantId!: string | null;

  @Field(() => String, { nullable: true, description: 'Their company’s name.' })
  tenantName!: string | null;
}

@ObjectType('AccessGroupMember', { description: 'A person in an access group.' })
export class AccessGroupMemberType {
  @Field(() => ID, { description: 'The person (user id).' })
  userId!: string;

  @Field({ description: 'Their name.' })
  name!: string;
}

@ObjectType('AccessEvent', { description: 'One event a device reported (门禁记录).' })
export class AccessEventNode {
  @Field(() => ID, { description: 'Access event id.' })
  id!: string;

  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => ID, { description: 'Access point.' })
  pointId!: string;

  @Field({ description: 'The vendor’s event id.' })
  vendorEventId!: string;

  @Field(() => Date, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => AccessEventType, { description: 'What happened.' })
  type!: AccessEventType;

  @Field(() => AccessDecision, { description: 'Granted or denied.' })
  decision!: AccessDecision;

  @Field(() => AccessReason, { description: 'Why.' })
  reason!: AccessReason;

  @Field(() => AccessDirection, { description: 'In or out.' })
  direction!: AccessDirection;

  @Field(() => CredentialKind, { nullable: true, description: 'What was presented.' })
  credentialKind!: CredentialKind | null;

  @Field(() => String, { nullable: true, description: 'What the device read.' })
  credentialRef!: string | null;

  @Field(() => ID, { nullable: true, description: 'The person, when the credential is known.' })
  holderId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Their company.' })
  tenantId!: string | null;
}

export const toAccessEventNode = (e: AccessEvent): AccessEventNode => ({
  id: e.id,
  parkId: e.park.id,
  pointId: e.point.id,
  vendorEventId: e.vendorEventId,
  occurredAt: e.occurredAt,
  type: e.type,
  decision: e.decision,
  reason: e.reason,
  direction: e.direction,
  credentialKind: e.credentialKind ?? null,
  credentialRef: e.credentialRef ?? null,
  holderId: idOf(e.holder),
  tenantId: idOf(e.tenant),
});

@ObjectType('SecurityEvent', { description: 'A denied access, tailgating, forced or held-open door.' })
export class SecurityEventNode {
  @Field(() => ID, { description: 'Security event id.' })
  id!: string;

  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => ID, { description: 'Access point.' })
  pointId!: string;

  @Field(() => ID, { description: 'The device event behind it.' })
  accessEventId!: string;

  @Field(() => SecurityEventKind, { description: 'What it is about.' })
  kind!: SecurityEventKind;

  @Field(() => Date, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => SecurityEventStatus, { description: 'Where it stands.' })
  status!: SecurityEventStatus;

  @Field(() => Date, { nullable: true, description: 'When a guard acknowledged it.' })
  acknowledgedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What was found or done.' })
  note!: string | null;
}

export const toSecurityEventNode = (s: SecurityEvent): SecurityEventNode => ({
  id: s.id,
  parkId: s.park.id,
  pointId: s.point.id,
  accessEventId: s.accessEvent.id,
  kind: s.kind,
  occurredAt: s.occurredAt,
  status: s.status,
  acknowledgedAt: s.acknowledgedAt ?? null,
  closedAt: s.closedAt ?? null,
  note: s.note ?? null,
});

@ObjectType('AccessDecisionResult', { description: 'May the credential pass the point now, and why.' })
export class AccessDecisionResult {
  @Field({ description: 'Open or not.' })
  granted!: boolean;

  @Field(() => AccessReason, { description: 'Why (GRANTED when granted).' })
  reason!: AccessReason;

  @Field(() => ID, { description: 'The access point asked about.' })
  pointId!: string;

  @Field(() => ID, { nullable: true, description: 'The credential, when known.' })
  credentialId!: string | null;
}

@ObjectType('AccessIngestResult', { description: 'What an ingestion call recorded.' })
export class AccessIngestResult {
  @Field(() => Int, { description: 'Events received.' })
  received!: number;

  @Field(() => Int, { description: 'Events recorded now.' })
  recorded!: number;

  @Field(() => Int, { description: 'Events already recorded before (replays), skipped.' })
  duplicates!: number;

  @Field(() => Int, { description: 'Security events raised.' })
  securityEvents!: number;
}

@ObjectType('SecurityEventChange', { description: 'A security event was raised or moved.' })
export class SecurityEventChange {
  @Field({ description: 'RAISED, ACKNOWLEDGED or CLOSED.' })
  action!: string;

  @Field(() => SecurityEventNode, { description: 'The event as it is now.' })
  securityEvent!: SecurityEventNode;
}
