import { QueryOrder } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { paginate } from '../../db/paginate.js';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, flushOrConflict, lockByIdOrFail } from '../../graphql/lookup.js';
import { idOrNone, isUuid, likePattern } from '../../graphql/validate.js';
import { BadInputError, ConflictError, NotFoundError } from '../../kernel/errors.js';
import { feeRepository } from '../fee/fee.repository.js';
import { staffUser } from '../fee/fee.service.js';
import { todayIn } from '../maintenance/recurrence.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany, TenantStatus } from '../tenant/tenant.entity.js';
import { termsOf } from './lease.billing.js';
import { Lease, LeaseUnit } from './lease.entity.js';
import { EscalationKind, LeaseStatus } from './lease.enums.js';
import type {
  CreateLeaseInput,
  LeaseFilter,
  LeaseTermsInput,
  RenewLeaseInput,
  TerminateLeaseInput,
} from './lease.inputs.js';
import { leaseRepository } from './lease.repository.js';
import { checkTerms, replaceUnits } from './lease.terms.js';
import { toLeaseType } from './lease.type.js';
import { addDays, rentSchedule } from './rent-schedule.js';

/** A lease with its park, locked for the change (two changes of one lease run one after the other). */
async function lockedLease(ctx: RequestContext, id: string) {
  const lease = await lockByIdOrFail(ctx.em, Lease, id, 'Lease');
  const park = await findByIdOrFail(ctx.em, Park, lease.park.id, 'Park');
  return { lease, park, today: todayIn(park.timeZone, ctx.now()) };
}

/** An exclusion constraint's refusal (SQLSTATE 23P01), as pg or MikroORM reports it. */
const isExclusion = (err: unknown) =>
  typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '23P01';

