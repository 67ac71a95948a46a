import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import type { Sealed } from './visitor.crypto.js';
import type { Visit, Visitor, VisitorWatchlistEntry } from './visitor.entity.js';
import { PassDirection, PassRefusal, VisitSource, VisitState } from './visitor.enums.js';

registerEnumType(VisitSource, {
  name: 'VisitSource',
  description: 'How a visit came about.',
  valuesConfig: {
    INVITATION: { description: 'Invited beforehand by a tenant employee (the host).' },
    WALK_IN: { description: 'Registered at a lobby kiosk; the host approves or rejects.' },
  },
});
registerEnumType(VisitState, {
  name: 'VisitState',
  description: 'Where a visit stands in its approval (check-in and check-out are stamped beside it).',
  valuesConfig: {
    AWAITING_SECURITY: { description: 'The watchlist matched: security decides in the console.' },
    AWAITING_HOST: { description: 'A walk-in waiting for the host company’s answer.' },
    AWAITING_FRONT_DESK: { description: 'The host did not answer in time: the front desk decides.' },
    APPROVED: { description: 'The pass is valid in its window.' },
    REJECTED: { description: 'Refused by the host, the front desk or security.' },
    REVOKED: { description: 'Withdrawn by the host company.' },
  },
});
registerEnumType(PassDirection, {
  name: 'PassDirection',
  description: 'Which way a scan goes.',
  valuesConfig: {
    IN: { description: 'Check in.' },
    OUT: { description: 'Check out.' },
    AUTO: {
      description:
        'In when not yet in; out when in for at least a minute (a second scan at once is a replay).',
    },
  },
});
registerEnumType(PassRefusal, {
  name: 'PassRefusal',
  description:
    'Why a scanned pass is refused; the error’s `extensions.domainCode` is `PASS_<reason>` (e.g. PASS_EXPIRED).',
});

/** What a visit looks like to the people around it, from its state, stamps and the time. */
export enum VisitPhase {
  PENDING = 'PENDING',
  EXPECTED = 'EXPECTED',
  ON_SITE = 'ON_SITE',
  LEFT = 'LEFT',
  MISSED = 'MISSED',
  REJECTED = 'REJECTED',
  REVOKED = 'REVOKED',
}
registerEnumType(VisitPhase, {
  name: 'VisitPhase',
  description: 'Where a visit stands for the people around it, at the time of the request.',
  valuesConfig: {
    PENDING: { description: 'Waiting for security, the host or the front desk.' },
    EXPECTED: { description: 'Approved; not checked in yet and the window not over.' },
    ON_SITE: { description: 'Checked in, not out.' },
    LEFT: { description: 'Checked out.' },
    MISSED: { description: 'Approved, but the window ended without a check-in.' },
    REJECTED: { description: 'Refused.' },
    REVOKED: { description: 'Withdrawn by the host company.' },
  },
});

@ObjectType('Visitor', {
  description:
    'A visitor as their host company knows them (each company keeps its own records). Personal fields are masked for callers who may not see them in full.',
})
export class VisitorType {
  @Field(() => ID, { description: 'Visitor id.' })
  id!: string;
  @Field({ description: 'Full name; 已匿名 once the retention period has passed.' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'The visitor’s own company or organisation.' })
  company!: string | null;
  @Field({ description: 'Whether an ID-card number is on record (see `idNumber`).' })
  hasIdNumber!: boolean;
  @Field({ description: 'Whether the record has been anonymised (retention); its visits remain counted.' })
  anonymized!: boolean;
  @Field({ description: 'When the record was made.' })
  createdAt!: Date;
  tenantId!: string;
  parkId!: string;
  phoneValue!: string | null;
  emailValue!: string | null;
  idSealed!: Sealed | null;
  idMasked!: string | null;
}

export const toVisitorType = (v: Visitor): VisitorType => ({
  id: v.id,
  name: v.name,
  company: v.company ?? null,
  hasIdNumber: !!v.idNumberMasked,
  anonymized: !!v.anonymizedAt,
  createdAt: v.createdAt,
  tenantId: v.tenant.id,
  parkId: v.park.id,
  phoneValue: v.phone ?? null,
  emailValue: v.email ?? null,
  idSealed:
    v.idNumberData && v.idNumberKeyId ? { keyId: v.idNumberKeyId, data: Buffer.from(v.idNumberData) } : null,
  idMasked: v.idNumberMasked ?? null,
});

@ObjectType('Visit', {
  description:
    'One visit of one visitor to a host company: an invitation or a kiosk walk-in, its approval, its pass and its check-in and check-out.',
})
export class VisitType {
  @Field(() => ID, { description: 'Visit id (also the pass id inside its QR code).' })
  id!: string;
  @Field(() => VisitSource, { description: 'Invitation or walk-in.' })
  source!: VisitSource;
  @Field(() => VisitState, { description: 'Approval state.' })
  state!: VisitState;
  @Field({ description: 'Why the visitor comes, e.g. 商务洽谈.' })
  purpose!: string;
  @Field({ description: 'Start of the window the pass is valid in (accepted from 30 minutes before).' })
  startsAt!: Date;
  @Field({ description: 'End of the window.' })
  endsAt!: Date;
  @Field(() => String, {
    nullable: true,
    description: 'Vehicle plate (admitted to parking inside the window).',
  })
  plate!: string | null;
  @Field(() => Int, { description: 'People coming along with the visitor.' })
  companions!: number;
  @Field(() => [ID], { description: 'Buildings the visitor may enter (ids; names from the directory).' })
  buildingIds!: string[];
  @Field(() => [ID], { description: 'Floors the visitor may enter (ids).' })
  floorIds!: string[];
  @Field({ description: 'The host’s name as it was when the visit was made.' })
  hostName!: string;
  @Field(() => ID, { nullable: true, description: 'The host (a tenant user); null if since removed.' })
  hostUserId!: string | null;
  @Field(() => ID, { description: 'The host company.' })
  tenantId!: string;
  @Field(() => Date, { nullable: true, description: 'When the visitor checked in.' })
  checkedInAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'Where: the kiosk, gate key or guard that scanned it.',
  })
  checkedInVia!: string | null;
  @Field(() => Date, { nullable: true, description: 'When the visitor checked out.' })
  checkedOutAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Where the check-out was scanned.' })
  checkedOutVia!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Who decided (host, front desk, security), as a label.',
  })
  decidedBy!: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was decided.' })
  decidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The decision’s note or the revocation’s reason.' })
  decisionNote!: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'A walk-in awaiting its host: when the front desk takes over if the host has not answered.',
  })
  hostDeadline!: Date | null;
  @Field({ description: 'Whether the watchlist matched (the visit was or is held for security review).' })
  watchlistHit!: boolean;
  @Field({ description: 'Whether a lobby kiosk registered it.' })
  registeredAtKiosk!: boolean;
  @Field({ description: 'When it was made.' })
  createdAt!: Date;
  visitorId!: string;
  parkId!: string;
  passNonce!: Buffer | null;
}

