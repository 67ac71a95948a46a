import type { GraphQLResolveInfo } from 'graphql';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, flushOrConflict, readByIdOrFail } from '../../graphql/lookup.js';
import { isUuid } from '../../graphql/validate.js';
import { BadInputError, ConflictError, NotFoundError } from '../../kernel/errors.js';
import { plateOrFail } from '../../kernel/plate.js';
import { Building } from '../building/building.entity.js';
import { Floor } from '../building/floor.entity.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { AppUser, UserStatus } from '../user/user.entity.js';
import { CredentialKind, CredentialStatus } from './access.enums.js';
import type {
  AccessCredentialFilter,
  AccessGroupFilter,
  AccessHolderFilter,
  AccessPointFilter,
  CreateAccessCredentialInput,
  CreateAccessGroupInput,
  CreateAccessPointInput,
  ScheduleWindowInput,
  UpdateAccessGroupInput,
  UpdateAccessPointInput,
} from './access.inputs.js';
import { accessRepository } from './access.repository.js';
import {
  type AccessHolderOptionType,
  toAccessCredentialType,
  toAccessGroupType,
  toAccessPointType,
} from './access.type.js';
import { AccessCredential } from './access-credential.entity.js';
import { AccessGroup, AccessGroupMember, type ScheduleWindow } from './access-group.entity.js';
import { AccessPoint } from './access-point.entity.js';

/** Card numbers: digits or hex; QR pass references: letters, digits, - and _. */
const CARD = /^[0-9A-F]{4,32}$/;
const QR = /^[A-Za-z0-9_-]{4,32}$/;

/**
 * The identifier as stored (cards upper-cased, plates normalised by the one plate rule,
 * `kernel/plate.ts`: 苏e·12345 → 苏E12345), or BAD_USER_INPUT.
 */
export function normalizedIdentifier(kind: CredentialKind, value: string, field: string): string {
  const v = value.trim();
  const upper = v.toUpperCase();
  if (kind === CredentialKind.CARD && CARD.test(upper)) return upper;
  if (kind === CredentialKind.QR && QR.test(v)) return v;
  if (kind === CredentialKind.PLATE) return plateOrFail(v, field);
  const what = {
    CARD: 'a card number (4–32 digits or hex)',
    QR: 'a pass reference',
  };
  throw new BadInputError(field, `Not ${what[kind]}`, `INVALID_${kind}`);
}

const cleanSchedule = (windows: readonly ScheduleWindowInput[]): ScheduleWindow[] =>
  windows.map((w) => ({ days: [...new Set(w.days)].sort(), start: w.start, end: w.end }));

/** The points named, all of the park, or BAD_USER_INPUT. */
async function pointsOf(ctx: RequestContext, park: Park, ids: readonly string[], field: string) {
  const wanted = [...new Set(ids)];
  const points = wanted.every(isUuid)
    ? await ctx.em.find(AccessPoint, { id: { $in: wanted }, park: park.id })
    : [];
  if (points.length !== wanted.length)
    throw new BadInputError(field, 'Name access points of this park', 'UNKNOWN_ACCESS_POINT');
  return points;
}

const POINT_UNIQUE = {
  access_point_park_id_code_unique: 'input.code',
  access_point_park_id_vendor_device_id_unique: 'input.vendorDeviceId',
};

