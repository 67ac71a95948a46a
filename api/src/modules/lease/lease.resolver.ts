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
import {
  CreateLeaseInput,
  LeaseFilter,
  LeaseTermsInput,
  RenewLeaseInput,
  TerminateLeaseInput,
} from './lease.inputs.js';
import { leaseService } from './lease.service.js';
import { LeaseCycleType, LeaseType, LeaseUnitType } from './lease.type.js';

const LeaseConnection = connectionOf(LeaseType, 'Lease', 'lease');

@Resolver(() => LeaseType)
export class LeaseResolver {
  @Authorized('lease.read')
  @Query(() => LeaseConnection, {
    description:
      'Lease contracts, newest first (expiring soon: by last day), one page at a time. Tenants: their own.',
  })
  leases(
    @Args() page: PageArgs,
    @Arg('filter', () => LeaseFilter, { nullable: true, description: 'Which leases.' }) filter:
      | LeaseFilter
      | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return leaseService.list(ctx, filter, page, info);
  }

  @Authorized('lease.read')
  @Query(() => LeaseType, { description: 'One lease; NOT_FOUND when unknown or another company’s.' })
  lease(@Arg('id', () => ID, { description: 'Lease id.' }) id: string, @Ctx() ctx: RequestContext) {
    return leaseService.get(ctx, id);
  }

  @Authorized('lease.read')
  @FieldResolver(() => String, { description: 'The tenant company’s name.' })
  async tenantName(@Root() lease: LeaseType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.tenantById.load(lease.tenantId))?.name ?? '';
  }

  @Authorized('lease.read')
  @FieldResolver(() => [LeaseUnitType], { description: 'The units it holds, by code.' })
  async units(@Root() lease: LeaseType, @Ctx() ctx: RequestContext): Promise<LeaseUnitType[]> {
    const rows = await ctx.loaders.leaseUnits.load(lease.id);
    return rows.map((r) => ({ unitId: r.unit_id, unitCode: r.unit_code, area: r.area }));
  }

  @Authorized('lease.read')
  @FieldResolver(() => String, { description: 'Total area leased, m² (2 decimals).' })
  async area(@Root() lease: LeaseType, @Ctx() ctx: RequestContext) {
    const rows = await ctx.loaders.leaseUnits.load(lease.id);
    return (rows.reduce((s, r) => s + Math.round(Number(r.area) * 100), 0) / 100).toFixed(2);
  }

  @Authorized('lease.read')
  @FieldResolver(() => [LeaseCycleType], {
    description: 'What it bills, cycle by cycle: rent, property fee and deposit lines, each rounded once.',
  })
  schedule(@Root() lease: LeaseType, @Ctx() ctx: RequestContext) {
    return leaseService.schedule(ctx, lease.id);
  }

  @Authorized('lease.manage')
  @Mutation(() => LeaseType, { description: 'Drafts a lease; it binds nothing until signed.' })
  createLease(
    @Arg('input', () => CreateLeaseInput, { description: 'The lease.' }) input: CreateLeaseInput,
    @Ctx() ctx: RequestContext,
  ) {
    return leaseService.create(ctx, input);
  }

  @Authorized('lease.manage')
  @Mutation(() => LeaseType, { description: 'Replaces a draft’s terms and units (its tenant stays).' })
  updateLease(
    @Arg('id', () => ID, { description: 'Lease id.' }) id: string,
    @Arg('input', () => LeaseTermsInput, { description: 'Its terms.' }) input: LeaseTermsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return leaseService.update(ctx, id, input);
  }

  @Authorized('lease.manage')
  @Mutation(() => LeaseType, { description: 'Deletes a draft.' })
  deleteLease(@Arg('id', () => ID, { description: 'Lease id.' }) id: string, @Ctx() ctx: RequestContext) {
    return leaseService.deleteDraft(ctx, id);
  }

  @Authorized('lease.manage')
  @Mutation(() => LeaseType, {
    description:
      'Signs a draft: its units are bound to its term (UNIT_ALREADY_LEASED when another signed lease holds one then); a term already begun makes it ACTIVE and its units leased at once.',
  })
  signLease(@Arg('id', () => ID, { description: 'Lease id.' }) id: string, @Ctx() ctx: RequestContext) {
    return leaseService.sign(ctx, id);
  }

  @Authorized('lease.manage')
  @Mutation(() => LeaseType, { description: 'Ends a signed or active lease early on a given last day.' })
  terminateLease(
    @Arg('id', () => ID, { description: 'Lease id.' }) id: string,
    @Arg('input', () => TerminateLeaseInput, { description: 'Its last day and why.' })
    input: TerminateLeaseInput,
    @Ctx() ctx: RequestContext,
  ) {
    return leaseService.terminate(ctx, id, input);
  }

  @Authorized('lease.manage')
  @Mutation(() => LeaseType, {
    description:
      'Drafts the renewal of a lease from the day after its last day: same tenant, units and terms.',
  })
  renewLease(
    @Arg('id', () => ID, { description: 'The lease renewed.' }) id: string,
    @Arg('input', () => RenewLeaseInput, { description: 'Its number, last day and rent.' })
    input: RenewLeaseInput,
    @Ctx() ctx: RequestContext,
  ) {
    return leaseService.renew(ctx, id, input);
  }
}
