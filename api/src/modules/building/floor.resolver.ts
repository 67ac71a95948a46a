import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { Occupancy } from '../occupancy/occupancy.type.js';
import { toUnitType, UnitType_ } from '../unit/unit.type.js';
import { CreateFloorInput, UpdateFloorInput } from './building.inputs.js';
import { buildingService } from './building.service.js';
import { BuildingType, FloorType, toBuildingType } from './building.type.js';

@Resolver(() => FloorType)
export class FloorResolver {
  @Authorized('asset.read')
  @Query(() => FloorType, { nullable: true, description: 'One floor by id; NOT_FOUND when unknown.' })
  floor(@Arg('id', () => ID, { description: 'Floor id.' }) id: string, @Ctx() ctx: RequestContext) {
    return buildingService.getFloor(ctx, id);
  }

  @Authorized('asset.write')
  @Mutation(() => FloorType, { description: 'Adds a floor to a building; CONFLICT when its level exists.' })
  createFloor(
    @Arg('input', () => CreateFloorInput, { description: 'The floor.' }) input: CreateFloorInput,
    @Ctx() ctx: RequestContext,
  ) {
    return buildingService.createFloor(ctx, input);
  }

  @Authorized('asset.write')
  @Mutation(() => FloorType, {
    description:
      'Retires (停用) a floor; CONFLICT while a unit on it is in use (FLOOR_HAS_UNITS) or equipment is on it (FLOOR_HAS_EQUIPMENT).',
  })
  retireFloor(@Arg('id', () => ID, { description: 'Floor id.' }) id: string, @Ctx() ctx: RequestContext) {
    return buildingService.retireFloor(ctx, id);
  }

  @Authorized('asset.write')
  @Mutation(() => FloorType, { description: 'Changes a floor.' })
  updateFloor(
    @Arg('id', () => ID, { description: 'Floor id.' }) id: string,
    @Arg('input', () => UpdateFloorInput, { description: 'Changes.' }) input: UpdateFloorInput,
    @Ctx() ctx: RequestContext,
  ) {
    return buildingService.updateFloor(ctx, id, input);
  }

  @FieldResolver(() => BuildingType, { description: 'Building of the floor.' })
  async building(@Root() f: FloorType, @Ctx() ctx: RequestContext) {
    return toBuildingType((await ctx.loaders.buildingById.load(f.buildingId))!);
  }
  @Authorized('asset.read')

  @FieldResolver(() => [UnitType_], { description: 'Units on the floor, by code.' })
  async units(@Root() f: FloorType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.unitsByFloor.load(f.id)).map(toUnitType);
  }
  @Authorized('asset.read')

  @FieldResolver(() => Occupancy, { description: 'Occupancy of the floor.' })
  occupancy(@Root() f: FloorType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.occupancyByFloor.load(f.id);
  }
}
