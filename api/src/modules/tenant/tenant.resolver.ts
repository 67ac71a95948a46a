import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { connectionOf, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { SIGNED_IN } from '../auth/permissions.js';
import { ParkType, toParkType } from '../park/park.type.js';
import { toUnitType, UnitType_ } from '../unit/unit.type.js';
import { industries } from './industry.js';
import {
  CreateTenantCompanyInput,
  TenantCompanyFilter,
  TenantCompanyOrder,
  UpdateTenantCompanyInput,
} from './tenant.inputs.js';
import { tenantService } from './tenant.service.js';
import {
  IndustryType,
  TenantCompanyType,
  TenantContactType,
  toIndustryType,
  toTenantContactType,
} from './tenant.type.js';

const TenantCompanyConnection = connectionOf(TenantCompanyType, 'TenantCompany', 'tenant company');

@Resolver(() => TenantCompanyType)
export class TenantResolver {
  @Authorized('tenant.read')
  @Query(() => TenantCompanyType, {
    nullable: true,
    description: 'One tenant company by id; NOT_FOUND when unknown.',
  })
  tenantCompany(
    @Arg('id', () => ID, { description: 'Tenant company id.' }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    return tenantService.get(ctx, id);
  }

  @Authorized('tenant.read')
  @Query(() => TenantCompanyConnection, {
    description: 'Tenant companies, filtered and sorted, one page at a time.',
  })
  tenantCompanies(
    @Args() page: PageArgs,
    @Arg('filter', () => TenantCompanyFilter, { nullable: true, description: 'Which companies.' })
    filter: TenantCompanyFilter | undefined,
    @Arg('orderBy', () => TenantCompanyOrder, {
      nullable: true,
      description: 'Sort order; by name when omitted.',
    })
    orderBy: TenantCompanyOrder | undefined,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return tenantService.list(ctx, filter, orderBy, page, info);
  }

  @Authorized(SIGNED_IN)
  @Query(() => [IndustryType], { description: 'The GB/T 4754-2017 industry divisions, by code.' })
  industries() {
    return industries.map(toIndustryType);
  }

  @Authorized('tenant.write')
  @Mutation(() => TenantCompanyType, { description: 'Registers a tenant company with its contacts.' })
  createTenantCompany(
    @Arg('input', () => CreateTenantCompanyInput, { description: 'The company.' })
    input: CreateTenantCompanyInput,
    @Ctx() ctx: RequestContext,
  ) {
    return tenantService.create(ctx, input);
  }

  @Authorized('tenant.write')
  @Mutation(() => TenantCompanyType, { description: 'Changes a tenant company.' })
  updateTenantCompany(
    @Arg('id', () => ID, { description: 'Tenant company id.' }) id: string,
    @Arg('input', () => UpdateTenantCompanyInput, { description: 'Changes.' })
    input: UpdateTenantCompanyInput,
    @Ctx() ctx: RequestContext,
  ) {
    return tenantService.update(ctx, id, input);
  }
  @Authorized('tenant.read')

  @FieldResolver(() => ParkType, { description: 'Park of the company.' })
  async park(@Root() t: TenantCompanyType, @Ctx() ctx: RequestContext) {
    return toParkType((await ctx.loaders.parkById.load(t.parkId))!);
  }
  @Authorized('tenant.read')

  @FieldResolver(() => [TenantContactType], { description: 'Contact people, primary first.' })
  async contacts(@Root() t: TenantCompanyType, @Ctx() ctx: RequestContext) {
    const rows = (await ctx.loaders.contactsByTenant.load(t.id)).map(toTenantContactType);
    return rows.sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));
  }
  @Authorized('tenant.read')

  @FieldResolver(() => [UnitType_], { description: 'Units the company occupies, by code.' })
  async units(@Root() t: TenantCompanyType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.unitsByTenant.load(t.id)).map(toUnitType);
  }
  @Authorized('tenant.read')

  @FieldResolver(() => Float, { description: 'Gross area of the units the company occupies, m².' })
  async occupiedArea(@Root() t: TenantCompanyType, @Ctx() ctx: RequestContext) {
    const units = await ctx.loaders.unitsByTenant.load(t.id);
    return Math.round(units.reduce((sum, u) => sum + u.grossArea, 0) * 100) / 100;
  }
}
