import { Authorized, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { ActorKind, ViewerType } from '../auth/auth.type.js';
import { SIGNED_IN } from '../auth/permissions.js';
import { workOrderRepository } from './work-order.repository.js';

@Resolver(() => ViewerType)
export class ViewerHomeResolver {
  @Authorized(SIGNED_IN)
  @FieldResolver(() => ID, {
    nullable: true,
    description:
      'Staff: of their parks, the one with most open work orders (where the console opens until they choose one).',
  })
  busiestParkId(@Root() v: ViewerType, @Ctx() ctx: RequestContext) {
    return v.kind === ActorKind.STAFF ? workOrderRepository.busiestPark(ctx.em) : null;
  }
}
