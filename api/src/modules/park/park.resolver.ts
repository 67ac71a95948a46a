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
import { BuildingType, toBuildingType } from '../building/building.type.js';
import { Occupancy } from '../occupancy/occupancy.type.js';
import { CreateParkInput, ParkFilter, ParkOrder, UpdateParkInput } from './park.inputs.js';
import { parkService } from './park.service.js';
import { ParkType } from './park.type.js';

const ParkConnection = connectionOf(ParkType, 'Park', 'park');

@Resolver(() => ParkType)
export class ParkResolver {
  @Authorized('asset.read')
  @Query(() => ParkType, { nullable: true, description: 'One park by id; NOT_FOUND when unknown.' })
  park(@Arg('id', () => ID, { description: 'Park id.' }) id: string, @Ctx() ctx: RequestContext) {
    return parkService.get(ctx, id);
  }

  @Authorized('asset.read')
  @Query(() => ParkConnection, { description: 'Parks, filtered and sorted, one page at a time.' })
  parks(
    @Args() page: PageArgs,
    @Arg('filter', () => ParkFilter, { nullable: true, description: 'Which parks.' }) filter:
      | ParkFilter
      | undefined,
    @Arg('orderBy', () => ParkOrder, { nullable: true, description: 'Sort order; by name when omitted.' })
    orderBy: ParkOrder | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return parkService.list(ctx, filter, orderBy, page, info);
  }

  @Authorized('park.manage')
  @Mutation(() => ParkType, { description: 'Adds a park.' })
  createPark(
    @Arg('input', () => CreateParkInput, { description: 'The park.' }) input: CreateParkInput,
    @Ctx() ctx: RequestContext,
  ) {
    return parkService.create(ctx, input);
  }

  @Authorized('park.manage')
  @Mutation(() => ParkType, { description: 'Changes a park.' })
  updatePark(
    @Arg('id', () => ID, { description: 'Park id.' }) id: string,
    @Arg('input', () => UpdateParkInput, { description: 'Changes.' }) input: UpdateParkInput,
    @Ctx() ctx: RequestContext,
  ) {
    return parkService.update(ctx, id, input);
  }

  @Authorized('park.manage')
  @Mutation(() => ParkType, {
    description:
      'Retires (停用) a park; CONFLICT while a building is in use (PARK_HAS_BUILDINGS) or a company is in it (PARK_HAS_TENANTS).',
  })
  retirePark(@Arg('id', () => ID, { description: 'Park id.' }) id: string, @Ctx() ctx: RequestContext) {
    return parkService.retire(ctx, id);
  }

  @FieldResolver(() => [BuildingType], { description: 'Buildings of the park, by code.' })
  async buildings(@Root() park: ParkType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.buildingsByPark.load(park.id)).map(toBuildingType);
  }
  @Authorized('asset.read')

  @FieldResolver(() => Occupancy, { description: 'Occupancy of the whole park.' })
  occupancy(@Root() park: ParkType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.occupancyByPark.load(park.id);
  }
}
