import { type FilterQuery, QueryOrder } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { paginate } from '../../db/paginate.js';
import { type PageArgs, toOrder } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, flushOrConflict, readByIdOrFail } from '../../graphql/lookup.js';
import { applyPatch, idOrNone, likePattern } from '../../graphql/validate.js';
import { BadInputError } from '../../kernel/errors.js';
import { Park } from '../park/park.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { findIndustry } from './industry.js';
import { TenantCompany, TenantStatus } from './tenant.entity.js';
import type {
  CreateTenantCompanyInput,
  TenantCompanyFilter,
  TenantCompanyOrder,
  TenantContactInput,
  UpdateTenantCompanyInput,
} from './tenant.inputs.js';
import { toTenantCompanyType } from './tenant.type.js';
import { TenantContact } from './tenant-contact.entity.js';
import { usccProblem } from './uscc.js';

const uniques = { tenant_company_park_id_uscc_unique: 'input.uscc' };

const USCC_MESSAGES = {
  LENGTH: 'A unified social credit code has 18 characters',
  CHARACTERS: 'The code holds characters a unified social credit code never uses (I, O, S, V, Z or symbols)',
  CHECK_DIGIT: 'The check digit does not match: the code has a typo',
} as const;

function normaliseUscc(value: string): string {
  const problem = usccProblem(value);
  if (problem) throw new BadInputError('input.uscc', USCC_MESSAGES[problem], `USCC_${problem}`);
  return value.trim().toUpperCase();
}

function industryCode(value: string): string {
  const industry = findIndustry(value);
  if (!industry)
    throw new BadInputError(
      'input.industryCode',
      `${value} is not a GB/T 4754-2017 division code`,
      'UNKNOWN_INDUSTRY',
    );
  return industry.code;
}

function replaceContacts(ctx: RequestContext, tenant: TenantCompany, contacts: TenantContactInput[]) {
  if (contacts.filter((c) => c.isPrimary).length > 1) {
    throw new BadInputError(
      'input.contacts',
      'Mark at most one contact as primary',
      'MULTIPLE_PRIMARY_CONTACTS',
    );
  }
  const primaryIndex = Math.max(
    0,
    contacts.findIndex((c) => c.isPrimary),
  );
  for (const [position, c] of contacts.entries()) {
    ctx.em.create(TenantContact, {
      park: tenant.park,
      tenant,
      name: c.name,
      title: c.title ?? null,
      phone: c.phone,
      email: c.email ?? null,
      isPrimary: position === primaryIndex,
      position,
    });
  }
}

function tenantWhere(f: TenantCompanyFilter | undefined): FilterQuery<TenantCompany> {
  if (!f) return {};
  const s = f.search ? likePattern(f.search) : undefined;
  const codes = f.industryCodes?.map((c) => c.toUpperCase());
  return {
    ...(f.parkId !== undefined && { park: idOrNone(f.parkId) }),
    ...(f.statuses?.length && { status: { $in: f.statuses } }),
    ...(codes?.length && {
      $and: [
        {
          $or: codes.map((c) =>
            c.length === 1 ? { industryCode: { $like: `${c}%` } } : { industryCode: c },
          ),
        },
      ],
    }),
    ...(s && {
      $or: [
        { name: { $ilike: s } },
        { shortName: { $ilike: s } },
        { uscc: { $ilike: s } },
        { searchKey: { $ilike: s } },
      ],
    }),
  } as FilterQuery<TenantCompany>;
}

export const tenantService = {
  async get(ctx: RequestContext, id: string) {
    return toTenantCompanyType(await readByIdOrFail(ctx.em, TenantCompany, id, 'TenantCompany'));
  },

  list(
    ctx: RequestContext,
    filter: TenantCompanyFilter | undefined,
    order: TenantCompanyOrder | undefined,
    page: PageArgs,
    info: GraphQLResolveInfo,
  ) {
    return paginate({
      em: ctx.em,
      entity: TenantCompany,
      where: tenantWhere(filter),
      orderBy: order ? { [order.field]: toOrder(order.direction) } : { name: QueryOrder.ASC },
      page,
      info,
      map: toTenantCompanyType,
    });
  },

  async create(ctx: RequestContext, input: CreateTenantCompanyInput) {
    const park = await findByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    const { parkId: _, contacts, ...fields } = input;
    const tenant = ctx.em.create(TenantCompany, {
      ...fields,
      park,
      uscc: normaliseUscc(input.uscc),
      industryCode: industryCode(input.industryCode),
      shortName: input.shortName ?? null,
      legalRepresentative: input.legalRepresentative ?? null,
      employeeCount: input.employeeCount ?? null,
      moveInDate: input.moveInDate ?? null,
      website: input.website ?? null,
      description: input.description ?? null,
    });
    replaceContacts(ctx, tenant, contacts);
    await flushOrConflict(ctx.em, uniques);
    ctx.recordChange({
      targetType: 'TenantCompany',
      targetId: tenant.id,
      parkId: park.id,
      tenantId: tenant.id,
      after: { ...toTenantCompanyType(tenant), contacts },
    });
    return toTenantCompanyType(tenant);
  },

  async update(ctx: RequestContext, id: string, input: UpdateTenantCompanyInput) {
    const tenant = await findByIdOrFail(ctx.em, TenantCompany, id, 'TenantCompany');
    const before = toTenantCompanyType(tenant);
    const { contacts, uscc, industryCode: industry, ...fields } = input;
    if (uscc !== undefined) tenant.uscc = normaliseUscc(uscc);
    if (industry !== undefined) tenant.industryCode = industryCode(industry);
    if (input.status === TenantStatus.MOVED_OUT && tenant.status !== TenantStatus.MOVED_OUT) {
      const occupied = await ctx.em.count(Unit, { tenant });
      if (occupied > 0) {
        throw new BadInputError(
          'input.status',
          `The company still occupies ${occupied} unit(s); release them before moving it out`,
          'TENANT_STILL_OCCUPIES_UNITS',
        );
      }
    }
    applyPatch(tenant, fields);
    if (contacts) {
      await ctx.em.nativeDelete(TenantContact, { tenant });
      replaceContacts(ctx, tenant, contacts);
    }
    await flushOrConflict(ctx.em, uniques);
    ctx.recordChange({
      targetType: 'TenantCompany',
      targetId: tenant.id,
      parkId: tenant.park.id,
      tenantId: tenant.id,
      before,
      after: { ...toTenantCompanyType(tenant), ...(contacts && { contacts }) },
    });
    return toTenantCompanyType(tenant);
  },
};
