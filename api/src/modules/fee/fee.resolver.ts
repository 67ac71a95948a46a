import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { FeeItem } from './fee.enums.js';
import { AddFeeRateInput, CreateFeeStandardInput, UpdateFeeStandardInput } from './fee.inputs.js';
import { feeService } from './fee.service.js';
import { FeeStandardType } from './fee.type.js';

@Resolver(() => FeeStandardType)
export class FeeResolver {
  @Authorized('fee.read')
  @Query(() => [FeeStandardType], { description: 'A park’s fee standards, by item and code.' })
  feeStandards(
    @Arg('parkId', () => ID, { description: 'Park id.' }) parkId: string,
    @Arg('item', () => FeeItem, { nullable: true, description: 'Only standards of this item.' })
    item: FeeItem | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return feeService.list(ctx, parkId, item);
  }

  @Authorized('fee.read')
  @Query(() => FeeStandardType, { description: 'One fee standard; NOT_FOUND when unknown.' })
  feeStandard(@Arg('id', () => ID, { description: 'Standard id.' }) id: string, @Ctx() ctx: RequestContext) {
    return feeService.get(ctx, id);
  }

  @Authorized('fee.manage')
  @Mutation(() => FeeStandardType, { description: 'Adds a fee standard with its first price.' })
  createFeeStandard(
    @Arg('input', () => CreateFeeStandardInput, { description: 'The standard.' })
    input: CreateFeeStandardInput,
    @Ctx() ctx: RequestContext,
  ) {
    return feeService.create(ctx, input);
  }

  @Authorized('fee.manage')
  @Mutation(() => FeeStandardType, {
    description: 'Renames a fee standard, changes its notes, offers or retires it.',
  })
  updateFeeStandard(
    @Arg('id', () => ID, { description: 'Standard id.' }) id: string,
    @Arg('input', () => UpdateFeeStandardInput, { description: 'Changes.' }) input: UpdateFeeStandardInput,
    @Ctx() ctx: RequestContext,
  ) {
    return feeService.update(ctx, id, input);
  }

  @Authorized('fee.manage')
  @Mutation(() => FeeStandardType, {
    description: 'Sets a new price from a date on (today or later); earlier periods keep their price.',
  })
  addFeeRate(
    @Arg('input', () => AddFeeRateInput, { description: 'The price and its first day.' })
    input: AddFeeRateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return feeService.addRate(ctx, input);
  }

  @Authorized('fee.manage')
  @Mutation(() => FeeStandardType, { description: 'Withdraws a price not yet in force.' })
  withdrawFeeRate(@Arg('id', () => ID, { description: 'Rate id.' }) id: string, @Ctx() ctx: RequestContext) {
    return feeService.withdrawRate(ctx, id);
  }
}
