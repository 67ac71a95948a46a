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
  Subscription,
} from 'type-graphql';
import { connectionOf, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { parkService } from '../park/park.service.js';
import { BillFilter, StartBillRunInput, VoidBillInput } from './billing.inputs.js';
import { billingService } from './billing.service.js';
import type { BillChangedPayload, BillRunPayload } from './billing.topics.js';
import { BillAgingType, BillLineType, BillRunType, BillType } from './billing.type.js';

const BillConnection = connectionOf(BillType, 'Bill', 'bill');

@Resolver(() => BillType)
export class BillingResolver {
  @Authorized('bill.read')
  @Query(() => BillConnection, {
    description: 'Bills, newest first, one page at a time. Tenants: their own.',
  })
  bills(
    @Args() page: PageArgs,
    @Arg('filter', () => BillFilter, { nullable: true, description: 'Which bills.' }) filter:
      | BillFilter
      | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return billingService.list(ctx, filter, page, info);
  }

  @Authorized('bill.read')
  @Query(() => BillType, { description: 'One bill; NOT_FOUND when unknown or another company’s.' })
  bill(@Arg('id', () => ID, { description: 'Bill id.' }) id: string, @Ctx() ctx: RequestContext) {
    return billingService.get(ctx, id);
  }

  @Authorized('bill.read')
  @FieldResolver(() => [BillLineType], { description: 'Its lines, each traced to its source.' })
  lines(@Root() bill: BillType, @Ctx() ctx: RequestContext) {
    return billingService.lines(ctx, bill.id);
  }

  @Authorized('bill.read')
  @FieldResolver(() => String, { description: 'The company’s name.' })
  async tenantName(@Root() bill: BillType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.tenantById.load(bill.tenantId))?.name ?? '';
  }

  @Authorized('bill.run')
  @Query(() => BillAgingType, {
    description: 'What the park’s companies owe, by days past due (0–30, 31–60, 61–90, 90+).',
  })
  billAging(
    @Arg('parkId', () => ID, { description: 'Park id.' }) parkId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return billingService.aging(ctx, parkId);
  }

  @Authorized('bill.run')
  @Query(() => [BillRunType], { description: 'A park’s last 20 bill runs, newest first.' })
  billRuns(@Arg('parkId', () => ID, { description: 'Park id.' }) parkId: string, @Ctx() ctx: RequestContext) {
    return billingService.runs(ctx, parkId);
  }

  @Authorized('bill.run')
  @Mutation(() => BillRunType, {
    description:
      'Starts the bill run of a park and month (RUN_IN_PROGRESS while one runs): rent in advance for the month, utilities, repairs and one-off charges of the month before. Running a month again bills only what changed, as adjustments.',
  })
  startBillRun(
    @Arg('input', () => StartBillRunInput, { description: 'Park and month.' }) input: StartBillRunInput,
    @Ctx() ctx: RequestContext,
  ) {
    return billingService.startRun(ctx, input);
  }

  @Authorized('bill.void')
  @Mutation(() => BillType, { description: 'Withdraws a bill nothing has been paid on.' })
  voidBill(
    @Arg('id', () => ID, { description: 'Bill id.' }) id: string,
    @Arg('input', () => VoidBillInput, { description: 'Why.' }) input: VoidBillInput,
    @Ctx() ctx: RequestContext,
  ) {
    return billingService.voidBill(ctx, id, input);
  }

  @Authorized('bill.run')
  @Subscription(() => BillRunType, {
    subscribe: async ({ args, context }) =>
      parkService.subscribe(
        context as RequestContext,
        'BILL_RUN_PROGRESS',
        (args as { parkId: string }).parkId,
      ),
    description: 'Each step of the park’s bill runs: after every batch of companies, and when one finishes.',
  })
  billRunProgress(
    @Root() payload: BillRunPayload,
    @Arg('parkId', () => ID, { description: 'Park to watch.' }) _parkId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return billingService.run(ctx, payload.runId);
  }

  @Authorized('bill.read')
  @Subscription(() => BillType, {
    subscribe: ({ context }) => {
      const ctx = context as RequestContext;
      // Keyed by the subscriber's own company: nobody listens to another's.
      return ctx.pubsub.subscribe(
        'BILL_CHANGED',
        (ctx.actor.kind === 'tenant' ? ctx.actor.tenantId : null) ?? 'none',
      );
    },
    description:
      'Portal: one of the company’s bills changed (a payment or refund booked on it, or its invoice request asked for, withdrawn, issued or refused).',
  })
  myBillChanged(@Root() payload: BillChangedPayload, @Ctx() ctx: RequestContext) {
    return billingService.get(ctx, payload.billId);
  }

  @Authorized('bill.read')
  @Subscription(() => BillType, {
    subscribe: async ({ args, context }) =>
      parkService.subscribe(
        context as RequestContext,
        'PARK_BILL_CHANGED',
        (args as { parkId: string }).parkId,
      ),
    description:
      'Console: a bill of the park changed (a payment or refund booked on it): refresh aging and lists.',
  })
  parkBillChanged(
    @Root() payload: BillChangedPayload,
    @Arg('parkId', () => ID, { description: 'Park to watch.' }) _parkId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return billingService.get(ctx, payload.billId);
  }
}
