import type { DeviceKind, MeterKind, MeterLevel, ReadingFlag } from '../../gql/graphql.js';

export const METER_KINDS: MeterKind[] = ['ELECTRICITY', 'WATER', 'GAS', 'HEAT', 'COOLING'];
export const METER_LEVELS: MeterLevel[] = ['PARK', 'BUILDING', 'FLOOR', 'TENANT', 'EQUIPMENT'];

/** Verdicts that kept a reading out of the consumption or estimated it: shown in colour. */
export const FLAG_TAG: Record<ReadingFlag, 'success' | 'info' | 'warning' | 'danger' | 'primary'> = {
  OK: 'success',
  FIRST: 'info',
  ROLLOVER: 'primary',
  GAP: 'warning',
  BACKWARD: 'danger',
  ZERO: 'danger',
  SPIKE: 'danger',
};

/** A number as the locale writes it, at most `digits` decimals. */
export const num = (v: number | null | undefined, locale: string, digits = 2) =>
  v === null || v === undefined ? '—' : v.toLocaleString(locale, { maximumFractionDigits: digits });

export const DEVICE_KINDS: DeviceKind[] = ['METER', 'SENSOR', 'FIRE_PANEL', 'GATE', 'PARKING_CAMERA'];
