import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from '../../db/base-properties.js';
import { KioskDevice } from '../kiosk/kiosk-device.entity.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { AppUser } from '../user/user.entity.js';
import { VisitSource, VisitState } from './visitor.enums.js';

/**
 * A person who visits a tenant company, as that company knows them (SPEC §3.3): each company
 * keeps its own records, so nobody else sees who visits it. The ID-card number is stored only
 * encrypted (AES-256-GCM, with the id of its key), beside its mask and an HMAC to match the
 * watchlist by. Anonymised once the retention period has passed.
 */
export const Visitor = defineEntity({
  name: 'Visitor',
  tableName: 'visitor',
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    /** The host company whose record this is. */
    tenant: () => p.manyToOne(TenantCompany).index(),
    name: p.string().length(50),
    /** Mobile number; null once anonymised. */
    phone: p.string().length(20).nullable(),
    email: p.string().length(120).nullable(),
    /** The visitor's own company or organisation. */
    company: p.string().length(100).nullable(),
    idNumberData: p.blob().nullable().hidden(),
    idNumberKeyId: p.string().length(20).nullable(),
    idNumberMasked: p.string().length(18).nullable(),
    idNumberDigest: p.blob().nullable().hidden(),
    /** The kiosk the visitor registered at (walk-ins): it may read this record. */
    kioskDevice: () => p.manyToOne(KioskDevice).nullable().deleteRule('set null'),
    anonymizedAt: p.datetime().nullable(),
  },
});
export type Visitor = InferEntity<typeof Visitor>;

/** A person or ID number the park's security keeps out; a match holds a visit for review. */
export const VisitorWatchlistEntry = defineEntity({
  name: 'VisitorWatchlistEntry',
  tableName: 'visitor_watchlist',
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park).index(),
    name: p.string().length(50),
    phone: p.string().length(20).nullable(),
    idNumberData: p.blob().nullable().hidden(),
    idNumberKeyId: p.string().length(20).nullable(),
    idNumberMasked: p.string().length(18).nullable(),
    idNumberDigest: p.blob().nullable().hidden(),
    reason: p.string().length(200),
    active: p.boolean().default(true),
    createdBy: () => p.manyToOne(AppUser).nullable().joinColumn('created_by').deleteRule('set null'),
  },
});
export type VisitorWatchlistEntry = InferEntity<typeof VisitorWatchlistEntry>;

/**
 * One visit of one visitor to a host company: an invitation or a walk-in, its approval, its
 * pass (the nonce that makes each pass single-use and lets a new one retire the old), and its
 * check-in and check-out.
 */
export const Visit = defineEntity({
  name: 'Visit',
  tableName: 'visit',
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    tenant: () => p.manyToOne(TenantCompany).index(),
    visitor: () => p.manyToOne(Visitor).index(),
    host: () => p.manyToOne(AppUser).nullable().joinColumn('host_user_id').deleteRule('set null'),
    /** The host's name when the visit was made (a kiosk may show it; it reads no users). */
    hostName: p.string().length(50),
    source: p.enum(() => VisitSource).nativeEnumName('visit_source'),
    state: p.enum(() => VisitState).nativeEnumName('visit_state'),
    purpose: p.string().length(200),
    startsAt: p.datetime(),
    endsAt: p.datetime(),
    plate: p.string().length(10).nullable(),
    companions: p.smallint().default(0),
    buildingIds: p.array().columnType('uuid[]').default([]),
    floorIds: p.array().columnType('uuid[]').default([]),
    passNonce: p.blob().nullable().hidden(),
    kioskDevice: () => p.manyToOne(KioskDevice).nullable().deleteRule('set null'),
    watchlistEntry: () => p.manyToOne(VisitorWatchlistEntry).nullable().deleteRule('set null'),
    /** When the front desk takes over a walk-in its host has not answered. */
    hostDeadline: p.datetime().nullable(),
    decidedBy: p.string().length(100).nullable(),
    decidedAt: p.datetime().nullable(),
    decisionNote: p.string().length(200).nullable(),
    checkedInAt: p.datetime().nullable(),
    checkedInVia: p.string().length(100).nullable(),
    checkedOutAt: p.datetime().nullable(),
    checkedOutVia: p.string().length(100).nullable(),
    anonymizedAt: p.datetime().nullable(),
  },
});
export type Visit = InferEntity<typeof Visit>;
