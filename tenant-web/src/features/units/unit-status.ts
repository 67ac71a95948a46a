import type { UnitStatus } from '../../gql/graphql.js';

/** Vant tag colour of each letting state. */
export const UNIT_STATUS_TAG: Record<UnitStatus, 'primary' | 'success' | 'warning' | 'danger' | 'default'> = {
  LEASED: 'success',
  RESERVED: 'warning',
  VACANT: 'default',
  SELF_USE: 'primary',
  UNDER_RENOVATION: 'danger',
};
