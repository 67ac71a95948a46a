import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { connectionOf, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { consumptionService } from './consumption.service.js';
import { ConsumptionQueryInput, ConsumptionSeriesType, TenantMeterUsageType } from './consumption.type.js';
import { MeterKind, MeterLevel } from './energy.enums.js';
import { CreateMeterInput, ManualReadingInput, UpdateMeterInput } from './meter.inputs.js';
import { meterService } from './meter.service.js';
import { MeterReadingType, MeterType, RecordReadingResultType } from './meter.type.js';

const MeterConnection = connectionOf(MeterType, 'Meter', 'meter');

@Resolver()
export class EnergyResolver {
  @Authorized('energy.read')
  @Query(() => MeterConnection, {
    description: 'The meter register by code: staff see their parks’, a tenant its own.',
  })
  meters(
    @Arg('parkId', () => ID, { nullable: true, description: 'Park.' }) parkId: string | undefined,
    @Arg('kind', () => MeterKind, { nullable: true, description: 'What they measure.' }) kind:
      | MeterKind
      | undefined,
    @Arg('level', () => MeterLevel, { nullable: true, description: 'Level in the tree.' }) level:
      | MeterLevel
      | undefined,
    @Arg('buildingId', () => ID, { nullable: true, description: 'Building.' }) buildingId: string | undefined,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Company (staff).' }) tenantId:
      | string
      | undefined,
    @Arg('search', () => String, { nullable: true, description: 'Part of the code or name.' }) search:
      | string
      | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return meterService.meters(ctx, { parkId, kind, level, buildingId, tenantId, search }, page, info);
  }

  @Authorized('energy.read')
  @Query(() => MeterType, { nullable: true, description: 'One meter.' })
  meter(@Arg('id', () => ID, { description: 'Meter id.' }) id: string, @Ctx() ctx: RequestContext) {
    return meterService.meter(ctx, id);
  }

  @Authorized('energy.read')
  @Query(() => [MeterReadingType], {
    description: 'A meter’s raw readings with their verdicts, newest first.',
  })
  meterReadings(
    @Arg('meterId', () => ID, { description: 'Meter.' }) meterId: string,
    @Arg('from', { description: 'From (included).' }) from: Date,
    @Arg('to', { description: 'Until (excluded).' }) to: Date,
    @Arg('limit', () => Int, { defaultValue: 500, description: 'At most this many (≤ 2000).' }) limit: number,
    @Ctx() ctx: RequestContext,
  ) {
    return meterService.readings(ctx, meterId, from, to, Math.max(1, limit));
  }

  @Authorized('energy.read')
  @Query(() => [ConsumptionSeriesType], {
    description: 'Consumption from the rollups by meter, building, floor, tenant or kind, per bucket.',
  })
  energyConsumption(
    @Arg('input', () => ConsumptionQueryInput, { description: 'What to sum.' }) input: ConsumptionQueryInput,
    @Ctx() ctx: RequestContext,
  ) {
    return consumptionService.consumption(ctx, input);
  }

  @Authorized('energy.read')
  @Query(() => [TenantMeterUsageType], {
    description:
      'Tenant sub-meter consumption per billing period, with the readings it rests on (bill runs).',
  })
  tenantMeterUsage(
    @Arg('parkId', () => ID, { description: 'Park.' }) parkId: string,
    @Arg('from', { description: 'First day of the period (YYYY-MM-DD).' }) from: string,
    @Arg('to', { description: 'Last day, included (YYYY-MM-DD).' }) to: string,
    @Arg('tenantId', () => ID, { nullable: true, description: 'One company (staff).' }) tenantId:
      | string
      | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return consumptionService.tenantUsage(ctx, parkId, from, to, tenantId);
  }

  @Authorized('energy.manage')
  @Mutation(() => MeterType, { description: 'Adds a meter (or a virtual meter, with terms).' })
  createMeter(
    @Arg('input', () => CreateMeterInput, { description: 'The meter.' }) input: CreateMeterInput,
    @Ctx() ctx: RequestContext,
  ) {
    return meterService.create(ctx, input);
  }

  @Authorized('energy.manage')
  @Mutation(() => MeterType, {
    description: 'Changes a meter’s place, owner, register rules or device link.',
  })
  updateMeter(
    @Arg('id', () => ID, { description: 'Meter id.' }) id: string,
    @Arg('input', () => UpdateMeterInput, { description: 'Changes.' }) input: UpdateMeterInput,
    @Ctx() ctx: RequestContext,
  ) {
    return meterService.update(ctx, id, input);
  }

  @Authorized('energy.record')
  @Mutation(() => RecordReadingResultType, {
    description: 'Records a reading typed in from a meter without a device link; validated like a device’s.',
  })
  recordMeterReading(
    @Arg('input', () => ManualReadingInput, { description: 'The reading.' }) input: ManualReadingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return meterService.recordManual(ctx, input);
  }
}
