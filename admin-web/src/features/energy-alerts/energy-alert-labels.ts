import type { EnergyAlertKind, EnergyAlertStatus, MeterKind, MeterLevel } from '../../gql/graphql.js';

export const ALERT_STATUSES: EnergyAlertStatus[] = ['OPEN', 'ACKNOWLEDGED', 'CLEARED', 'CLOSED'];
export const ALERT_KINDS: EnergyAlertKind[] = [
  'THRESHOLD',
  'ABOVE_BASELINE',
  'NIGHT_USE',
  'NIGHT_WATER_FLOW',
  'OFFLINE',
];
export const METER_KINDS: MeterKind[] = ['ELECTRICITY', 'WATER', 'GAS', 'HEAT', 'COOLING'];
export const METER_LEVELS: MeterLevel[] = ['PARK', 'BUILDING', 'FLOOR', 'TENANT', 'EQUIPMENT'];

/** Element Plus tag colours of an alert's status. */
export const STATUS_TAG: Record<EnergyAlertStatus, 'danger' | 'warning' | 'success' | 'info'> = {
  OPEN: 'danger',
  ACKNOWLEDGED: 'warning',
  CLEARED: 'success',
  CLOSED: 'info',
};
