import type { EquipmentCategory } from '../../gql/graphql.js';

/** Every equipment category, in ledger order: the ledger's filter and a maintenance plan's target. */
export const EQUIPMENT_CATEGORIES: readonly EquipmentCategory[] = [
  'POWER_DISTRIBUTION',
  'HVAC',
  'WATER_SUPPLY_DRAINAGE',
  'ELEVATOR',
  'FIRE_PROTECTION',
  'WEAK_CURRENT_CCTV',
  'LIGHTING',
  'EV_CHARGER',
  'OTHER',
];
