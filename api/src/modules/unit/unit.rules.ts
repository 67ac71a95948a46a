import { BadInputError } from '../../kernel/errors.js';
import { UnitStatus, UnitType } from './unit.entity.js';

/** Statuses under which a unit has an occupying tenant company. */
const TENANT_REQUIRED = new Set([UnitStatus.LEASED]);
const TENANT_ALLOWED = new Set([UnitStatus.LEASED, UnitStatus.RESERVED]);

/**
 * The invariants of a unit's final state, checked before any write: areas are consistent, a
 * public area is never let, and the tenant link agrees with the status.
 */
export function checkUnitState(s: {
  type: UnitType;
  status: UnitStatus;
  grossArea: number;
  usableArea: number;
  hasTenant: boolean;
}): void {
  if (s.usableArea > s.grossArea) {
    throw new BadInputError(
      'input.usableArea',
      'Usable area cannot exceed the gross area',
      'USABLE_EXCEEDS_GROSS',
    );
  }
  if (s.type === UnitType.PUBLIC && TENANT_ALLOWED.has(s.status)) {
    throw new BadInputError(
      'input.status',
      'A public area cannot be leased or reserved',
      'PUBLIC_UNIT_NOT_LEASABLE',
    );
  }
  if (TENANT_REQUIRED.has(s.status) && !s.hasTenant) {
    throw new BadInputError(
      'input.tenantId',
      'A leased unit needs the tenant company it is leased to',
      'TENANT_REQUIRED',
    );
  }
  if (!TENANT_ALLOWED.has(s.status) && s.hasTenant) {
    throw new BadInputError(
      'input.tenantId',
      `A ${s.status} unit cannot have a tenant company`,
      'TENANT_NOT_ALLOWED',
    );
  }
}
