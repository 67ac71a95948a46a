import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
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
import { GateDirection, GateSource, VehicleListKind } from './parking.enums.js';
import { gateService } from './parking.gate.js';
import {
  AddVehicleInput,
  CreateParkingLotInput,
  CreateParkingRateInput,
  FlowGranularity,
  GateEventInput,
  ParkingChargeFilter,
  ParkingEventFilter,
  UpdateParkingLotInput,
} from './parking.inputs.js';
import { parkingService } from './parking.service.js';
import type { ParkingChangePayload } from './parking.topics.js';
import {
  GateDecisionType,
  ParkingChangeType,
  ParkingChargeConnection,
  ParkingEventType,
  ParkingFlowBucketType,
  ParkingLotType,
  ParkingOccupancyType,
  ParkingRateType,
  VehicleListEntryType,
} from './parking.type.js';
import { vehicleListService } from './parking-vehicle.service.js';

const ParkingEventConnection = connectionOf(ParkingEventType, 'ParkingEvent', 'gate event');
const VehicleListConnection = connectionOf(VehicleListEntryType, 'VehicleListEntry', 'listed vehicle');

@Resolver()
export class ParkingResolver {
  @Authorized('parking.read')
  @Query(() => [ParkingLotType], { description: 'A park’s lots, by code.' })
  parkingLots(@Arg('parkId', () => ID, { description: 'Park.' }) parkId: string, @Ctx() ctx: RequestContext) {
    return parkingService.lots(ctx, parkId);
  }

  @Authorized('parking.read')
  @Query(() => ParkingOccupancyType, { description: 'Cars inside each open lot now, by space type.' })
  parkingOccupancy(
    @Arg('parkId', () => ID, { description: 'Park.' }) parkId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return parkingService.occupancy(ctx, parkId);
  }

  @Authorized('parking.read')
  @Query(() => [ParkingRateType], { description: 'A park’s rate table, newest first.' })
  parkingRates(
    @Arg('parkId', () => ID, { description: 'Park.' }) parkId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return parkingService.rates(ctx, parkId);
  }

  @Authorized('parking.read')
  @Query(() => ParkingEventConnection, { description: 'The entry/exit log, newest first.' })
  parkingEvents(
    @Arg('filter', () => ParkingEventFilter, { description: 'Which events.' }) filter: ParkingEventFilter,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return parkingService.events(ctx, filter, page, info);
  }

  @Authorized('parking.read')
  @Query(() => ParkingChargeConnection, {
    description: 'Fees of temporary stays (recorded at exit, for billing), newest first, with their sum.',
  })
  parkingCharges(
    @Arg('filter', () => ParkingChargeFilter, { description: 'Which charges.' }) filter: ParkingChargeFilter,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return parkingService.charges(ctx, filter, page, info);
  }

  @Authorized('parking.read')
  @Query(() => [ParkingFlowBucketType], {
    description: 'Entries, exits, refusals and fees per hour (≤ 31 days) or day (≤ 400 days), park time.',
  })
  parkingFlow(
    @Arg('parkId', () => ID, { description: 'Park.' }) parkId: string,
    @Arg('from', { description: 'First day (YYYY-MM-DD).' }) from: string,
    @Arg('to', { description: 'Last day (YYYY-MM-DD).' }) to: string,
    @Arg('granularity', () => FlowGranularity, {
      defaultValue: FlowGranularity.DAY,
      description: 'Hour or day.',
    })
    granularity: FlowGranularity,
    @Arg('lotId', () => ID, { nullable: true, description: 'One lot only.' }) lotId: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return parkingService.flow(ctx, { parkId, from, to, granularity, ...(lotId && { lotId }) });
  }

  @Authorized('vehicle.read')
  @Query(() => VehicleListConnection, {
    description: 'Listed vehicles by plate: staff see their parks’, a tenant its own company’s.',
  })
  vehicleList(
    @Arg('parkId', () => ID, { nullable: true, description: 'Park.' }) parkId: string | undefined,
    @Arg('tenantId', () => ID, { nullable: true, description: 'One company’s (staff).' }) tenantId:
      | string
      | undefined,
    @Arg('kind', () => VehicleListKind, { nullable: true, description: 'Let in or kept out.' })
    kind: VehicleListKind | undefined,
    @Arg('search', () => String, { nullable: true, description: 'Part of the plate or owner.' }) search:
      | string
      | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return vehicleListService.vehicles(ctx, { parkId, tenantId, kind, search }, page, info);
  }

