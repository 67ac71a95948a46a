import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { connectionOf, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { BuildingType, FloorType, toBuildingType, toFloorType } from '../building/building.type.js';
import { parkService } from '../park/park.service.js';
import { ParkType, toParkType } from '../park/park.type.js';
import { toUnitType, UnitType_ } from '../unit/unit.type.js';
import { EquipmentStatus } from './equipment.entity.js';
import {
  CreateEquipmentInput,
  EquipmentFilter,
  EquipmentOrder,
  RecordEquipmentEventInput,
  UpdateEquipmentInput,
} from './equipment.inputs.js';
import { equipmentService } from './equipment.service.js';
import type { EquipmentChangePayload } from './equipment.topics.js';
import { EquipmentEventType, EquipmentType } from './equipment.type.js';
import { equipmentHistoryService } from './equipment-history.service.js';

const EquipmentConnection = connectionOf(EquipmentType, 'Equipment', 'equipment');
const EquipmentEventConnection = connectionOf(EquipmentEventType, 'EquipmentEvent', 'equipment history');

@ObjectType('EquipmentChange', { description: 'Equipment of a park was added or changed.' })
class EquipmentChange {
  @Field({ description: 'CREATED, UPDATED or STATUS_CHANGED.' })
  kind!: string;

  @Field(() => EquipmentType, { description: 'The equipment as it is now.' })
  equipment!: EquipmentType;
}

@Resolver(() => EquipmentType)
export class EquipmentResolver {
  @Authorized('equipment.read')
  @Query(() => EquipmentType, { nullable: true, description: 'One asset by id; NOT_FOUND when unknown.' })
  equipment(@Arg('id', () => ID, { description: 'Equipment id.' }) id: string, @Ctx() ctx: RequestContext) {
    return equipmentService.get(ctx, id);
  }

  @Authorized('equipment.read')
  @Query(() => EquipmentType, { nullable: true, description: 'One asset by the code on its QR label.' })
  equipmentByCode(@Arg('code', { description: 'Equipment code.' }) code: string, @Ctx() ctx: RequestContext) {
    return equipmentService.getByCode(ctx, code);
  }

  @Authorized('equipment.read')
  @Query(() => EquipmentConnection, {
    description: 'The equipment ledger, filtered and sorted, one page at a time.',
  })
  equipmentLedger(
    @Args() page: PageArgs,
    @Arg('filter', () => EquipmentFilter, { nullable: true, description: 'Which equipment.' })
    filter: EquipmentFilter | undefined,
    @Arg('orderBy', () => EquipmentOrder, {
      nullable: true,
      description: 'Sort order; by code when omitted.',
    })
    orderBy: EquipmentOrder | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return equipmentService.list(ctx, filter, orderBy, page, info);
  }

  @Authorized('equipment.write')
  @Mutation(() => EquipmentType, { description: 'Adds equipment to the ledger; records INSTALLED.' })
  createEquipment(
    @Arg('input', () => CreateEquipmentInput, { description: 'The equipment.' }) input: CreateEquipmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return equipmentService.create(ctx, input);
  }

  @Authorized('equipment.write')
  @Mutation(() => EquipmentType, { description: 'Changes equipment details; records UPDATED and MOVED.' })
  updateEquipment(
    @Arg('id', () => ID, { description: 'Equipment id.' }) id: string,
    @Arg('input', () => UpdateEquipmentInput, { description: 'Changes.' }) input: UpdateEquipmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return equipmentService.update(ctx, id, input);
  }

  @Authorized('equipment.write')
  @Mutation(() => EquipmentType, { description: 'Sets the operating state; RETIRED is final.' })
  changeEquipmentStatus(
    @Arg('id', () => ID, { description: 'Equipment id.' }) id: string,
    @Arg('status', () => EquipmentStatus, { description: 'New state.' }) status: EquipmentStatus,
    @Arg('note', () => String, { nullable: true, description: 'Why.' }) note: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return equipmentHistoryService.changeStatus(ctx, id, status, note);
  }

  @Authorized('equipment.write')
  @Mutation(() => EquipmentEventType, { description: 'Records an inspection, maintenance or repair.' })
  recordEquipmentEvent(
    @Arg('equipmentId', () => ID, { description: 'Equipment id.' }) equipmentId: string,
    @Arg('input', () => RecordEquipmentEventInput, { description: 'What was done.' })
    input: RecordEquipmentEventInput,
    @Ctx() ctx: RequestContext,
  ) {
    return equipmentHistoryService.record(ctx, equipmentId, input);
  }

  @Authorized('equipment.read')
  @Subscription(() => EquipmentChange, {
    subscribe: ({ args, context }) =>
      parkService.subscribe(
        context as RequestContext,
        'EQUIPMENT_CHANGED',
        (args as { parkId: string }).parkId,
      ),
    description: 'Equipment of a park added or changed, as it happens.',
  })
  async equipmentChanged(
    @Root() payload: EquipmentChangePayload,
    @Arg('parkId', () => ID, { description: 'Park to watch.' }) _parkId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<EquipmentChange> {
    return { kind: payload.kind, equipment: await equipmentService.get(ctx, payload.equipmentId) };
  }
  @Authorized('equipment.read')

  @FieldResolver(() => ParkType, { description: 'Park that owns it.' })
  async park(@Root() e: EquipmentType, @Ctx() ctx: RequestContext) {
    return toParkType((await ctx.loaders.parkById.load(e.parkId))!);
  }
  @Authorized('equipment.read')

  @FieldResolver(() => BuildingType, { nullable: true, description: 'Building it is in.' })
  building(@Root() e: EquipmentType, @Ctx() ctx: RequestContext) {
    // Read with the ledger page (same statement, same row-level security): no loader round.
    const placed = equipmentService.placed(e, 'building');
    if (placed !== undefined) return placed && toBuildingType(placed);
    return e.buildingId
      ? ctx.loaders.buildingById.load(e.buildingId).then((b) => (b ? toBuildingType(b) : null))
      : null;
  }
  @Authorized('equipment.read')

  @FieldResolver(() => FloorType, { nullable: true, description: 'Floor it is on.' })
  floor(@Root() e: EquipmentType, @Ctx() ctx: RequestContext) {
    const placed = equipmentService.placed(e, 'floor');
    if (placed !== undefined) return placed && toFloorType(placed);
    return e.floorId ? ctx.loaders.floorById.load(e.floorId).then((f) => (f ? toFloorType(f) : null)) : null;
  }
  @Authorized('equipment.read')

  @FieldResolver(() => UnitType_, { nullable: true, description: 'Unit (room, plant room) it is in.' })
  async unit(@Root() e: EquipmentType, @Ctx() ctx: RequestContext) {
    const u = e.unitId ? await ctx.loaders.unitById.load(e.unitId) : undefined;
    return u ? toUnitType(u) : null;
  }
  @Authorized('equipment.read')

  @FieldResolver(() => Boolean, { description: 'The warranty has not ended today (UTC date).' })
  inWarranty(@Root() e: EquipmentType, @Ctx() ctx: RequestContext) {
    return e.warrantyEnd !== null && e.warrantyEnd >= ctx.now().toISOString().slice(0, 10);
  }
  @Authorized('equipment.read')

  @FieldResolver(() => EquipmentEventConnection, { description: 'Life-cycle history, newest first.' })
  history(
    @Root() e: EquipmentType,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return equipmentHistoryService.history(ctx, e.id, page, info);
  }
}
