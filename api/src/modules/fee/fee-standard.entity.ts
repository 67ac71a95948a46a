import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { appendOnlyProperties, baseProperties } from '../../db/base-properties.js';
import { MeterKind } from '../energy/energy.enums.js';
import { Park } from '../park/park.entity.js';
import { AppUser } from '../user/user.entity.js';
import { FeeBasis, FeeItem } from './fee.enums.js';
import { MoneyRounding } from './money.js';

/**
 * A fee standard 收费标准 of a park (SPEC §3.5): what is charged (item), per what (basis), and how
 * an exact amount becomes whole fen (rounding, fixed once created, so a re-run of an old period
 * gives the same fen). Its price lives in dated rates (`FeeRate`).
 */
export const FeeStandard = defineEntity({
  name: 'FeeStandard',
  tableName: 'fee_standard',
  uniques: [{ properties: ['park', 'code'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    /** Short code, unique in the park, e.g. `WY-A` (物业费 A 类). */
    code: p.string().length(30),
    name: p.string().length(60),
    item: p.enum(() => FeeItem).nativeEnumName('fee_item'),
    basis: p.enum(() => FeeBasis).nativeEnumName('fee_basis'),
    /** UTILITY: the kind of meter it prices. */
    meterKind: p
      .enum(() => MeterKind)
      .nativeEnumName('meter_kind')
      .nullable(),
    rounding: p.enum(() => MoneyRounding).nativeEnumName('money_rounding'),
    description: p.string().length(500).nullable(),
    active: p.boolean().default(true),
  },
});
export type FeeStandard = InferEntity<typeof FeeStandard>;

/**
 * A fee standard's price from a date on (park time), until the next rate's date: a changed price
 * applies from its date and a re-run of an old period uses the old one. Rates are only added;
 * one not yet in force may be withdrawn.
 */
export const FeeRate = defineEntity({
  name: 'FeeRate',
  tableName: 'fee_rate',
  uniques: [{ properties: ['standard', 'effectiveFrom'] }],
  properties: {
    ...appendOnlyProperties,
    park: () => p.manyToOne(Park),
    standard: () => p.manyToOne(FeeStandard),
    /** First day (YYYY-MM-DD, park time) the price applies. */
    effectiveFrom: p.string().columnType('date'),
    /** Yuan per basis, exact to 1/10000 yuan. */
    price: p.decimal('string').precision(12).scale(4),
    createdBy: () => p.manyToOne(AppUser).nullable(),
  },
});
export type FeeRate = InferEntity<typeof FeeRate>;
