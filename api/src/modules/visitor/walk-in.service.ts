import { pinyin } from 'pinyin-pro';
import type { RequestContext } from '../../graphql/context.js';
import { readByIdOrFail } from '../../graphql/lookup.js';
import { isUuid } from '../../graphql/validate.js';
import { wallClock } from '../../kernel/clock.js';
import { ForbiddenError, NotFoundError, TooManyRequestsError } from '../../kernel/errors.js';
import { normalizePlate } from '../../kernel/plate.js';
import { RateLimiter } from '../auth/rate-limiter.js';
import { KioskDevice } from '../kiosk/kiosk-device.entity.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany, TenantStatus } from '../tenant/tenant.entity.js';
import { tenantSearchKey } from '../tenant/tenant-search.js';
import { AppUser } from '../user/user.entity.js';
import { idDigest } from './visitor.crypto.js';
import { Visit, Visitor, VisitorWatchlistEntry } from './visitor.entity.js';
import { VisitSource, VisitState } from './visitor.enums.js';
import type { WalkInInput } from './visitor.inputs.js';
import { visitorRepository } from './visitor.repository.js';
import { awaitHost, checkedIdNumber, publishVisit, sealIdNumber } from './visitor.service.js';
import { visitorSettings } from './visitor.settings.js';
import { type KioskHostType, toVisitType, type VisitType } from './visitor.type.js';

/**
 * What one kiosk may do per ten minutes (per process, like the other limiters): a lobby sees a
 * few dozen visitors an hour, so more is someone scripting the public screen.
 */
export const KIOSK_LIMITS = { register: 20, hosts: 300, scan: 600 } as const;
const kioskLimiter = new RateLimiter(10 * 60_000, () => wallClock.now().getTime());

/** Counts one kiosk operation; TOO_MANY_REQUESTS past its limit. */
export function limitKiosk(ctx: RequestContext, operation: keyof typeof KIOSK_LIMITS): void {
  const actor = ctx.signedIn;
  if (actor.kind !== 'device') return;
  const wait = kioskLimiter.hit(`${operation}:${actor.id}`, KIOSK_LIMITS[operation]);
  if (wait > 0)
    throw new TooManyRequestsError(
      'This kiosk is over its limit; try again later',
      'KIOSK_RATE_LIMITED',
      wait,
    );
}

const initialsOf = (name: string) =>
  pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Walk-ins at the lobby kiosk: finding the host, registering, waiting for the answer. */
export const walkInService = {
  /**
   * The people of a company in the kiosk's park a visitor may name as host, matched by name,
   * full pinyin or initials ("zw" finds 张伟). Names only: kiosks read no users.
   */
  async hosts(ctx: RequestContext, tenantId: string, search: string | undefined): Promise<KioskHostType[]> {
    limitKiosk(ctx, 'hosts');
    if (!isUuid(tenantId)) throw new NotFoundError('TenantCompany', 'tenantId');
    const rows = await visitorRepository.kioskHosts(ctx.em, tenantId);
    const needle = search?.trim().toLowerCase().replace(/\s+/g, '');
    return rows
      .map((r) => ({ id: r.id, name: r.display_name, initials: initialsOf(r.display_name) }))
      .filter(
        (h) =>
          !needle ||
          h.name.toLowerCase().includes(needle) ||
          tenantSearchKey(h.name, null)
            .split(' ')
            .some((k) => k.includes(needle)),
      );
  },

  /**
   * A walk-in registration: the visitor's record (the host company's, readable by this kiosk),
   * the visit waiting for the host with its deadline armed, and the live prompt to the host's
   * company. A watchlist match holds it for security first.
   */
  async register(ctx: RequestContext, input: WalkInInput): Promise<VisitType> {
    limitKiosk(ctx, 'register');
    const actor = ctx.signedIn;
    if (actor.kind !== 'device') throw new ForbiddenError('Only a paired kiosk may do this');
    const parkId = actor.parkIds[0]!;
    const company = await ctx.em.findOne(TenantCompany, {
      id: input.tenantId,
      park: parkId,
      status: { $in: [TenantStatus.ACTIVE, TenantStatus.ONBOARDING] },
    });
    if (!company) throw new NotFoundError('TenantCompany', 'input.tenantId');
    const host = (await visitorRepository.kioskHosts(ctx.em, company.id)).find(
      (h) => h.id === input.hostUserId,
    );
    if (!host) throw new NotFoundError('Host', 'input.hostUserId');
    const idNumber = checkedIdNumber('input.idNumber', input.idNumber);
    const settings = visitorSettings();
    const device = ctx.em.getReference(KioskDevice, actor.id);
    const visitor = ctx.em.create(Visitor, {
      park: ctx.em.getReference(Park, parkId),
      tenant: company,
      name: input.name,
      phone: input.phone,
      email: null,
      company: input.company ?? null,
      kioskDevice: device,
      ...sealIdNumber(idNumber),
    });
    const hit = await visitorRepository.watchlistMatch(
      ctx.em,
      parkId,
      input.name,
      input.phone,
      idNumber ? idDigest(settings, idNumber) : null,
    );
    const now = ctx.now();
    const visit = ctx.em.create(Visit, {
      park: ctx.em.getReference(Park, parkId),
      tenant: company,
      visitor,
      host: ctx.em.getReference(AppUser, host.id),
      hostName: host.display_name.slice(0, 50),
      source: VisitSource.WALK_IN,
      state: VisitState.AWAITING_SECURITY,
      purpose: input.purpose,
      startsAt: now,
      endsAt: new Date(now.getTime() + (input.hours ?? 4) * 3600_000),
      plate: input.plate ? normalizePlate(input.plate) : null,
      companions: input.companions ?? 0,
      buildingIds: [],
      floorIds: [],
      kioskDevice: device,
      watchlistEntry: hit ? ctx.em.getReference(VisitorWatchlistEntry, hit) : null,
    });
    if (!hit) await awaitHost(ctx, visit);
    await ctx.em.flush();
    ctx.recordChange({
      targetType: 'Visit',
      targetId: visit.id,
      parkId,
      tenantId: company.id,
      after: { source: visit.source, state: visit.state, purpose: visit.purpose, visitor: input.name },
    });
    publishVisit(ctx, visit, !hit);
    return toVisitType(visit);
  },

  /** A registration of this kiosk (others' are NOT_FOUND, like unknown ids). */
  async registration(ctx: RequestContext, id: string): Promise<VisitType> {
    const visit = await readByIdOrFail(ctx.em, Visit, id, 'Visit');
    if (visit.kioskDevice?.id !== ctx.signedIn.id) throw new NotFoundError('Visit');
    return toVisitType(visit);
  },
};
