import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsCalendarDate } from '../../graphql/scalars.js';
import { MeterKind } from './energy.enums.js';
import './meter.inputs.js';
import { TouBand } from './tariff.enums.js';

registerEnumType(TouBand, {
  name: 'TouBand',
  description: 'Time-of-use band of an hour.',
  valuesConfig: {
    SHARP: { description: 'Sharp peak 尖峰' },
    PEAK: { description: 'Peak 峰' },
    FLAT: { description: 'Flat 平' },
    VALLEY: { description: 'Valley 谷' },
  },
});

/** A price in yuan per unit: up to 4 decimals (1/100 fen), no sign, no exponent. */
export const PRICE = /^\d{1,5}(\.\d{1,4})?$/;
/** An emission factor in kg CO₂ per unit: up to 6 decimals. */
export const FACTOR = /^\d{1,3}(\.\d{1,6})?$/;

@InputType({ description: 'One period of a tariff day: whole hours [startHour, endHour) in park time.' })
export class TariffPeriodInput {
  @Field(() => TouBand, { description: 'Its band.' })
  band!: TouBand;

  @Field(() => Int, { description: 'First hour (0–23).' })
  @IsInt()
  @Min(0)
  @Max(23)
  startHour!: number;

  @Field(() => Int, { description: 'Hour it ends, excluded (1–24).' })
  @IsInt()
  @Min(1)
  @Max(24)
  endHour!: number;

  @Field({ description: 'Price per unit, yuan, up to 4 decimals (e.g. "0.6537"); one price per band.' })
  @Matches(PRICE, { message: 'A price in yuan, at most 4 decimals, not negative' })
  @MaxLength(10)
  price!: string;
}

@InputType({ description: 'A tariff version: its day cut into periods that cover 0–24 h once.' })
export class CreateTariffInput {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => MeterKind, { description: 'What it prices.' })
  kind!: MeterKind;

  @Field({ description: 'First day it prices (YYYY-MM-DD, park time).' })
  @IsCalendarDate()
  @MaxLength(10)
  effectiveFrom!: string;

  @Field({ description: 'Name (1–60), e.g. 2026 工商业分时电价.' })
  @Length(1, 60)
  name!: string;

  @Field(() => [TariffPeriodInput], { description: 'Periods (1–24), together covering the day once.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(24)
  @ValidateNested({ each: true })
  periods!: TariffPeriodInput[];
}

@InputType({ description: 'An emission factor from a date on.' })
export class CreateEmissionFactorInput {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => MeterKind, { description: 'Kind.' })
  kind!: MeterKind;

  @Field({ description: 'First day it applies (YYYY-MM-DD).' })
  @IsCalendarDate()
  @MaxLength(10)
  effectiveFrom!: string;

  @Field({ description: 'kg CO₂ per unit, up to 6 decimals (e.g. "0.5703").' })
  @Matches(FACTOR, { message: 'kg per unit, at most 6 decimals, not negative' })
  @MaxLength(10)
  kgPerUnit!: string;

  @Field({ description: 'Its source (1–120), e.g. the ministry notice.' })
  @Length(1, 120)
  source!: string;
}

@InputType({
  description:
    'Whose energy over which days: one meter, a building’s meters, a company’s sub-meters, or (none named) the park’s main meters.',
})
export class EnergyScopeInput {
  @Field(() => ID, { description: 'Park.' })
  parkId!: string;

  @Field(() => MeterKind, { nullable: true, description: 'What is measured (all kinds when omitted).' })
  @IsOptional()
  kind?: MeterKind;

  @Field(() => ID, { nullable: true, description: 'A building: its building meters.' })
  @IsOptional()
  buildingId?: string;

  @Field(() => ID, { nullable: true, description: 'A company: its sub-meters.' })
  @IsOptional()
  tenantId?: string;

  @Field(() => ID, { nullable: true, description: 'One meter (a virtual one as its terms).' })
  @IsOptional()
  meterId?: string;

  @Field({ description: 'First day (YYYY-MM-DD, park time).' })
  @IsCalendarDate()
  @MaxLength(10)
  from!: string;

  @Field({ description: 'Last day, included (YYYY-MM-DD, park time).' })
  @IsCalendarDate()
  @MaxLength(10)
  to!: string;
}

/**
 * The periods of a tariff day, checked as a whole: in hour order they start at 0, each where the
 * one before ends, the last at 24; a band keeps one price. The first problem found, with the field
 * it is on (`periods.<i>.<field>`).
 */
export function periodProblem(
  periods: readonly TariffPeriodInput[],
): { field: string; message: string; code: string } | null {
  const order = periods.map((p, i) => ({ p, i })).sort((a, b) => a.p.startHour - b.p.startHour);
  let hour = 0;
  for (const { p, i } of order) {
    if (p.endHour <= p.startHour)
      return { field: `periods.${i}.endHour`, message: 'Ends after it starts', code: 'PERIOD_EMPTY' };
    if (p.startHour < hour)
      return { field: `periods.${i}.startHour`, message: 'Overlaps another period', code: 'PERIOD_OVERLAP' };
    if (p.startHour > hour)
      return {
        field: `periods.${i}.startHour`,
        message: `Hours ${hour}–${p.startHour} are in no period`,
        code: 'PERIOD_GAP',
      };
    hour = p.endHour;
  }
  if (hour !== 24) {
    const last = order[order.length - 1]!;
    return {
      field: `periods.${last.i}.endHour`,
      message: `Hours ${hour}–24 are in no period`,
      code: 'PERIOD_GAP',
    };
  }
  const priceOf = new Map<TouBand, string>();
  for (const [i, p] of periods.entries()) {
    const known = priceOf.get(p.band);
    if (known !== undefined && Number(known) !== Number(p.price))
      return {
        field: `periods.${i}.price`,
        message: 'A band has one price in a version',
        code: 'BAND_PRICES_DIFFER',
      };
    priceOf.set(p.band, p.price);
  }
  return null;
}
