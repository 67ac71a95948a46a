import { QueryOrder } from '@mikro-orm/core';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail } from '../../graphql/lookup.js';
import { isUuid } from '../../graphql/validate.js';
import { BadInputError, NotFoundError } from '../../kernel/errors.js';
import { Park } from '../park/park.entity.js';
import { AppUser } from '../user/user.entity.js';
import { maskPhone } from './visitor.crypto.js';
import { VisitorWatchlistEntry } from './visitor.entity.js';
import type { WatchlistEntryInput } from './visitor.inputs.js';
import { checkedIdNumber, sealIdNumber, visitorPii } from './visitor.service.js';
import { toWatchlistEntryType, type WatchlistEntryType } from './visitor.type.js';

/** The park's watchlist, kept by security (SPEC §3.3): checked at every invitation and walk-in. */
export const watchlistService = {
  async list(ctx: RequestContext, parkId: string, includeInactive: boolean): Promise<WatchlistEntryType[]> {
    if (!isUuid(parkId)) throw new NotFoundError('Park', 'parkId');
    const rows = await ctx.em.find(
      VisitorWatchlistEntry,
      { park: parkId, ...(!includeInactive && { active: true }) },
      { orderBy: { createdAt: QueryOrder.DESC, id: QueryOrder.DESC }, limit: 1000 },
    );
    return rows.map(toWatchlistEntryType);
  },

  async add(ctx: RequestContext, input: WatchlistEntryInput): Promise<WatchlistEntryType> {
    const park = await findByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    const idNumber = checkedIdNumber('input.idNumber', input.idNumber);
    if (!idNumber && !input.phone)
      throw new BadInputError(
        'input.phone',
        'Give a phone number or an ID number to match by',
        'WATCHLIST_NO_KEY',
      );
    const actor = ctx.signedIn;
    const entry = ctx.em.create(VisitorWatchlistEntry, {
      park,
      name: input.name,
      phone: input.phone ?? null,
      reason: input.reason,
      active: true,
      createdBy: actor.kind === 'staff' ? ctx.em.getReference(AppUser, actor.id) : null,
      ...sealIdNumber(idNumber),
    });
    await ctx.em.flush();
    ctx.recordChange({
      targetType: 'VisitorWatchlistEntry',
      targetId: entry.id,
      parkId: park.id,
      after: { name: entry.name, phone: entry.phone ? maskPhone(entry.phone) : null, reason: entry.reason },
    });
    return toWatchlistEntryType(entry);
  },

  async setActive(ctx: RequestContext, id: string, active: boolean): Promise<WatchlistEntryType> {
    const entry = await findByIdOrFail(ctx.em, VisitorWatchlistEntry, id, 'VisitorWatchlistEntry');
    const before = entry.active;
    entry.active = active;
    await ctx.em.flush();
    ctx.recordChange({
      targetType: 'VisitorWatchlistEntry',
      targetId: entry.id,
      parkId: entry.park.id,
      before: { active: before },
      after: { active },
    });
    return toWatchlistEntryType(entry);
  },

  phone(ctx: RequestContext, e: WatchlistEntryType): string | null {
    if (!e.phoneValue) return null;
    return ctx.actor.kind !== 'anonymous' && ctx.actor.permissions.has('visitor.pii')
      ? e.phoneValue
      : maskPhone(e.phoneValue);
  },
  idNumber: (ctx: RequestContext, e: WatchlistEntryType) => visitorPii.idNumber(ctx, e.idSealed, e.idMasked),
};
