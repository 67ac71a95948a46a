import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { appendOnlyProperties, baseProperties } from '../../db/base-properties.js';
import { Park } from '../park/park.entity.js';
import { MeterKind } from './energy.enums.js';
import { TouBand } from './tariff.enums.js';

/**
 * A time-of-use tariff version 分时电价 (峰平谷): the prices of one kind in one park from a date
 * on, until the next version's date. An hour of consumption is priced by the version in force on
 * its day (park time), so a price change never reprices the past.
 */
export const EnergyTariff = defineEntity({
  name: 'EnergyTariff',
  tableName: 'energy_tariff',
  uniques: [{ properties: ['park', 'kind', 'effectiveFrom'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    kind: p.enum(() => MeterKind).nativeEnumName('meter_kind'),
    /** First day (park time) the version prices. */
    effectiveFrom: p.date(),
    name: p.string().length(60),
  },
});
export type EnergyTariff = InferEntity<typeof EnergyTariff>;

/**
 * One period of a tariff version's day: whole hours [startHour, endHour) in park time, its band
 * and its price per unit in yuan, exact to 1/10000 yuan (a band has one price in a version).
 */
export const EnergyTariffPeriod = defineEntity({
  name: 'EnergyTariffPeriod',
  tableName: 'energy_tariff_period',
  uniques: [{ properties: ['tariff', 'startHour'] }],
  properties: {
    ...appendOnlyProperties,
    park: () => p.manyToOne(Park),
    tariff: () => p.manyToOne(EnergyTariff).deleteRule('cascade'),
    band: p.enum(() => TouBand).nativeEnumName('tou_band'),
    startHour: p.smallint(),
    endHour: p.smallint(),
    price: p.decimal('string').precision(10).scale(4),
  },
});
export type EnergyTariffPeriod = InferEntity<typeof EnergyTariffPeriod>;

/** A dated emission factor: kg CO₂ per unit of a kind from a date on (e.g. 0.5703 kg/kWh). */
export const EmissionFactor = defineEntity({
  name: 'EmissionFactor',
  tableName: 'emission_factor',
  uniques: [{ properties: ['park', 'kind', 'effectiveFrom'] }],
  properties: {
    ...baseProperties,
    park: () => p.manyToOne(Park),
    kind: p.enum(() => MeterKind).nativeEnumName('meter_kind'),
    effectiveFrom: p.date(),
    /** kg CO₂ per unit of the kind (kWh, m³). */
    kgPerUnit: p.decimal('string').precision(10).scale(6),
    /** Where the figure comes from (a ministry's notice). */
    source: p.string().length(120),
  },
});
export type EmissionFactor = InferEntity<typeof EmissionFactor>;
