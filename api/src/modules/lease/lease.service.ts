import { QueryOrder } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { paginate } from '../../db/paginate.js';
import type { PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail, flushOrConflict, lockByIdOrFail } from '../../graphql/lookup.js';
import { idOrNone, isUuid, likePattern } from '../../graphql/validate.js';
import { BadInputError, ConflictError, NotFoundError } from '../../kernel/errors.js';
import { FeeBasis, FeeItem } from '../fee/fee.enums.js';
import { staffUser } from '../fee/fee.service.js';
import { FeeRate, FeeStandard } from '../fee/fee-standard.entity.js';
import { decimalText, MoneyRounding, priceText } from '../fee/money.js';
import { todayIn } from '../maintenance/recurrence.js';
import { Park } from '../park/park.entity.js';
import { TenantCompany, TenantStatus } from '../tenant/tenant.entity.js';
import { Unit, UnitType } from '../unit/unit.entity.js';
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
import { toLeaseType } from './lease.type.js';
import { addDays, addYears, type LeaseTerms, rentSchedule } from './rent-schedule.js';

const MAX_TERM_YEARS = 20;

/** The checked terms of a draft: its units and its property fee standard. */
async function checkTerms(ctx: RequestContext, park: Park, input: LeaseTermsInput) {
  const field = (name: string) => `input.${name}`;
  if (input.endOn < input.startOn)
    throw new BadInputError(field('endOn'), 'The term ends on or after its first day', 'TERM_BACKWARDS');
  if (input.endOn > addYears(input.startOn, MAX_TERM_YEARS))
    throw new BadInputError(field('endOn'), `A term is at most ${MAX_TERM_YEARS} years`, 'TERM_TOO_LONG');
  const escalation = input.escalation ?? EscalationKind.NONE;
  const percent = Number(input.escalationPercent ?? 0);
  if ((escalation === EscalationKind.FIXED_PERCENT) !== (input.escalationPercent !== undefined))
    throw new BadInputError(
      field('escalationPercent'),
      'A yearly rise goes with FIXED_PERCENT, and only there',
      'ESCALATION_MISMATCH',
    );
  if (escalation === EscalationKind.FIXED_PERCENT && (percent <= 0 || percent > 50))
    throw new BadInputError(field('escalationPercent'), 'A yearly rise of 0.01–50 %', 'ESCALATION_RANGE');
  const steps = input.rentSteps ?? [];
  if ((escalation === EscalationKind.STEPPED) !== steps.length > 0)
    throw new BadInputError(
      field('rentSteps'),
      'Steps go with STEPPED, and only there',
      'ESCALATION_MISMATCH',
    );
  steps.forEach((s, i) => {
    if (s.from <= (i === 0 ? input.startOn : steps[i - 1]!.from) || s.from > input.endOn)
      throw new BadInputError(
        field(`rentSteps.${i}.from`),
        'Steps start inside the term, after its first day, in date order',
        'STEP_DATE',
      );
  });
  const free = [...(input.freePeriods ?? [])].sort((a, b) => a.from.localeCompare(b.from));
  free.forEach((f, i) => {
    if (f.to < f.from || f.from < input.startOn || f.to > input.endOn)
      throw new BadInputError(
        field('freePeriods'),
        'Rent-free periods lie inside the term, each first day before its last',
        'FREE_PERIOD',
      );
    if (i > 0 && f.from <= free[i - 1]!.to)
      throw new BadInputError(field('freePeriods'), 'Rent-free periods do not overlap', 'FREE_PERIOD');
  });
  if (Number(input.lateFeePermille ?? 0) > 10)
    throw new BadInputError(field('lateFeePermille'), 'A late fee of at most 10 ‰ a day', 'LATE_FEE_RANGE');
  const ids = [...new Set(input.unitIds)];
  if (ids.length !== input.unitIds.length)
    throw new BadInputError(field('unitIds'), 'Each unit once', 'DUPLICATE_UNIT');
  const units = ids.every(isUuid) ? await ctx.em.find(Unit, { id: { $in: ids }, park: park.id }) : [];
  if (units.length !== ids.length) throw new NotFoundError('Unit', field('unitIds'));
  const unfit = units.find((u) => u.type === UnitType.PUBLIC || u.retiredAt);
  if (unfit)
    throw new BadInputError(
      field('unitIds'),
      `${unfit.code} is a public area or retired, not leasable`,
      'UNIT_NOT_LEASABLE',
    );
  let feeStandard: FeeStandard | null = null;
  if (input.propertyFeeStandardId) {
    feeStandard = await findByIdOrFail(
      ctx.em,
      FeeStandard,
      input.propertyFeeStandardId,
      'FeeStandard',
      field('propertyFeeStandardId'),
    );
    if (
      feeStandard.park.id !== park.id ||
      feeStandard.item !== FeeItem.PROPERTY_FEE ||
      feeStandard.basis !== FeeBasis.PER_M2_MONTH
    )
      throw new BadInputError(
        field('propertyFeeStandardId'),
        'A property fee standard of this park, per m² per month',
        'NOT_A_PROPERTY_FEE',
      );
  }
  return {
    units,
    feeStandard,
    fields: {
      number: input.number,
      startOn: input.startOn,
      endOn: input.endOn,
      paymentCycle: input.paymentCycle,
      rentPrice: priceText(input.rentPrice),
      rentRounding: input.rentRounding ?? MoneyRounding.HALF_UP,
      escalation,
      escalationPercent:
        input.escalationPercent === undefined ? null : decimalText(input.escalationPercent, 2),
      rentSteps: steps.map((s) => ({ from: s.from, price: priceText(s.price) })),
      freePeriods: free.map((f) => ({ from: f.from, to: f.to })),
      propertyFeeStandard: feeStandard,
      depositFen: input.depositFen ?? 0,
      lateFeePermille: decimalText(input.lateFeePermille ?? '0', 2),
      dueDays: input.dueDays ?? 15,
      notes: input.notes || null,
    },
  };
}

