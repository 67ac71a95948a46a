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
import { Occupancy } from '../occupancy/occupancy.type.js';
import { ParkType, toParkType } from '../park/park.type.js';
import {
  BuildingFilter,
  BuildingOrder,
  CreateBuildingInput,
  UpdateBuildingInput,
} from './building.inputs.js';
import { buildingService } from './building.service.js';
import { BuildingType, FloorType, toFloorType } from './building.type.js';

const BuildingConnection = connectionOf(BuildingType, 'Building', 'building');

@Resolver(() => BuildingType)
export class BuildingResolver {
  @Authorized('asset.read')
  @Query(() => BuildingType, { nullable: true, description: 'One building by id; NOT_FOUND when unknown.' })
  building(@Arg('id', () => ID, { description: 'Building id.' }) id: string, @Ctx() ctx: RequestContext) {
    return buildingService.get(ctx, id);
  }

  @Authorized('asset.read')
  @Query(() => BuildingConnection, { description: 'Buildings, filtered and sorted, one page at a time.' })
  buildings(
    @Args() page: PageArgs,
    @Arg('filter', () => BuildingFilter, { nullable: true, description: 'Which buildings.' })
    filter: BuildingFilter | undefined,
    @Arg('orderBy', () => BuildingOrder, { nullable: true, description: 'Sort order; by code when omitted.' })
    orderBy: BuildingOrder | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return buildingService.list(ctx, filter, orderBy, page, info);
  }

  @Authorized('asset.write')
  @Mutation(() => BuildingType, {
    description:
      'Retires (停用) a building with its floors; CONFLICT while a unit is in use (BUILDING_HAS_UNITS) or equipment is installed (BUILDING_HAS_EQUIPMENT).',
  })
  retireBuilding(
    @Arg('id', () => ID, { description: 'Building id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return buildingService.retire(ctx, id);
  }

  @Authorized('asset.write')
  @Mutation(() => BuildingType, { description: 'Adds a building with its floors.' })
  createBuilding(
    @Arg('input', () => CreateBuildingInput, { description: 'The building.' }) input: CreateBuildingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return buildingService.create(ctx, input);
  }

  @Authorized('asset.write')
  @Mutation(() => BuildingType, { description: 'Changes a building.' })
  updateBuilding(
    @Arg('id', () => ID, { description: 'Building id.' }) id: string,
    @Arg('input', () => UpdateBuildingInput, { description: 'Changes.' }) input: UpdateBuildingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return buildingService.update(ctx, id, input);
  }

  @FieldResolver(() => ParkType, { description: 'Park of the building.' })
  async park(@Root() b: BuildingType, @Ctx() ctx: RequestContext) {
    return toParkType((await ctx.loaders.parkById.load(b.parkId))!);
  }

  @FieldResolver(() => [FloorType], { description: 'Floors from the lowest basement up.' })
  async floors(@Root() b: BuildingType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.floorsByBuilding.load(b.id)).map(toFloorType);
  }
  @Authorized('asset.read')

  @FieldResolver(() => Occupancy, { description: 'Occupancy of the building.' })
  occupancy(@Root() b: BuildingType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.occupancyByBuilding.load(b.id);
  }
}
