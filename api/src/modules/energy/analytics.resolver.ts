import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { analyticsService } from './analytics.service.js';
import { EnergyFlowType, EnergyOverviewType } from './analytics.type.js';
import { MeterKind } from './energy.enums.js';
import { CreateEmissionFactorInput, CreateTariffInput, EnergyScopeInput } from './tariff.inputs.js';
import { tariffService } from './tariff.service.js';
import { EmissionFactorType, EnergyTariffType, TouCostSplitType } from './tariff.type.js';

/** Energy analytics (SPEC §3.2, issue 18 item 5): tariffs, cost split, overview, flow. */
@Resolver()
export class AnalyticsResolver {
  @Authorized('energy.read')
  @Query(() => [EnergyTariffType], {
    description: 'A park’s time-of-use tariff versions, newest first per kind.',
  })
  energyTariffs(
    @Arg('parkId', () => ID, { description: 'Park.' }) parkId: string,
    @Arg('kind', () => MeterKind, { nullable: true, description: 'One kind.' }) kind: MeterKind | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return tariffService.tariffs(ctx, parkId, kind);
  }

  @Authorized('energy.read')
  @Query(() => [EmissionFactorType], { description: 'A park’s emission factors, newest first per kind.' })
  emissionFactors(
    @Arg('parkId', () => ID, { description: 'Park.' }) parkId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return tariffService.factors(ctx, parkId);
  }

  @Authorized('energy.read')
  @Query(() => TouCostSplitType, {
    description:
      'Consumption and cost per time-of-use band 峰平谷 of a scope over whole days (a tenant: its own).',
  })
  energyCostSplit(
    @Arg('input', () => EnergyScopeInput, { description: 'Scope and days.' }) input: EnergyScopeInput,
    @Ctx() ctx: RequestContext,
  ) {
    return tariffService.costSplit(ctx, input);
  }

  @Authorized('energy.read')
  @Query(() => EnergyOverviewType, {
    description:
      'The energy overview 能耗总览: today vs baseline, by building, 12-month trend with MoM/YoY, carbon and cost.',
  })
  energyOverview(
    @Arg('input', () => EnergyScopeInput, { description: 'Scope, kind (electricity when omitted) and days.' })
    input: EnergyScopeInput,
    @Ctx() ctx: RequestContext,
  ) {
    return analyticsService.overview(ctx, input);
  }

  @Authorized('energy.read')
  @Query(() => EnergyFlowType, {
    description:
      'Energy flow main → building → floor → tenant with the unmetered loss at each node (a Sankey).',
  })
  energyFlow(
    @Arg('parkId', () => ID, { description: 'Park.' }) parkId: string,
    @Arg('kind', () => MeterKind, { description: 'Kind.' }) kind: MeterKind,
    @Arg('from', { description: 'First day (YYYY-MM-DD).' }) from: string,
    @Arg('to', { description: 'Last day, included.' }) to: string,
    @Arg('withTenants', {
      defaultValue: true,
      description: 'Down to tenant sub-meters (else floors are the leaves).',
    })
    withTenants: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return analyticsService.flow(ctx, parkId, kind, from, to, withTenants);
  }

  @Authorized('energy.tariff.manage')
  @Mutation(() => EnergyTariffType, { description: 'Adds a tariff version, in force from its date.' })
  createEnergyTariff(
    @Arg('input', () => CreateTariffInput, { description: 'The version.' }) input: CreateTariffInput,
    @Ctx() ctx: RequestContext,
  ) {
    return tariffService.createTariff(ctx, input);
  }

  @Authorized('energy.tariff.manage')
  @Mutation(() => EmissionFactorType, { description: 'Adds an emission factor, in force from its date.' })
  createEmissionFactor(
    @Arg('input', () => CreateEmissionFactorInput, { description: 'The factor.' })
    input: CreateEmissionFactorInput,
    @Ctx() ctx: RequestContext,
  ) {
    return tariffService.createFactor(ctx, input);
  }
}
