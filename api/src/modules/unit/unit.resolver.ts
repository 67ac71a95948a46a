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
import { BuildingType, FloorType, toBuildingType, toFloorType } from '../building/building.type.js';
import { ParkType, toParkType } from '../park/park.type.js';
import { TenantCompanyType, toTenantCompanyType } from '../tenant/tenant.type.js';
import { CreateUnitInput, UnitFilter, UnitOrder, UpdateUnitInput } from './unit.inputs.js';
import { unitService } from './unit.service.js';
import { UnitType_ } from './unit.type.js';

export const UnitConnection = connectionOf(UnitType_, 'Unit', 'unit');

@Resolver(() => UnitType_)
export class UnitResolver {
  @Authorized('asset.read')
  @Query(() => UnitType_, { nullable: true, description: 'One unit by id; NOT_FOUND when unknown.' })
  unit(@Arg('id', () => ID, { description: 'Unit id.' }) id: string, @Ctx() ctx: RequestContext) {
    return unitService.get(ctx, id);
  }

  @Authorized('asset.read')
  @Query(() => UnitConnection, { description: 'Units, filtered and sorted, one page at a time.' })
  units(
    @Args() page: PageArgs,
    @Arg('filter', () => UnitFilter, { nullable: true, description: 'Which units.' }) filter:
      | UnitFilter
      | undefined,
    @Arg('orderBy', () => UnitOrder, { nullable: true, description: 'Sort order; by code when omitted.' })
    orderBy: UnitOrder | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return unitService.list(ctx, filter, orderBy, page, info);
  }

  @Authorized('asset.write')
  @Mutation(() => UnitType_, {
    description:
      'Retires (停用) a unit; CONFLICT while a company leases or reserves it (UNIT_OCCUPIED) or equipment is in it (UNIT_HAS_EQUIPMENT).',
  })
  retireUnit(@Arg('id', () => ID, { description: 'Unit id.' }) id: string, @Ctx() ctx: RequestContext) {
    return unitService.retire(ctx, id);
  }

  @Authorized('asset.write')
  @Mutation(() => UnitType_, { description: 'Adds a unit to a floor.' })
  createUnit(
    @Arg('input', () => CreateUnitInput, { description: 'The unit.' }) input: CreateUnitInput,
    @Ctx() ctx: RequestContext,
  ) {
    return unitService.create(ctx, input);
  }

  @Authorized('asset.write')
  @Mutation(() => UnitType_, { description: 'Changes a unit: areas, type, status and occupying tenant.' })
  updateUnit(
    @Arg('id', () => ID, { description: 'Unit id.' }) id: string,
    @Arg('input', () => UpdateUnitInput, { description: 'Changes.' }) input: UpdateUnitInput,
    @Ctx() ctx: RequestContext,
  ) {
    return unitService.update(ctx, id, input);
  }
  @Authorized('asset.read')

  @FieldResolver(() => ParkType, { description: 'Park of the unit.' })
  async park(@Root() unit: UnitType_, @Ctx() ctx: RequestContext) {
    return toParkType((await ctx.loaders.parkById.load(unit.parkId))!);
  }
  @Authorized('asset.read')

  @FieldResolver(() => BuildingType, { description: 'Building of the unit.' })
  async building(@Root() unit: UnitType_, @Ctx() ctx: RequestContext) {
    return toBuildingType((await ctx.loaders.buildingById.load(unit.buildingId))!);
  }
  @Authorized('asset.read')

  @FieldResolver(() => FloorType, { description: 'Floor of the unit.' })
  async floor(@Root() unit: UnitType_, @Ctx() ctx: RequestContext) {
    return toFloorType((await ctx.loaders.floorById.load(unit.floorId))!);
  }
  @Authorized('asset.read')

  @FieldResolver(() => TenantCompanyType, {
    nullable: true,
    description: 'Company occupying the unit, if any.',
  })
  async tenant(@Root() unit: UnitType_, @Ctx() ctx: RequestContext) {
    if (!unit.tenantId) return null;
    const tenant = await ctx.loaders.tenantById.load(unit.tenantId);
    return tenant ? toTenantCompanyType(tenant) : null;
  }
}