/** Access points, credentials and groups (SPEC §3.3 门禁): the register side. */
export const accessService = {
  async point(ctx: RequestContext, id: string) {
    return toAccessPointType(await readByIdOrFail(ctx.em, AccessPoint, id, 'AccessPoint'));
  },

  points(ctx: RequestContext, f: AccessPointFilter | undefined, page: PageArgs, info: GraphQLResolveInfo) {
    return accessRepository.points(ctx, f, page, info);
  },

  async createPoint(ctx: RequestContext, input: CreateAccessPointInput) {
    const em = ctx.em;
    const park = await findByIdOrFail(em, Park, input.parkId, 'Park', 'input.parkId');
    const building = input.buildingId
      ? await findByIdOrFail(em, Building, input.buildingId, 'Building', 'input.buildingId')
      : null;
    if (building && building.park.id !== park.id)
      throw new BadInputError('input.buildingId', 'Not in this park', 'OTHER_PARK');
    const floor = input.floorId
      ? await findByIdOrFail(em, Floor, input.floorId, 'Floor', 'input.floorId')
      : null;
    if (floor && floor.building.id !== building?.id)
      throw new BadInputError('input.floorId', 'Not a floor of that building', 'FLOOR_OF_OTHER_BUILDING');
    const point = em.create(AccessPoint, {
      park,
      building,
      floor,
      code: input.code,
      name: input.name.trim(),
      kind: input.kind,
      vendorDeviceId: input.vendorDeviceId,
      active: true,
    });
    await flushOrConflict(em, POINT_UNIQUE);
    const after = toAccessPointType(point);
    ctx.recordChange({ targetType: 'AccessPoint', targetId: point.id, parkId: park.id, after });
    return after;
  },

  async updatePoint(ctx: RequestContext, id: string, input: UpdateAccessPointInput) {
    const point = await findByIdOrFail(ctx.em, AccessPoint, id, 'AccessPoint');
    const before = toAccessPointType(point);
    if (input.name !== undefined) point.name = input.name.trim();
    if (input.kind != null) point.kind = input.kind;
    if (input.vendorDeviceId !== undefined) point.vendorDeviceId = input.vendorDeviceId;
    if (input.active != null) point.active = input.active;
    await flushOrConflict(ctx.em, POINT_UNIQUE);
    const after = toAccessPointType(point);
    ctx.recordChange({ targetType: 'AccessPoint', targetId: id, parkId: point.park.id, before, after });
    return after;
  },

  async credential(ctx: RequestContext, id: string) {
    return toAccessCredentialType(await readByIdOrFail(ctx.em, AccessCredential, id, 'AccessCredential'));
  },

  credentials(
    ctx: RequestContext,
    f: AccessCredentialFilter | undefined,
    page: PageArgs,
    info: GraphQLResolveInfo,
  ) {
    return accessRepository.credentials(ctx, f, page, info);
  },

  /**
   * Binds a card, pass or plate to a tenant employee of the park or a staff user bound to it.
   * One identifier per park and kind: a second holder is CONFLICT, however many ask at once.
   */
  async createCredential(ctx: RequestContext, input: CreateAccessCredentialInput) {
    const em = ctx.em;
    const park = await findByIdOrFail(em, Park, input.parkId, 'Park', 'input.parkId');
    const holder = await findByIdOrFail(em, AppUser, input.holderId, 'User', 'input.holderId');
    const ofPark = holder.tenant
      ? holder.park?.id === park.id
      : (await ctx.loaders.parkIdsByUser.load(holder.id)).includes(park.id);
    if (!ofPark) throw new BadInputError('input.holderId', 'Not a person of this park', 'OTHER_PARK');
    if (holder.status !== UserStatus.ACTIVE)
      throw new BadInputError('input.holderId', 'This person is disabled', 'HOLDER_DISABLED');
    const validFrom = input.validFrom ?? ctx.now();
    if (input.validUntil && input.validUntil <= validFrom)
      throw new BadInputError('input.validUntil', 'Must be after the start of validity', 'VALIDITY_ORDER');
    const credential = em.create(AccessCredential, {
      park,
      tenant: holder.tenant ?? null,
      holder,
      kind: input.kind,
      identifier: normalizedIdentifier(input.kind, input.identifier, 'input.identifier'),
      status: CredentialStatus.ACTIVE,
      validFrom,
      validUntil: input.validUntil ?? null,
    });
    await flushOrConflict(em, { access_credential_park_id_kind_identifier_unique: 'input.identifier' });
    const after = toAccessCredentialType(credential);
    ctx.recordChange({
      targetType: 'AccessCredential',
      targetId: credential.id,
      parkId: park.id,
      tenantId: after.tenantId,
      after,
    });
    return after;
  },

  /** Suspends, reactivates or revokes a credential; a revoked one stays revoked. */
  async setCredentialStatus(ctx: RequestContext, id: string, status: CredentialStatus) {
    const credential = await findByIdOrFail(ctx.em, AccessCredential, id, 'AccessCredential');
    const before = toAccessCredentialType(credential);
    const updated = await ctx.em.nativeUpdate(
      AccessCredential,
      { id, status: { $ne: CredentialStatus.REVOKED } },
      { status, updatedAt: ctx.now() },
    );
    if (updated === 0) throw new ConflictError('This credential is revoked for good', 'CREDENTIAL_REVOKED');
    await ctx.em.refresh(credential);
    const after = toAccessCredentialType(credential);
    ctx.recordChange({
      targetType: 'AccessCredential',
      targetId: id,
      parkId: after.parkId,
      tenantId: after.tenantId,
      before,
      after,
    });
    return after;
  },

  /**
   * People to offer in the credential and member pickers, by name: a tenant admin sees their own
   * company's employees only, staff anyone of the park (row-level security holds the same line).
   */
  async holderOptions(ctx: RequestContext, f: AccessHolderFilter): Promise<AccessHolderOptionType[]> {
    const actor = ctx.signedIn;
    const own = actor.kind === 'tenant' ? actor.tenantId : null;
    // A park out of the caller's reach is NOT_FOUND (row-level security hides it).
    const park = await findByIdOrFail(ctx.em, Park, f.parkId, 'Park', 'filter.parkId');
    if (f.tenantId && !isUuid(f.tenantId)) return [];
    if (own && (f.staff || (f.tenantId && f.tenantId !== own))) return [];
    const rows = await accessRepository.holderOptions(ctx.em, {
      parkId: park.id,
      search: f.search?.trim() || null,
      tenantId: own ?? f.tenantId ?? null,
      staff: own ? false : (f.staff ?? null),
    });
    return rows.map((r) => ({ id: r.id, name: r.name, tenantId: r.tenant_id, tenantName: r.tenant_name }));
  },

  async group(ctx: RequestContext, id: string) {
    return toAccessGroupType(await readByIdOrFail(ctx.em, AccessGroup, id, 'AccessGroup'));
  },

  groups(ctx: RequestContext, f: AccessGroupFilter | undefined, page: PageArgs, info: GraphQLResolveInfo) {
    return accessRepository.groups(ctx, f, page, info);
  },

  async createGroup(ctx: RequestContext, input: CreateAccessGroupInput) {
    const em = ctx.em;
    const park = await findByIdOrFail(em, Park, input.parkId, 'Park', 'input.parkId');
    const tenant = input.tenantId
      ? await findByIdOrFail(em, TenantCompany, input.tenantId, 'TenantCompany', 'input.tenantId')
      : null;
    if (tenant && tenant.park.id !== park.id)
      throw new BadInputError('input.tenantId', 'Not a company of this park', 'OTHER_PARK');
    const points = await pointsOf(ctx, park, input.pointIds, 'input.pointIds');
    const group = em.create(AccessGroup, {
      park,
      tenant,
      name: input.name.trim(),
      schedule: cleanSchedule(input.schedule),
    });
    group.points.set(points);
    await flushOrConflict(em, { access_group_park_id_name_unique: 'input.name' });
    const after = { ...toAccessGroupType(group), pointIds: points.map((p) => p.id) };
    ctx.recordChange({
      targetType: 'AccessGroup',
      targetId: group.id,
      parkId: park.id,
      tenantId: tenant?.id,
      after,
    });
    return toAccessGroupType(group);
  },

  async updateGroup(ctx: RequestContext, id: string, input: UpdateAccessGroupInput) {
    const em = ctx.em;
    const group = await findByIdOrFail(em, AccessGroup, id, 'AccessGroup');
    await group.points.init();
    const before = { ...toAccessGroupType(group), pointIds: group.points.getIdentifiers() };
    if (input.name !== undefined) group.name = input.name.trim();
    if (input.schedule) group.schedule = cleanSchedule(input.schedule);
    if (input.pointIds) {
      const park = await findByIdOrFail(em, Park, group.park.id, 'Park');
      group.points.set(await pointsOf(ctx, park, input.pointIds, 'input.pointIds'));
    }
    await flushOrConflict(em, { access_group_park_id_name_unique: 'input.name' });
    const after = { ...toAccessGroupType(group), pointIds: group.points.getIdentifiers() };
    ctx.recordChange({
      targetType: 'AccessGroup',
      targetId: id,
      parkId: group.park.id,
      tenantId: group.tenant?.id,
      before,
      after,
    });
    return toAccessGroupType(group);
  },

  /**
   * Puts a person in a group: a company's group takes that company's employees only, a staff
   * group staff bound to the park. Tenant admins reach only their own company's groups and
   * people (row-level security: anything else is NOT_FOUND). Already a member is CONFLICT.
   */
  async addMember(ctx: RequestContext, groupId: string, userId: string) {
    const em = ctx.em;
    const group = await findByIdOrFail(em, AccessGroup, groupId, 'AccessGroup', 'groupId');
    const actor = ctx.signedIn;
    if (actor.kind === 'tenant' && group.tenant?.id !== actor.tenantId)
      throw new NotFoundError('AccessGroup', 'groupId');
    const user = await findByIdOrFail(em, AppUser, userId, 'User', 'userId');
    const fits = group.tenant
      ? user.tenant?.id === group.tenant.id
      : !user.tenant && (await ctx.loaders.parkIdsByUser.load(user.id)).includes(group.park.id);
    if (!fits)
      throw new BadInputError(
        'userId',
        group.tenant ? 'Only employees of the group’s company' : 'Only staff of this park',
        'NOT_GROUP_AUDIENCE',
      );
    em.create(AccessGroupMember, { group, user });
    await flushOrConflict(em, { access_group_member_group_id_user_id_unique: 'userId' });
    ctx.recordChange({
      targetType: 'AccessGroup',
      targetId: group.id,
      parkId: group.park.id,
      tenantId: group.tenant?.id,
      after: { addedMember: user.id },
    });
    return toAccessGroupType(group);
  },

  async removeMember(ctx: RequestContext, groupId: string, userId: string) {
    const em = ctx.em;
    const group = await findByIdOrFail(em, AccessGroup, groupId, 'AccessGroup', 'groupId');
    const actor = ctx.signedIn;
    if (actor.kind === 'tenant' && group.tenant?.id !== actor.tenantId)
      throw new NotFoundError('AccessGroup', 'groupId');
    const removed = isUuid(userId) ? await em.nativeDelete(AccessGroupMember, { group, user: userId }) : 0;
    if (removed === 0) throw new NotFoundError('AccessGroupMember', 'userId');
    ctx.recordChange({
      targetType: 'AccessGroup',
      targetId: group.id,
      parkId: group.park.id,
      tenantId: group.tenant?.id,
      before: { member: userId },
    });
    return toAccessGroupType(group);
  },
};
