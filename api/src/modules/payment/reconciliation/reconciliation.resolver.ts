import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../graphql/context.js';
import { ReconcilePaymentsInput, ResolvePaymentDifferenceInput } from '../payment.inputs.js';
import { reconciliationService } from './reconciliation.service.js';
import {
  DifferenceType,
  ReconciliationType,
  toDifferenceType,
  toReconciliationType,
} from './reconciliation.type.js';

@Resolver(() => ReconciliationType)
export class ReconciliationResolver {
  @Authorized('payment.reconcile')
  @Mutation(() => ReconciliationType, {
    description:
      'Finance: downloads a provider’s statement of a day and compares it with the ledger (as a job).',
  })
  async reconcilePayments(
    @Arg('input', () => ReconcilePaymentsInput, { description: 'Day and provider.' })
    input: ReconcilePaymentsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return toReconciliationType(await reconciliationService.start(ctx, input));
  }

  @Authorized('payment.reconcile')
  @Query(() => [ReconciliationType], { description: 'The latest reconciliations, newest first.' })
  async paymentReconciliations(
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many (1–50).' }) first: number,
    @Ctx() ctx: RequestContext,
  ) {
    return (await reconciliationService.list(ctx, first)).map(toReconciliationType);
  }

  @Authorized('payment.reconcile')
  @FieldResolver(() => [DifferenceType], { description: 'What it found (of the parks the caller sees).' })
  async differenceList(@Root() r: ReconciliationType, @Ctx() ctx: RequestContext) {
    return (await reconciliationService.differences(ctx, r.id)).map(toDifferenceType);
  }

  @Authorized('payment.reconcile')
  @Mutation(() => DifferenceType, { description: 'Finance: resolves a difference, once.' })
  async resolvePaymentDifference(
    @Arg('id', () => ID, { description: 'The difference.' }) id: string,
    @Arg('input', () => ResolvePaymentDifferenceInput, { description: 'How.' })
    input: ResolvePaymentDifferenceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return toDifferenceType(await reconciliationService.resolve(ctx, id, input));
  }
}