/** Lease contracts 租赁合同 (SPEC §3.6, issue 19 §2). */
export const leaseService = {
  async list(ctx: RequestContext, filter: LeaseFilter | undefined, page: PageArgs, info: GraphQLResolveInfo) {
    const soon = filter?.expiringWithinDays;
    // "Today" in the park's zone when one is named (a console lists one park), else China's.
    const park =
      filter?.parkId && isUuid(filter.parkId) ? await ctx.em.findOne(Park, { id: filter.parkId }) : null;
    const today = todayIn(park?.timeZone ?? 'Asia/Shanghai', ctx.now());
    return paginate({
      em: ctx.em,
      entity: Lease,
      where: {
        ...(filter?.parkId && { park: idOrNone(filter.parkId) }),
        ...(filter?.tenantId && { tenant: idOrNone(filter.tenantId) }),
        ...(filter?.statuses?.length && { status: { $in: filter.statuses } }),
        ...(filter?.number && { number: { $ilike: likePattern(filter.number) } }),
        ...(soon && {
          status: { $in: [LeaseStatus.SIGNED, LeaseStatus.ACTIVE] },
          endOn: { $gte: today, $lte: addDays(today, soon) },
        }),
      },
      orderBy: soon ? { endOn: QueryOrder.ASC } : { createdAt: QueryOrder.DESC },
      page,
      info,
      map: toLeaseType,
    });
  },

  async get(ctx: RequestContext, id: string) {
    return toLeaseType(await findByIdOrFail(ctx.em, Lease, id, 'Lease'));
  },

  async create(ctx: RequestContext, input: CreateLeaseInput) {
    const park = await findByIdOrFail(ctx.em, Park, input.parkId, 'Park', 'input.parkId');
    const tenant = await findByIdOrFail(
      ctx.em,
      TenantCompany,
      input.tenantId,
      'TenantCompany',
      'input.tenantId',
    );
    if (tenant.park.id !== park.id) throw new NotFoundError('TenantCompany', 'input.tenantId');
    if (tenant.status === TenantStatus.MOVED_OUT)
      throw new BadInputError('input.tenantId', 'The company has moved out of the park', 'TENANT_MOVED_OUT');
    const { units, fields } = await checkTerms(ctx, park, input);
    const lease = ctx.em.create(Lease, {
      ...fields,
      park,
      tenant,
      status: LeaseStatus.DRAFT,
      signedAt: null,
      signedBy: null,
      terminatedOn: null,
      terminationReason: null,
      renewalOf: null,
    });
    replaceUnits(ctx, lease, park, units);
    await flushOrConflict(ctx.em, { lease_park_id_number: 'input.number' });
    const after = toLeaseType(lease);
    ctx.recordChange({ targetType: 'Lease', targetId: lease.id, parkId: park.id, after });
    return after;
  },

  /** Replaces a draft's terms (its tenant stays). */
  async update(ctx: RequestContext, id: string, input: LeaseTermsInput) {
    const { lease, park } = await lockedLease(ctx, id);
    if (lease.status !== LeaseStatus.DRAFT)
      throw new ConflictError(
        'Only a draft changes; a signed lease is renewed or terminated',
        'LEASE_NOT_DRAFT',
      );
    const before = toLeaseType(lease);
    const { units, fields } = await checkTerms(ctx, park, input);
    ctx.em.assign(lease, fields);
    await ctx.em.nativeDelete(LeaseUnit, { lease });
    replaceUnits(ctx, lease, park, units);
    await flushOrConflict(ctx.em, { lease_park_id_number: 'input.number' });
    const after = toLeaseType(lease);
    ctx.recordChange({ targetType: 'Lease', targetId: id, parkId: park.id, before, after });
    return after;
  },

  /** Deletes a draft. */
  async deleteDraft(ctx: RequestContext, id: string) {
    const { lease, park } = await lockedLease(ctx, id);
    if (lease.status !== LeaseStatus.DRAFT)
      throw new ConflictError('Only a draft is deleted; a signed lease is terminated', 'LEASE_NOT_DRAFT');
    const before = toLeaseType(lease);
    await ctx.em.nativeDelete(LeaseUnit, { lease });
    await ctx.em.remove(lease).flush();
    ctx.recordChange({ targetType: 'Lease', targetId: id, parkId: park.id, before });
    return before;
  },

  /**
   * Signs a draft: its units are bound to its term (two signed leases of one unit never overlap,
   * UNIT_ALREADY_LEASED), and a lease whose term has begun becomes ACTIVE at once, its units
   * leased to its tenant; one that starts later stays SIGNED until the daily roll on its first day.
   */
  async sign(ctx: RequestContext, id: string) {
    const { lease, park, today } = await lockedLease(ctx, id);
    if (lease.status !== LeaseStatus.DRAFT)
      throw new ConflictError('The lease is already signed', 'LEASE_NOT_DRAFT');
    if (lease.endOn < today)
      throw new BadInputError('id', 'Its term is over; change its dates before signing', 'TERM_IN_PAST');
    const before = toLeaseType(lease);
    try {
      await leaseRepository.bindTerm(ctx.em, lease.id, lease.startOn, lease.endOn);
    } catch (err) {
      if (isExclusion(err))
        throw new ConflictError(
          'A unit of this lease is leased to another signed lease in that term',
          'UNIT_ALREADY_LEASED',
          'unitIds',
        );
      throw err;
    }
    const starts = lease.startOn <= today;
    if (starts) {
      const held = await leaseRepository.unitsHeldByOthers(ctx.em, lease.id);
      if (held.length > 0)
        throw new ConflictError(
          `Another company holds ${held.map((h) => h.code).join(', ')} today`,
          'UNIT_HELD_BY_OTHER',
          'unitIds',
        );
    }
    const user = staffUser(ctx);
    await leaseRepository.transition(
      ctx.em,
      lease.id,
      [LeaseStatus.DRAFT],
      LeaseStatus.SIGNED,
      user?.id ?? null,
    );
    if (starts) await leaseRepository.roll(ctx.em, ctx.now(), lease.id);
    await ctx.em.refresh(lease);
    const after = toLeaseType(lease);
    ctx.recordChange({ targetType: 'Lease', targetId: id, parkId: park.id, before, after });
    return after;
  },

  /**
   * Ends a signed or active lease early on `lastDay` (today or later, inside the term): its term and
   * its units' binding end that day, and the daily roll marks it TERMINATED and frees its units the
   * day after.
   */
  async terminate(ctx: RequestContext, id: string, input: TerminateLeaseInput) {
    const { lease, park, today } = await lockedLease(ctx, id);
    if (lease.status !== LeaseStatus.SIGNED && lease.status !== LeaseStatus.ACTIVE)
      throw new ConflictError('Only a signed or active lease is terminated', 'LEASE_NOT_RUNNING');
    if (input.lastDay < today || input.lastDay < lease.startOn || input.lastDay > lease.endOn)
      throw new BadInputError(
        'input.lastDay',
        'Its last day is today or later, inside the term',
        'TERMINATION_DATE',
      );
    const before = toLeaseType(lease);
    lease.endOn = input.lastDay;
    lease.terminatedOn = input.lastDay;
    lease.terminationReason = input.reason;
    await ctx.em.flush();
    await leaseRepository.bindTerm(ctx.em, lease.id, lease.startOn, lease.endOn);
    const after = toLeaseType(lease);
    ctx.recordChange({ targetType: 'Lease', targetId: id, parkId: park.id, before, after });
    return after;
  },

  /**
   * Drafts the renewal of a lease: the same tenant, units and terms from the day after its last
   * day to `endOn`, at `rentPrice` when given. Signed like any draft.
   */
  async renew(ctx: RequestContext, id: string, { number, endOn, rentPrice }: RenewLeaseInput) {
    const { lease, park } = await lockedLease(ctx, id);
    if (lease.status === LeaseStatus.DRAFT || lease.terminatedOn)
      throw new ConflictError(
        'Only a signed, active or expired lease that was not ended early is renewed',
        'LEASE_NOT_RENEWABLE',
      );
    const units = await leaseRepository.unitsOf(ctx.em, [lease.id]);
    const startOn = addDays(lease.endOn, 1);
    const draft = await leaseService.create(ctx, {
      parkId: park.id,
      tenantId: lease.tenant.id,
      number,
      unitIds: units.map((u) => u.unit_id),
      startOn,
      endOn,
      paymentCycle: lease.paymentCycle,
      rentPrice: rentPrice ?? lease.rentPrice,
      rentRounding: lease.rentRounding,
      escalation: lease.escalation === EscalationKind.STEPPED ? EscalationKind.NONE : lease.escalation,
      ...(lease.escalation === EscalationKind.FIXED_PERCENT && {
        escalationPercent: lease.escalationPercent!,
      }),
      ...(lease.propertyFeeStandard && { propertyFeeStandardId: lease.propertyFeeStandard.id }),
      depositFen: 0,
      lateFeePermille: lease.lateFeePermille,
      dueDays: lease.dueDays,
      notes: `续签 ${lease.number}`,
    });
    const renewal = await findByIdOrFail(ctx.em, Lease, draft.id, 'Lease');
    renewal.renewalOf = lease;
    await ctx.em.flush();
    return toLeaseType(renewal);
  },

  /** What a lease bills, cycle by cycle (`rent-schedule.ts`). */
  async schedule(ctx: RequestContext, leaseId: string) {
    const lease = await findByIdOrFail(ctx.em, Lease, leaseId, 'Lease');
    const units = await ctx.loaders.leaseUnits.load(lease.id);
    const area = units.reduce((sum, u) => sum + Math.round(Number(u.area) * 100), 0);
    const [standard] = lease.propertyFeeStandard
      ? await feeRepository.pricesOf(ctx.em, [lease.propertyFeeStandard.id])
      : [];
    return rentSchedule(termsOf(lease, (area / 100).toFixed(2), standard ?? null));
  },

  /** The daily roll: leases end and begin by their dates (`lease.roll`, and after signing). */
  async roll(ctx: RequestContext) {
    const done = await leaseRepository.roll(ctx.em, ctx.now(), null);
    if (done.ended.length || done.started.length)
      ctx.recordChange({ targetType: 'LeaseRoll', targetId: ctx.now().toISOString(), after: done });
  },
};
