import type { RequestContext } from '../../graphql/context.js';
import { lockByIdOrFail } from '../../graphql/lookup.js';
import { scheduleJob, unscheduleJob } from '../../jobs/queue.js';
import { realTimeOf, wallClock } from '../../kernel/clock.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../../kernel/errors.js';
import { normalizePlate } from '../../kernel/plate.js';
import { Building } from '../building/building.entity.js';
import { Floor } from '../building/floor.entity.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany } from '../tenant/tenant.entity.js';
import { AppUser } from '../user/user.entity.js';
import {
  idDigest,
  isIdCardNumber,
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
  seal,
  unseal,
} from './visitor.crypto.js';
import { Visit, Visitor, VisitorWatchlistEntry } from './visitor.entity.js';
import { VisitSource, VisitState } from './visitor.enums.js';
import { alreadyDecided } from './visitor.errors.js';
import type { InviteVisitorsInput, VisitorDetailsInput } from './visitor.inputs.js';
import { newPassNonce, signPass } from './visitor.pass.js';
import { visitorRepository } from './visitor.repository.js';
import { visitorSettings } from './visitor.settings.js';
import {
  toVisitType,
  type VisitorPassType,
  type VisitorType,
  VisitPhase,
  type VisitType,
} from './visitor.type.js';

/** Passes are accepted this long before the window opens (a visitor arriving early). */
export const EARLY_MS = 30 * 60_000;
/** The longest window an invitation may have. */
const MAX_WINDOW_MS = 7 * 24 * 3600_000;
const DAY_MS = 24 * 3600_000;

const can = (ctx: RequestContext, permission: Parameters<typeof ctx.signedIn.permissions.has>[0]) =>
  ctx.actor.kind !== 'anonymous' && ctx.actor.permissions.has(permission);

/** The tenant user acting as host (invitations and answers are the host company's). */
export function hostCompany(ctx: RequestContext): { tenantId: string; userId: string; label: string } {
  const actor = ctx.signedIn;
  if (actor.kind !== 'tenant' || !actor.tenantId)
    throw new ForbiddenError('Only a tenant company’s users host visitors', 'VISITOR_HOST_ONLY');
  return { tenantId: actor.tenantId, userId: actor.id, label: actor.label };
}

/** Checks an ID number's check digit; the normalized number, or undefined when none was given. */
export function checkedIdNumber(field: string, value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const id = normalizeIdNumber(value);
  if (!isIdCardNumber(id))
    throw new BadInputError(
      field,
      'This is not a valid ID-card number (check digit or date)',
      'ID_NUMBER_INVALID',
    );
  return id;
}

/** Seals an ID number into a record's columns (encrypted, key id, mask, digest), or clears them. */
export function sealIdNumber(idNumber: string | undefined) {
  if (!idNumber)
    return { idNumberData: null, idNumberKeyId: null, idNumberMasked: null, idNumberDigest: null } as const;
  const settings = visitorSettings();
  const sealed = seal(settings, idNumber);
  return {
    idNumberData: sealed.data,
    idNumberKeyId: sealed.keyId,
    idNumberMasked: maskIdNumber(idNumber),
    idNumberDigest: idDigest(settings, idNumber),
  };
}

/** The phase a visit is in at `now` (see `VisitPhase`). */
export function phaseOf(v: VisitType, now: Date): VisitPhase {
  if (v.state === VisitState.REJECTED) return VisitPhase.REJECTED;
  if (v.state === VisitState.REVOKED) return VisitPhase.REVOKED;
  if (v.state !== VisitState.APPROVED) return VisitPhase.PENDING;
  if (v.checkedOutAt) return VisitPhase.LEFT;
  if (v.checkedInAt) return VisitPhase.ON_SITE;
  return v.endsAt <= now ? VisitPhase.MISSED : VisitPhase.EXPECTED;
}

/** The pass of a visit, when it has one that can still be used at `now`. */
export function passOf(v: VisitType, now: Date): VisitorPassType | null {
  if (v.state !== VisitState.APPROVED || !v.passNonce || v.checkedOutAt || v.endsAt <= now) return null;
  const validFrom = new Date(v.startsAt.getTime() - EARLY_MS);
  const token = signPass(visitorSettings().passKeys, {
    visitId: v.id,
    validFrom,
    validUntil: v.endsAt,
    nonce: v.passNonce,
  });
  return { token, validFrom, validUntil: v.endsAt };
}