function replaceUnits(ctx: RequestContext, lease: Lease, park: Park, units: Unit[]) {
  for (const unit of units)
    ctx.em.create(LeaseUnit, {
      park,
      lease,
      unit,
      unitCode: unit.code,
      area: Number(unit.grossArea).toFixed(2),
      term: null,
    });
}

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
    const rates = lease.propertyFeeStandard
      ? await ctx.em.find(
          FeeRate,
          { standard: lease.propertyFeeStandard.id },
          { orderBy: { effectiveFrom: QueryOrder.ASC } },
        )
      : [];
    const standard = lease.propertyFeeStandard
      ? await findByIdOrFail(ctx.em, FeeStandard, lease.propertyFeeStandard.id, 'FeeStandard')
      : null;
    return rentSchedule(termsOf(lease, (area / 100).toFixed(2), standard, rates));
  },

  /** The daily roll: leases end and begin by their dates (`lease.roll`, and after signing). */
  async roll(ctx: RequestContext) {
    const done = await leaseRepository.roll(ctx.em, ctx.now(), null);
    if (done.ended.length || done.started.length)
      ctx.recordChange({ targetType: 'LeaseRoll', targetId: ctx.now().toISOString(), after: done });
  },
};

/** A lease's money terms for the schedule. */
export function termsOf(
  lease: Lease,
  area: string,
  standard: FeeStandard | null,
  rates: FeeRate[],
): LeaseTerms {
  return {
    startOn: lease.startOn,
    endOn: lease.endOn,
    cycle: lease.paymentCycle,
    area,
    rent: {
      price: lease.rentPrice,
      rounding: lease.rentRounding,
      escalation: lease.escalation,
      escalationPercent: lease.escalationPercent ?? null,
      steps: lease.rentSteps,
      freePeriods: lease.freePeriods,
    },
    propertyFee: standard
      ? { rounding: standard.rounding, rates: rates.map((r) => ({ from: r.effectiveFrom, price: r.price })) }
      : null,
    depositFen: lease.depositFen,
  };
}

/** A lease as the bill run reads it: whom it bills, when bills fall due, and its money terms. */
export type BillableLease = {
  id: string;
  number: string;
  tenantId: string;
  dueDays: number;
  /** Late fee per day overdue, ‰ (2 decimals); '0.00': none. */
  lateFeePermille: string;
  terms: LeaseTerms;
};

/**
 * The signed leases (any status but draft) of `tenantIds` whose term overlaps [from, to], with
 * their area and property fee rates: three statements for any number of tenants.
 */
export async function billableLeases(
  em: RequestContext['em'],
  tenantIds: readonly string[],
  from: string,
  to: string,
): Promise<BillableLease[]> {
  if (tenantIds.length === 0) return [];
  const leases = await em.find(
    Lease,
    {
      tenant: { $in: [...tenantIds] },
      status: { $ne: LeaseStatus.DRAFT },
      startOn: { $lte: to },
      endOn: { $gte: from },
    },
    { orderBy: { number: QueryOrder.ASC } },
  );
  if (leases.length === 0) return [];
  const units = await leaseRepository.unitsOf(
    em,
    leases.map((l) => l.id),
  );
  const standardIds = [
    ...new Set(leases.flatMap((l) => (l.propertyFeeStandard ? [l.propertyFeeStandard.id] : []))),
  ];
  const standards = standardIds.length ? await em.find(FeeStandard, { id: { $in: standardIds } }) : [];
  const rates = standardIds.length
    ? await em.find(
        FeeRate,
        { standard: { $in: standardIds } },
        { orderBy: { effectiveFrom: QueryOrder.ASC } },
      )
    : [];
  return leases.map((lease) => {
    const area = units
      .filter((u) => u.lease_id === lease.id)
      .reduce((s, u) => s + Math.round(Number(u.area) * 100), 0);
    const standard = standards.find((s) => s.id === lease.propertyFeeStandard?.id) ?? null;
    return {
      id: lease.id,
      number: lease.number,
      tenantId: lease.tenant.id,
      dueDays: lease.dueDays,
      lateFeePermille: lease.lateFeePermille,
      terms: termsOf(
        lease,
        (area / 100).toFixed(2),
        standard,
        rates.filter((r) => r.standard.id === standard?.id),
      ),
    };
  });
}
