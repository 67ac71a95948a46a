import { filter, pipe } from '@graphql-yoga/subscription';
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
import {
  CreateEnergyAlertRuleInput,
  EnergyAlertFilter,
  EnergyAlertRuleSettingsInput,
} from './energy-alert.inputs.js';
import { energyAlertService } from './energy-alert.service.js';
import type { EnergyAlertChangePayload } from './energy-alert.topics.js';
import {
  EnergyAlertChangeType,
  EnergyAlertEvaluationType,
  EnergyAlertRuleType,
  EnergyAlertType,
} from './energy-alert.type.js';

const EnergyAlertConnection = connectionOf(EnergyAlertType, 'EnergyAlert', 'energy alert');

@Resolver()
export class EnergyAlertResolver {
  @Authorized('energy.read')
  @Query(() => EnergyAlertConnection, {
    description: 'Energy alerts, newest first: staff see their parks’, a tenant its own meters’.',
  })
  energyAlerts(
    @Arg('filter', () => EnergyAlertFilter, { nullable: true, description: 'Which alerts.' }) filter:
      | EnergyAlertFilter
      | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return energyAlertService.list(ctx, filter, page, info);
  }

  @Authorized('energy.read')
  @Query(() => EnergyAlertType, { nullable: true, description: 'One energy alert.' })
  energyAlert(@Arg('id', () => ID, { description: 'Alert id.' }) id: string, @Ctx() ctx: RequestContext) {
    return energyAlertService.get(ctx, id);
  }

  @Authorized('energy.read')
  @Query(() => [EnergyAlertRuleType], { description: 'A park’s energy alert rules (staff).' })
  energyAlertRules(
    @Arg('parkId', () => ID, { description: 'Park.' }) parkId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return energyAlertService.rules(ctx, parkId);
  }

  @Authorized('energy.alert.manage')
  @Mutation(() => EnergyAlertRuleType, { description: 'Adds an energy alert rule to a park.' })
  createEnergyAlertRule(
    @Arg('input', () => CreateEnergyAlertRuleInput, { description: 'The rule.' })
    input: CreateEnergyAlertRuleInput,
    @Ctx() ctx: RequestContext,
  ) {
    return energyAlertService.createRule(ctx, input);
  }

  @Authorized('energy.alert.manage')
  @Mutation(() => EnergyAlertRuleType, { description: 'Changes an energy alert rule.' })
  updateEnergyAlertRule(
    @Arg('id', () => ID, { description: 'Rule id.' }) id: string,
    @Arg('input', () => EnergyAlertRuleSettingsInput, { description: 'Changes.' })
    input: EnergyAlertRuleSettingsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return energyAlertService.updateRule(ctx, id, input);
  }

  @Authorized('energy.alert.manage')
  @Mutation(() => EnergyAlertRuleType, {
    description: 'Disables (or enables again) an energy alert rule; a disabled rule’s alerts clear.',
  })
  setEnergyAlertRuleEnabled(
    @Arg('id', () => ID, { description: 'Rule id.' }) id: string,
    @Arg('enabled', { description: 'Evaluate it.' }) enabled: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return energyAlertService.setRuleEnabled(ctx, id, enabled);
  }

  @Authorized('energy.alert.manage')
  @Mutation(() => EnergyAlertEvaluationType, { description: 'Evaluates a park’s energy alert rules now.' })
  evaluateEnergyAlerts(
    @Arg('parkId', () => ID, { description: 'Park.' }) parkId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return energyAlertService.evaluate(ctx, parkId);
  }

  @Authorized('energy.alert.manage')
  @Mutation(() => EnergyAlertType, { description: 'Acknowledges an open energy alert.' })
  acknowledgeEnergyAlert(
    @Arg('id', () => ID, { description: 'Alert id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return energyAlertService.acknowledge(ctx, id);
  }

  @Authorized('energy.alert.manage')
  @Mutation(() => EnergyAlertType, {
    description:
      'Closes an energy alert; one whose condition still holds opens again only for a newer observation.',
  })
  closeEnergyAlert(
    @Arg('id', () => ID, { description: 'Alert id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return energyAlertService.close(ctx, id);
  }

  @Authorized('energy.read')
  @Subscription(() => EnergyAlertChangeType, {
    // The park must be in reach; tenants wake only for their own meters' alerts.
    subscribe: async ({ args, context }) => {
      const ctx = context as RequestContext;
      const events = await parkService.subscribe(
        ctx,
        'ENERGY_ALERT_CHANGED',
        (args as { parkId: string }).parkId,
      );
      const actor = ctx.signedIn;
      const own = (p: EnergyAlertChangePayload) => actor.kind !== 'tenant' || p.tenantId === actor.tenantId;
      return pipe(events, filter(own));
    },
    description:
      'Energy alerts of a park opened, cleared, acknowledged or closed, as it happens (control room).',
  })
  async energyAlertChanged(
    @Root() payload: EnergyAlertChangePayload,
    @Arg('parkId', () => ID, { description: 'Park to watch.' }) _parkId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<EnergyAlertChangeType> {
    return { action: payload.action, alert: await energyAlertService.get(ctx, payload.alertId) };
  }
}