/** Whether the caller sees a visitor's phone in full: the host company, and staff holding visitor.pii. */
export function seesPhone(ctx: RequestContext, visitor: VisitorType): boolean {
  const actor = ctx.actor;
  if (actor.kind === 'tenant') return actor.tenantId === visitor.tenantId;
  return actor.kind === 'staff' && actor.permissions.has('visitor.pii');
}

/** Personal fields as the caller may see them. */
export const visitorPii = {
  phone(ctx: RequestContext, v: VisitorType): string | null {
    if (!v.phoneValue) return null;
    return seesPhone(ctx, v) ? v.phoneValue : maskPhone(v.phoneValue);
  },
  email(ctx: RequestContext, v: VisitorType): string | null {
    if (!v.emailValue) return null;
    if (seesPhone(ctx, v)) return v.emailValue;
    const at = v.emailValue.indexOf('@');
    return at > 0 ? `${v.emailValue[0]}***${v.emailValue.slice(at)}` : '***';
  },
  /** In full for holders of visitor.pii (decrypted with the key it names), masked for the rest. */
  idNumber(ctx: RequestContext, sealed: VisitorType['idSealed'], masked: string | null): string | null {
    if (!masked) return null;
    if (!sealed || !can(ctx, 'visitor.pii')) return masked;
    return unseal(visitorSettings(), sealed);
  },
};

/** Sends the visitor a message about the pass, after commit (the `visitor.notify` job). */
export async function queueMessage(
  ctx: RequestContext,
  visit: Visit,
  kind: 'INVITED' | 'APPROVED' | 'EXTENDED' | 'REVOKED',
) {
  const stamp = visit.passNonce ? visit.passNonce.toString('hex') : 'none';
  await scheduleJob(
    ctx.em,
    'visitor.notify',
    { visitId: visit.id, kind },
    { runAt: wallClock.now(), key: `visit-notify:${visit.id}:${kind}:${stamp}` },
  );
}

/** Publishes a visit's change to whoever watches it: its kiosk, the park's queues. */
export function publishVisit(ctx: RequestContext, visit: Visit, toCompany = false) {
  ctx.publish('VISIT_UPDATED', visit.id, { visitId: visit.id });
  ctx.publish('VISIT_QUEUE_CHANGED', visit.park.id, { visitId: visit.id });
  if (toCompany) ctx.publish('VISIT_APPROVAL_REQUESTED', visit.tenant.id, { visitId: visit.id });
}

/** Approves a visit: a fresh pass nonce, so every earlier code of it stops working. */
export function approve(ctx: RequestContext, visit: Visit, label: string, note: string | null) {
  visit.state = VisitState.APPROVED;
  visit.passNonce = newPassNonce();
  visit.hostDeadline = null;
  visit.decidedBy = label.slice(0, 100);
  visit.decidedAt = ctx.now();
  visit.decisionNote = note;
}

function reject(ctx: RequestContext, visit: Visit, label: string, note: string | null) {
  visit.state = VisitState.REJECTED;
  visit.passNonce = null;
  visit.hostDeadline = null;
  visit.decidedBy = label.slice(0, 100);
  visit.decidedAt = ctx.now();
  visit.decisionNote = note;
}

/** Arms the host's deadline of a walk-in: the front desk takes it over when it passes. */
export async function awaitHost(ctx: RequestContext, visit: Visit) {
  visit.state = VisitState.AWAITING_HOST;
  visit.hostDeadline = new Date(ctx.now().getTime() + visitorSettings().hostAnswerSeconds * 1000);
  await scheduleJob(
    ctx.em,
    'visitor.hostTimeout',
    { visitId: visit.id },
    { runAt: realTimeOf(ctx.services.clock, visit.hostDeadline), key: `visit-host:${visit.id}` },
  );
}

function audit(ctx: RequestContext, visit: Visit, before?: VisitType) {
  ctx.recordChange({
    targetType: 'Visit',
    targetId: visit.id,
    parkId: visit.park.id,
    tenantId: visit.tenant.id,
    ...(before && { before: auditView(before) }),
    after: auditView(toVisitType(visit)),
  });
}
/** What the audit log keeps of a visit (no nonce). */
const auditView = (v: VisitType) => {
  const { passNonce: _n, ...rest } = v;
  return rest;
};

