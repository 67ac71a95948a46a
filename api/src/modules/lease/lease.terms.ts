import type { RequestContext } from '../../graphql/context.js';
import { findByIdOrFail } from '../../graphql/lookup.js';
import { isUuid } from '../../graphql/validate.js';
import { BadInputError, NotFoundError } from '../../kernel/errors.js';
import { FeeBasis, FeeItem } from '../fee/fee.enums.js';
import { FeeStandard } from '../fee/fee-standard.entity.js';
import { decimalText, MoneyRounding, priceText } from '../fee/money.js';
import { Park } from '../park/park.entity.js';
import { Unit, UnitType } from '../unit/unit.entity.js';
import { Lease, LeaseUnit } from './lease.entity.js';
import { EscalationKind } from './lease.enums.js';
import type { LeaseTermsInput } from './lease.inputs.js';
import { addYears } from './rent-schedule.js';

const MAX_TERM_YEARS = 20;

/** The checked terms of a draft: its units and its property fee standard. */
export async function checkTerms(ctx: RequestContext, park: Park, input: LeaseTermsInput) {
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

export function replaceUnits(ctx: RequestContext, lease: Lease, park: Park, units: Unit[]) {
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
