import { QueryOrder } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { paginate } from '../../db/paginate.js';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail } from '../../graphql/lookup.js';
import { idOrNone } from '../../graphql/validate.js';
import { BadInputError, ConflictError } from '../../kernel/errors.js';
import { FeeBasis, FeeItem } from '../fee/fee.enums.js';
import { feeRepository } from '../fee/fee.repository.js';
import { FeeStandard } from '../fee/fee-standard.entity.js';
import { priceOn } from '../lease/index.js';
import { todayIn } from '../maintenance/recurrence.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany, TenantStatus } from '../tenant/tenant.entity.js';
import { AppUser } from '../user/user.entity.js';
import { chargeFen, monthDays, previousMonth } from './bill-lines.js';
import { BillCharge } from './charge.entity.js';
import type { AddBillChargeInput, BillChargeFilter, CancelBillChargeInput } from './charge.inputs.js';
import { chargeRepository } from './charge.repository.js';
import { toBillChargeType } from './charge.type.js';

/** What a one-off charge may be priced by: a standard charged per use or per month. */
const CHARGEABLE_ITEMS = new Set([FeeItem.PARKING, FeeItem.ROOM_BOOKING, FeeItem.SERVICE, FeeItem.REPAIR]);
const CHARGEABLE_BASES = new Set([FeeBasis.PER_USE, FeeBasis.PER_MONTH]);

const staffRef = (ctx: RequestContext) =>
  ctx.signedIn.kind === 'staff' ? ctx.em.getReference(AppUser, ctx.signedIn.id) : null;

/** One-off charges 其他收费 (issue 19 §1, §3): made by finance, billed by the next run. */
export const chargeService = {
  /**
   * Charges a company for a service of a day of this month or last (the run of the month after
   * bills it), priced by the standard's rate in force that day.
   */
  async add(ctx: RequestContext, input: AddBillChargeInput) {
    const tenant = await findByIdOrFail(
      ctx.em,
      TenantCompany,
      input.tenantId,
      'TenantCompany',
      'input.tenantId',
    );
    if (tenant.status === TenantStatus.MOVED_OUT)
      throw new BadInputError('input.tenantId', 'The company has moved out', 'TENANT_MOVED_OUT');
    const park = await findByIdOrFail(ctx.em, Park, tenant.park.id, 'Park');
    const standard = await findByIdOrFail(
      ctx.em,
      FeeStandard,
      input.standardId,
      'FeeStandard',
      'input.standardId',
    );
    if (standard.park.id !== park.id)
      throw new BadInputError(
        'input.standardId',
        'A standard of the company’s park',
        'STANDARD_OF_OTHER_PARK',
      );
    if (!CHARGEABLE_ITEMS.has(standard.item) || !CHARGEABLE_BASES.has(standard.basis))
      throw new BadInputError(
        'input.standardId',
        'A parking, room booking, service or repair standard charged per use or per month',
        'STANDARD_NOT_CHARGEABLE',
      );
    if (!standard.active)
      throw new BadInputError('input.standardId', 'The standard is no longer offered', 'STANDARD_INACTIVE');
    const today = todayIn(park.timeZone, ctx.now());
    if (input.chargedOn > today)
      throw new BadInputError('input.chargedOn', 'A day up to today', 'CHARGE_IN_FUTURE');
    if (input.chargedOn < monthDays(previousMonth(today.slice(0, 7))).from)
      throw new BadInputError('input.chargedOn', 'A day of this month or last', 'CHARGE_TOO_OLD');
    const [prices] = await feeRepository.pricesOf(ctx.em, [standard.id]);
    const price = prices && priceOn(prices.rates, input.chargedOn)?.price;
    if (price === undefined)
      throw new BadInputError('input.chargedOn', 'The standard has no price on that day', 'NO_PRICE');
    const amountFen = chargeFen(price, input.quantity, standard.rounding);
    if (amountFen <= 0)
      throw new BadInputError('input.quantity', 'The charge comes to nothing at that price', 'ZERO_AMOUNT');
    const charge = ctx.em.create(BillCharge, {
      park,
      tenant,
      standard,
      chargedOn: input.chargedOn,
      quantity: input.quantity,
      unitPrice: price,
      amountFen,
      description: input.description,
      createdBy: staffRef(ctx),
      cancelledAt: null,
      cancelledBy: null,
      cancelReason: null,
    });
    await ctx.em.flush();
    const after = toBillChargeType(charge);
    ctx.recordChange({ targetType: 'BillCharge', targetId: charge.id, parkId: park.id, after });
    return after;
  },

  /** Withdraws a charge, once; if a run already billed it, that month's next run takes it back. */
  async cancel(ctx: RequestContext, id: string, input: CancelBillChargeInput) {
    const charge = await findByIdOrFail(ctx.em, BillCharge, id, 'BillCharge');
    const before = toBillChargeType(charge);
    const won = await chargeRepository.cancelCharge(ctx.em, charge.id, {
      userId: ctx.signedIn.kind === 'staff' ? ctx.signedIn.id : null,
      reason: input.reason,
      now: ctx.now(),
    });
    if (!won) throw new ConflictError('The charge is already cancelled', 'CHARGE_CANCELLED');
    await ctx.em.refresh(charge);
    const after = toBillChargeType(charge);
    ctx.recordChange({ targetType: 'BillCharge', targetId: id, parkId: charge.park.id, before, after });
    return after;
  },

  async get(ctx: RequestContext, id: string) {
    return toBillChargeType(await findByIdOrFail(ctx.em, BillCharge, id, 'BillCharge'));
  },

  list(ctx: RequestContext, filter: BillChargeFilter | undefined, page: PageArgs, info: GraphQLResolveInfo) {
    const month = filter?.month ? monthDays(filter.month) : null;
    return paginate({
      em: ctx.em,
      entity: BillCharge,
      where: {
        ...(filter?.parkId && { park: idOrNone(filter.parkId) }),
        ...(filter?.tenantId && { tenant: idOrNone(filter.tenantId) }),
        ...(month && { chargedOn: { $gte: month.from, $lte: month.to } }),
        ...(!filter?.includeCancelled && { cancelledAt: null }),
      },
      // Latest day first; of one day, the newest made.
      orderBy: { chargedOn: QueryOrder.DESC, createdAt: QueryOrder.DESC },
      page,
      info,
      map: toBillChargeType,
    });
  },
};
