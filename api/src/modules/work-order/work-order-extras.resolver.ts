import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { commentService } from './comment.service.js';
import { quoteService } from './quote.service.js';
import { QuoteWorkOrderInput } from './work-order.inputs.js';
import { toWorkOrderType, WorkOrderType } from './work-order.type.js';
import type { WorkOrderComment } from './work-order-comment.entity.js';

@ObjectType('WorkOrderComment', { description: 'A remark on a work order.' })
class WorkOrderCommentType {
  @Field(() => ID, { description: 'Comment id.' })
  id!: string;

  @Field({ description: 'The text.' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'Who wrote it.' })
  author!: string | null;

  @Field({ description: 'Staff only (tenants never see internal comments).' })
  internal!: boolean;

  @Field({ description: 'When.' })
  createdAt!: Date;
}

const toCommentType = (c: WorkOrderComment): WorkOrderCommentType => ({
  id: c.id,
  body: c.body,
  author: c.authorLabel ?? null,
  internal: c.internal,
  createdAt: c.createdAt,
});

/** Paid-repair quotes, comments and follow-up links of work orders. */
@Resolver(() => WorkOrderType)
export class WorkOrderExtrasResolver {
  @Authorized('workOrder.read')
  @Mutation(() => WorkOrderType, {
    description: 'Quotes a paid repair (the assignee or the desk, before work starts); the tenant decides.',
  })
  quoteWorkOrder(
    @Arg('id', () => ID, { description: 'Work order id.' }) id: string,
    @Arg('input', () => QuoteWorkOrderInput, { description: 'The quote.' }) input: QuoteWorkOrderInput,
    @Ctx() ctx: RequestContext,
  ) {
    return quoteService.quote(ctx, id, input);
  }

  @Authorized('workOrder.verify')
  @Mutation(() => WorkOrderType, {
    description: 'The tenant accepts or declines the pending quote; accepted, the amount becomes billable.',
  })
  decideWorkOrderQuote(
    @Arg('id', () => ID, { description: 'Work order id.' }) id: string,
    @Arg('accept', { description: 'Accept (true) or decline (false).' }) accept: boolean,
    @Arg('note', () => String, { nullable: true, description: 'Why, if declined.' }) note: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return quoteService.decide(ctx, id, accept, note);
  }

  @Authorized('workOrder.read')
  @Mutation(() => WorkOrderCommentType, { description: 'Adds a comment to a work order you can see.' })
  async addWorkOrderComment(
    @Arg('workOrderId', () => ID, { description: 'Work order id.' }) workOrderId: string,
    @Arg('body', { description: 'The text (1–1000 characters).' }) body: string,
    @Arg('internal', { defaultValue: false, description: 'Staff only.' }) internal: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    const text = body.trim();
    return toCommentType(await commentService.add(ctx, workOrderId, text, internal));
  }

  @FieldResolver(() => [WorkOrderCommentType], { description: 'Comments you may see, oldest first.' })
  async comments(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.commentsByWorkOrder.load(w.id)).map(toCommentType);
  }

  @FieldResolver(() => WorkOrderType, {
    nullable: true,
    description: 'The order this one follows up (a return visit’s repair).',
  })
  async followUpOf(@Root() w: WorkOrderType, @Ctx() ctx: RequestContext) {
    const o = w.followUpOfId ? await ctx.loaders.workOrderById.load(w.followUpOfId) : undefined;
    return o ? toWorkOrderType(o) : null;
  }
}
