import type { WorkOrderCategory } from '../../gql/graphql.js';

/** Every category, in trade order; a record, so a category new to the schema fails the type check. */
const IN_TRADE_ORDER: Record<WorkOrderCategory, true> = {
  POWER: true,
  WATER: true,
  HVAC: true,
  LIGHTING: true,
  ELEVATOR: true,
  FIRE: true,
  DOOR_ACCESS: true,
  NETWORK: true,
  SECURITY: true,
  CIVIL: true,
  CLEANING: true,
  LANDSCAPING: true,
  SERVICE: true,
  OTHER: true,
};

/** Work order categories as filters and pickers list them. */
export const WORK_CATEGORIES = Object.keys(IN_TRADE_ORDER) as readonly WorkOrderCategory[];