  @Authorized('vehicle.read')
  @Query(() => VehicleListEntryType, { nullable: true, description: 'One listed vehicle.' })
  vehicleListEntry(
    @Arg('id', () => ID, { description: 'Entry id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return vehicleListService.vehicle(ctx, id);
  }

  @Authorized('parking.manage')
  @Mutation(() => ParkingLotType, { description: 'Adds a lot.' })
  createParkingLot(
    @Arg('input', () => CreateParkingLotInput, { description: 'The lot.' }) input: CreateParkingLotInput,
    @Ctx() ctx: RequestContext,
  ) {
    return parkingService.createLot(ctx, input);
  }

  @Authorized('parking.manage')
  @Mutation(() => ParkingLotType, { description: 'Renames a lot, recounts its spaces, opens or closes it.' })
  updateParkingLot(
    @Arg('id', () => ID, { description: 'Lot id.' }) id: string,
    @Arg('input', () => UpdateParkingLotInput, { description: 'Changes.' }) input: UpdateParkingLotInput,
    @Ctx() ctx: RequestContext,
  ) {
    return parkingService.updateLot(ctx, id, input);
  }

  @Authorized('parking.manage')
  @Mutation(() => ParkingRateType, { description: 'Adds a row to the rate table, from today or later.' })
  createParkingRate(
    @Arg('input', () => CreateParkingRateInput, { description: 'The rate.' }) input: CreateParkingRateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return parkingService.createRate(ctx, input);
  }

  @Authorized('parking.manage')
  @Mutation(() => ParkingRateType, { description: 'Removes a rate not yet in force.' })
  deleteParkingRate(
    @Arg('id', () => ID, { description: 'Rate id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return parkingService.deleteRate(ctx, id);
  }

  @Authorized('vehicle.manage')
  @Mutation(() => VehicleListEntryType, {
    description: 'Lists a plate: a tenant admin for their company; staff for anyone, or blocks one.',
  })
  addVehicle(
    @Arg('input', () => AddVehicleInput, { description: 'The vehicle.' }) input: AddVehicleInput,
    @Ctx() ctx: RequestContext,
  ) {
    return vehicleListService.addVehicle(ctx, input);
  }

  @Authorized('vehicle.manage')
  @Mutation(() => VehicleListEntryType, { description: 'Takes a plate off the list.' })
  removeVehicle(@Arg('id', () => ID, { description: 'Entry id.' }) id: string, @Ctx() ctx: RequestContext) {
    return vehicleListService.removeVehicle(ctx, id);
  }

  @Authorized('parking.operate')
  @Mutation(() => GateDecisionType, {
    description:
      'A car at an entry gate (barrier systems with parking:write, or the booth): whether to open, and why.',
  })
  recordParkingEntry(
    @Arg('input', () => GateEventInput, { description: 'The car.' }) input: GateEventInput,
    @Ctx() ctx: RequestContext,
  ) {
    return gateService.gate(ctx, input, GateDirection.IN, sourceOf(ctx));
  }

  @Authorized('parking.operate')
  @Mutation(() => GateDecisionType, {
    description: 'A car at an exit gate: closes its stay and answers the fee of a temporary car.',
  })
  recordParkingExit(
    @Arg('input', () => GateEventInput, { description: 'The car.' }) input: GateEventInput,
    @Ctx() ctx: RequestContext,
  ) {
    return gateService.gate(ctx, input, GateDirection.OUT, sourceOf(ctx));
  }

  @Authorized('parking.read')
  @Subscription(() => ParkingChangeType, {
    subscribe: async ({ args, context }) =>
      parkService.subscribe(
        context as RequestContext,
        'PARKING_CHANGED',
        (args as { parkId: string }).parkId,
      ),
    description: 'Each car in or out of a park, with the occupancy after it (the parking board).',
  })
  async parkingChanged(
    @Root() payload: ParkingChangePayload,
    @Arg('parkId', () => ID, { description: 'Park to watch.' }) parkId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return parkingService.change(ctx, payload.eventId, parkId);
  }
}

const sourceOf = (ctx: RequestContext) =>
  ctx.signedIn.kind === 'partner' ? GateSource.PARTNER : GateSource.STAFF;
