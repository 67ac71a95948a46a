import { QueryOrder } from '@mikro-orm/core';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, flushOrConflict } from '../../graphql/lookup.js';
import { BadInputError, ConflictError } from '../../kernel/errors.js';
import { todayIn } from '../maintenance/recurrence.js';
import { Park } from '../park/park.entity.js';
import { AppUser } from '../user/user.entity.js';
import { FeeItem } from './fee.enums.js';
import type { AddFeeRateInput, CreateFeeStandardInput, UpdateFeeStandardInput } from './fee.inputs.js';
import { toFeeStandardType } from './fee.type.js';
import { FeeRate, FeeStandard } from './fee-standard.entity.js';
import { priceText } from './money.js';

async function withRates(ctx: RequestContext, standards: FeeStandard[], timeZone: string) {
  const rates = standards.length
    ? await ctx.em.find(FeeRate, { standard: { $in: standards.map((s) => s.id) } })
    : [];
  const today = todayIn(timeZone, ctx.now());
  return standards.map((s) =>
    toFeeStandardType(
      s,
      rates.filter((r) => r.standard.id === s.id),
      today,
    ),
  );
}

/** The staff member acting, as a reference; null for a job or partner. */
export const staffUser = (ctx: RequestContext) =>
  ctx.actor.kind === 'staff' ? ctx.em.getReference(AppUser, ctx.actor.id) : null;

/** A standard and its park (for the park's time zone). */
async function standardOf(ctx: RequestContext, id: string, field?: string) {
  const standard = await findByIdOrFail(ctx.em, FeeStandard, id, 'FeeStandard', field);
  const park = await findByIdOrFail(ctx.em, Park, standard.park.id, 'Park');
  return { standard, park };
}

/** Fee standards 收费标准 and their dated prices (SPEC §3.5, issue 19 §1). */
export const feeService = {
  async list(ctx: RequestContext, parkId: string, item: FeeItem | undefined) {
    const park = await findByIdOrFail(ctx.em, Park, parkId, 'Park', 'parkId');
    const standards = await ctx.em.find(
      FeeStandard,
      { park, ...(item && { item }) },
      { orderBy: { item: QueryOrder.ASC, code: QueryOrder.ASC } },
    );
    return withRates(ctx, standards, park.timeZone);
  },

  async get(ctx: RequestContext, id: string) {
    const { standard, park } = await standardOf(ctx, id);
    return (await withRates(ctx, [standard], park.timeZone))[0]!;
  },

  async create(ctx: RequestContext, input: CreateFeeStandardInput) {
    const park = await findByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    if ((input.item === FeeItem.UTILITY) !== Boolean(input.meterKind))
      throw new BadInputError(
        'input.meterKind',
        'A utility standard names the kind of meter it prices; no other standard does',
        'METER_KIND_REQUIRED',
      );
    const standard = ctx.em.create(FeeStandard, {
      park,
      code: input.code,
      name: input.name,
      item: input.item,
      basis: input.basis,
      meterKind: input.meterKind ?? null,
      rounding: input.rounding,
      description: input.description || null,
      active: true,
    });
    ctx.em.create(FeeRate, {
      park,
      standard,
      effectiveFrom: input.effectiveFrom,
      price: priceText(input.price),
      createdBy: staffUser(ctx),
    });
    await flushOrConflict(ctx.em, { fee_standard_park_id_code: 'input.code' });
    const result = await feeService.get(ctx, standard.id);
    ctx.recordChange({ targetType: 'FeeStandard', targetId: standard.id, parkId: park.id, after: result });
    return result;
  },

  async update(ctx: RequestContext, id: string, input: UpdateFeeStandardInput) {
    const { standard } = await standardOf(ctx, id, 'id');
    const before = await feeService.get(ctx, id);
    if (input.name !== undefined) standard.name = input.name;
    if (input.description !== undefined) standard.description = input.description || null;
    if (input.active !== undefined) standard.active = input.active;
    await ctx.em.flush();
    const after = await feeService.get(ctx, id);
    ctx.recordChange({ targetType: 'FeeStandard', targetId: id, parkId: standard.park.id, before, after });
    return after;
  },

  /**
   * Adds a price from a date on. The date is today or later (park time): a bill already run keeps
   * the price it was run with, and re-running it gives the same amounts.
   */
  async addRate(ctx: RequestContext, input: AddFeeRateInput) {
    const { standard, park } = await standardOf(ctx, input.standardId, 'input.standardId');
    if (input.effectiveFrom < todayIn(park.timeZone, ctx.now()))
      throw new BadInputError(
        'input.effectiveFrom',
        'A new price applies from today or later; past periods keep their price',
        'RATE_IN_PAST',
      );
    ctx.em.create(FeeRate, {
      park,
      standard,
      effectiveFrom: input.effectiveFrom,
      price: priceText(input.price),
      createdBy: staffUser(ctx),
    });
    await flushOrConflict(ctx.em, { fee_rate_standard_id_effective_from: 'input.effectiveFrom' });
    const after = await feeService.get(ctx, standard.id);
    ctx.recordChange({ targetType: 'FeeStandard', targetId: standard.id, parkId: park.id, after });
    return after;
  },

  /** Withdraws a price not yet in force; the standard keeps at least one. */
  async withdrawRate(ctx: RequestContext, rateId: string) {
    const rate = await findByIdOrFail(ctx.em, FeeRate, rateId, 'FeeRate', 'id');
    const { standard, park } = await standardOf(ctx, rate.standard.id);
    if (rate.effectiveFrom <= todayIn(park.timeZone, ctx.now()))
      throw new ConflictError('A price in force stays; add a new one instead', 'RATE_IN_FORCE');
    if ((await ctx.em.count(FeeRate, { standard })) <= 1)
      throw new ConflictError('A fee standard keeps at least one price', 'LAST_RATE');
    const before = await feeService.get(ctx, standard.id);
    await ctx.em.remove(rate).flush();
    const after = await feeService.get(ctx, standard.id);
    ctx.recordChange({ targetType: 'FeeStandard', targetId: standard.id, parkId: park.id, before, after });
    return after;
  },
};
