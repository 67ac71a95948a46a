import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { connectionOf, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { AddBillChargeInput, BillChargeFilter, CancelBillChargeInput } from './charge.inputs.js';
import { chargeService } from './charge.service.js';
import { BillChargeStandardType, BillChargeType } from './charge.type.js';

const BillChargeConnection = connectionOf(BillChargeType, 'BillCharge', 'bill charge');

@Resolver(() => BillChargeType)
export class ChargeResolver {
  @Authorized('bill.read')
  @Query(() => BillChargeConnection, {
    description:
      'One-off charges, latest day first, one page at a time (standing ones unless asked). Tenants: their own.',
  })
  billCharges(
    @Args() page: PageArgs,
    @Arg('filter', () => BillChargeFilter, { nullable: true, description: 'Which charges.' }) filter:
      | BillChargeFilter
      | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return chargeService.list(ctx, filter, page, info);
  }

  @Authorized('bill.read')
  @Query(() => BillChargeType, { description: 'One charge; NOT_FOUND when unknown or another company’s.' })
  billCharge(@Arg('id', () => ID, { description: 'Charge id.' }) id: string, @Ctx() ctx: RequestContext) {
    return chargeService.get(ctx, id);
  }

  @Authorized('bill.charge')
  @Mutation(() => BillChargeType, {
    description:
      'Charges a company for a service of a day of this month or last, at the standard’s price that day; the run of the month after bills it.',
  })
  addBillCharge(
    @Arg('input', () => AddBillChargeInput, { description: 'The charge.' }) input: AddBillChargeInput,
    @Ctx() ctx: RequestContext,
  ) {
    return chargeService.add(ctx, input);
  }

  @Authorized('bill.charge')
  @Mutation(() => BillChargeType, {
    description:
      'Withdraws a charge, once (CHARGE_CANCELLED after); one already billed is taken back by that month’s next run.',
  })
  cancelBillCharge(
    @Arg('id', () => ID, { description: 'Charge id.' }) id: string,
    @Arg('input', () => CancelBillChargeInput, { description: 'Why.' }) input: CancelBillChargeInput,
    @Ctx() ctx: RequestContext,
  ) {
    return chargeService.cancel(ctx, id, input);
  }

  @Authorized('bill.read')
  @FieldResolver(() => String, { description: 'The company’s name.' })
  async tenantName(@Root() charge: BillChargeType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.tenantById.load(charge.tenantId))?.name ?? '';
  }

  @Authorized('bill.read')
  @FieldResolver(() => BillChargeStandardType, { description: 'The fee standard it is priced by.' })
  async standard(
    @Root() charge: BillChargeType,
    @Ctx() ctx: RequestContext,
  ): Promise<BillChargeStandardType> {
    const s = await ctx.loaders.chargeStandardById.load(charge.standardId);
    return { code: s?.code ?? '', name: s?.name ?? '', item: s!.item };
  }

  @Authorized('bill.read')
  @FieldResolver(() => [String], {
    description: 'Numbers of the bills (not void) it is on: none until the run of the month after its day.',
  })
  billNumbers(@Root() charge: BillChargeType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.chargeBillNumbers.load(charge.id);
  }
}