/** Invitations, answers, revocations and the reads of visits (SPEC §3.3, IPARK 7.2.1). */
export const visitorService = {
  async invite(ctx: RequestContext, input: InviteVisitorsInput): Promise<VisitType[]> {
    const host = hostCompany(ctx);
    const now = ctx.now();
    if (input.endsAt <= input.startsAt)
      throw new BadInputError('input.endsAt', 'The window must end after it starts', 'VISIT_WINDOW_INVALID');
    if (input.endsAt.getTime() - input.startsAt.getTime() > MAX_WINDOW_MS)
      throw new BadInputError('input.endsAt', 'A window lasts at most 7 days', 'VISIT_WINDOW_TOO_LONG');
    if (input.startsAt.getTime() < now.getTime() - DAY_MS || input.endsAt <= now)
      throw new BadInputError('input.startsAt', 'The window is over', 'VISIT_WINDOW_PAST');
    const company = await ctx.em.findOne(TenantCompany, { id: host.tenantId });
    if (!company) throw new NotFoundError('TenantCompany');
    const parkId = company.park.id;
    const buildingIds = [...new Set(input.buildingIds ?? [])];
    const floorIds = [...new Set(input.floorIds ?? [])];
    if (buildingIds.length > 0) {
      const found = await ctx.em.count(Building, { id: { $in: buildingIds }, park: parkId });
      if (found !== buildingIds.length) throw new NotFoundError('Building', 'input.buildingIds');
    }
    if (floorIds.length > 0) {
      const found = await ctx.em.count(Floor, { id: { $in: floorIds }, park: parkId });
      if (found !== floorIds.length) throw new NotFoundError('Floor', 'input.floorIds');
    }
    const ids = input.visitors.map((v, i) => checkedIdNumber(`input.visitors.${i}.idNumber`, v.idNumber));
    const visits: Visit[] = [];
    for (const [i, details] of input.visitors.entries()) {
      const visitor = await upsertVisitor(
        ctx,
        host.tenantId,
        parkId,
        details,
        ids[i],
        `input.visitors.${i}.visitorId`,
      );
      const hit = await visitorRepository.watchlistMatch(
        ctx.em,
        parkId,
        details.name,
        details.phone,
        ids[i] ? idDigest(visitorSettings(), ids[i]) : null,
      );
      const visit = ctx.em.create(Visit, {
        park: ctx.em.getReference(Park, parkId),
        tenant: company,
        visitor,
        host: ctx.em.getReference(AppUser, host.userId),
        hostName: host.label.slice(0, 50),
        source: VisitSource.INVITATION,
        state: VisitState.AWAITING_SECURITY,
        purpose: input.purpose,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        plate: details.plate ? normalizePlate(details.plate) : null,
        companions: details.companions ?? 0,
        buildingIds,
        floorIds,
        watchlistEntry: hit ? ctx.em.getReference(VisitorWatchlistEntry, hit) : null,
      });
      if (!hit) approve(ctx, visit, host.label, null);
      visits.push(visit);
    }
    await ctx.em.flush();
    for (const visit of visits) {
      audit(ctx, visit);
      if (visit.state === VisitState.APPROVED && input.notify !== false)
        await queueMessage(ctx, visit, 'INVITED');
      if (visit.state === VisitState.AWAITING_SECURITY) publishVisit(ctx, visit);
    }
    return visits.map(toVisitType);
  },

  /** The host company withdraws a visit that is not over; its pass stops working at once. */
  async revoke(ctx: RequestContext, id: string, reason: string | undefined): Promise<VisitType> {
    const host = hostCompany(ctx);
    const visit = await lockByIdOrFail(ctx.em, Visit, id, 'Visit');
    if (visit.tenant.id !== host.tenantId) throw new NotFoundError('Visit');
    const before = toVisitType(visit);
    if ([VisitState.REJECTED, VisitState.REVOKED].includes(visit.state) || visit.checkedOutAt)
      throw new BadInputError('id', 'This visit is already over', 'VISIT_NOT_REVOCABLE');
    const wasApproved = visit.state === VisitState.APPROVED;
    visit.state = VisitState.REVOKED;
    visit.passNonce = null;
    visit.hostDeadline = null;
    visit.decidedBy = host.label.slice(0, 100);
    visit.decidedAt = ctx.now();
    visit.decisionNote = reason ?? null;
    await ctx.em.flush();
    await unscheduleJob(ctx.em, `visit-host:${visit.id}`);
    audit(ctx, visit, before);
    if (wasApproved) await queueMessage(ctx, visit, 'REVOKED');
    publishVisit(ctx, visit, true);
    return toVisitType(visit);
  },

  /** Moves an approved visit's end later; a new pass replaces the old (sent again). */
  async extend(ctx: RequestContext, id: string, endsAt: Date): Promise<VisitType> {
    const host = hostCompany(ctx);
    const visit = await lockByIdOrFail(ctx.em, Visit, id, 'Visit');
    if (visit.tenant.id !== host.tenantId) throw new NotFoundError('Visit');
    if (visit.state !== VisitState.APPROVED || visit.checkedOutAt)
      throw new BadInputError(
        'id',
        'Only an approved visit that is not over can be extended',
        'VISIT_NOT_EXTENDABLE',
      );
    if (endsAt <= visit.endsAt || endsAt <= ctx.now())
      throw new BadInputError(
        'endsAt',
        'The new end must be later than the current one',
        'VISIT_WINDOW_INVALID',
      );
    if (endsAt.getTime() - visit.startsAt.getTime() > MAX_WINDOW_MS)
      throw new BadInputError('endsAt', 'A window lasts at most 7 days', 'VISIT_WINDOW_TOO_LONG');
    const before = toVisitType(visit);
    visit.endsAt = endsAt;
    visit.passNonce = newPassNonce();
    await ctx.em.flush();
    audit(ctx, visit, before);
    await queueMessage(ctx, visit, 'EXTENDED');
    publishVisit(ctx, visit);
    return toVisitType(visit);
  },

  /**
   * An answer to a walk-in: by the host company (while it waits for the host or the front desk),
   * the front desk (`frontDesk`) or security (`security`, for a visit the watchlist held). The
   * row is locked first, so of two answers at once the second finds it decided.
   */
  async decide(
    ctx: RequestContext,
    id: string,
    approved: boolean,
    note: string | undefined,
    as: 'host' | 'frontDesk' | 'security',
  ): Promise<VisitType> {
    const visit = await lockByIdOrFail(ctx.em, Visit, id, 'Visit');
    const label = ctx.signedIn.label;
    if (as === 'host' && visit.tenant.id !== hostCompany(ctx).tenantId) throw new NotFoundError('Visit');
    const waiting: Record<typeof as, VisitState[]> = {
      host: [VisitState.AWAITING_HOST, VisitState.AWAITING_FRONT_DESK],
      frontDesk: [VisitState.AWAITING_HOST, VisitState.AWAITING_FRONT_DESK],
      security: [VisitState.AWAITING_SECURITY],
    };
    if (!waiting[as].includes(visit.state)) throw alreadyDecided();
    const before = toVisitType(visit);
    let toCompany = false;
    if (!approved) reject(ctx, visit, label, note ?? null);
    else if (as === 'security' && visit.source === VisitSource.WALK_IN) {
      // Cleared by security: the host answers as for any walk-in.
      visit.decisionNote = note ?? null;
      await awaitHost(ctx, visit);
      toCompany = true;
    } else approve(ctx, visit, label, note ?? null);
    await ctx.em.flush();
    if (visit.state !== VisitState.AWAITING_HOST) await unscheduleJob(ctx.em, `visit-host:${visit.id}`);
    audit(ctx, visit, before);
    if (visit.state === VisitState.APPROVED && visit.source === VisitSource.INVITATION)
      await queueMessage(ctx, visit, 'INVITED');
    publishVisit(ctx, visit, toCompany || as !== 'host');
    return toVisitType(visit);
  },
};

/** A visitor record of the company: the one named (“visit again”, updated) or a new one. */
async function upsertVisitor(
  ctx: RequestContext,
  tenantId: string,
  parkId: string,
  d: VisitorDetailsInput,
  idNumber: string | undefined,
  field: string,
): Promise<Visitor> {
  const fields = {
    name: d.name,
    phone: d.phone,
    email: d.email ?? null,
    company: d.company ?? null,
    ...(idNumber !== undefined && sealIdNumber(idNumber)),
  };
  if (d.visitorId) {
    const visitor = await ctx.em.findOne(Visitor, { id: d.visitorId, tenant: tenantId, anonymizedAt: null });
    if (!visitor) throw new NotFoundError('Visitor', field);
    Object.assign(visitor, fields);
    return visitor;
  }
  return ctx.em.create(Visitor, {
    park: ctx.em.getReference(Park, parkId),
    tenant: ctx.em.getReference(TenantCompany, tenantId),
    ...sealIdNumber(undefined),
    ...fields,
  });
}