export const toVisitType = (v: Visit): VisitType => ({
  id: v.id,
  source: v.source,
  state: v.state,
  purpose: v.purpose,
  startsAt: v.startsAt,
  endsAt: v.endsAt,
  plate: v.plate ?? null,
  companions: v.companions,
  buildingIds: v.buildingIds,
  floorIds: v.floorIds,
  hostName: v.hostName,
  hostUserId: v.host?.id ?? null,
  tenantId: v.tenant.id,
  checkedInAt: v.checkedInAt ?? null,
  checkedInVia: v.checkedInVia ?? null,
  checkedOutAt: v.checkedOutAt ?? null,
  checkedOutVia: v.checkedOutVia ?? null,
  decidedBy: v.decidedBy ?? null,
  decidedAt: v.decidedAt ?? null,
  decisionNote: v.decisionNote ?? null,
  hostDeadline: v.hostDeadline ?? null,
  watchlistHit: !!v.watchlistEntry,
  registeredAtKiosk: !!v.kioskDevice,
  createdAt: v.createdAt,
  visitorId: v.visitor.id,
  parkId: v.park.id,
  passNonce: v.passNonce ? Buffer.from(v.passNonce) : null,
});

@ObjectType('VisitorPass', { description: 'The pass of an approved visit, to show as a QR code and print.' })
export class VisitorPassType {
  @Field({
    description:
      'The signed code (`VP1.<key id>.<payload>.<signature>`): only the pass id, its validity and a nonce. Render as a QR code.',
  })
  token!: string;
  @Field({ description: 'Accepted from (30 minutes before the window).' })
  validFrom!: Date;
  @Field({ description: 'Accepted until.' })
  validUntil!: Date;
}

@ObjectType('PassScan', { description: 'A pass accepted at a kiosk or gate: who, and which way.' })
export class PassScanType {
  @Field(() => PassDirection, { description: 'IN or OUT: what was recorded.' })
  direction!: PassDirection;
  @Field(() => ID, { description: 'The visit.' })
  visitId!: string;
  @Field({ description: 'The visitor’s name, to greet them.' })
  visitorName!: string;
  @Field({ description: 'The host company.' })
  tenantName!: string;
  @Field({ description: 'The host.' })
  hostName!: string;
  @Field({ description: 'Window start.' })
  startsAt!: Date;
  @Field({ description: 'Window end.' })
  endsAt!: Date;
  @Field(() => Int, { description: 'Companions admitted with the visitor.' })
  companions!: number;
  @Field({ description: 'When it was recorded.' })
  at!: Date;
}

@ObjectType('KioskHost', { description: 'A person a kiosk visitor may name as host: a name, nothing more.' })
export class KioskHostType {
  @Field(() => ID, { description: 'User id (what `registerWalkIn` takes as `hostUserId`).' })
  id!: string;
  @Field({ description: 'Display name.' })
  name!: string;
  @Field({ description: 'Pinyin initials of the name, lower case (张伟 → zw), for the kiosk keyboard.' })
  initials!: string;
}

@ObjectType('VisitorWatchlistEntry', {
  description: 'A person or ID number the park’s security keeps an eye on; a match holds a visit for review.',
})
export class WatchlistEntryType {
  @Field(() => ID, { description: 'Entry id.' })
  id!: string;
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;
  @Field({ description: 'Name (matched together with the phone number).' })
  name!: string;
  @Field({ description: 'Why the person is listed.' })
  reason!: string;
  @Field({ description: 'Inactive entries match nothing.' })
  active!: boolean;
  @Field({ description: 'Whether an ID-card number is listed.' })
  hasIdNumber!: boolean;
  @Field({ description: 'When it was listed.' })
  createdAt!: Date;
  phoneValue!: string | null;
  idSealed!: Sealed | null;
  idMasked!: string | null;
}

export const toWatchlistEntryType = (w: VisitorWatchlistEntry): WatchlistEntryType => ({
  id: w.id,
  parkId: w.park.id,
  name: w.name,
  reason: w.reason,
  active: w.active,
  hasIdNumber: !!w.idNumberMasked,
  createdAt: w.createdAt,
  phoneValue: w.phone ?? null,
  idSealed:
    w.idNumberData && w.idNumberKeyId ? { keyId: w.idNumberKeyId, data: Buffer.from(w.idNumberData) } : null,
  idMasked: w.idNumberMasked ?? null,
});

/** A page of visits (the console's log, the portal's history). */
export const VisitConnection = connectionOf(VisitType, 'Visit', 'visit');
