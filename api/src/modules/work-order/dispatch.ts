import { WorkOrderCategory } from './work-order.entity.js';

/**
 * Which department does which work (IPARK 6.1.2.2). Departments are the built-in staff roles;
 * a technician belongs to the departments whose roles they hold.
 */
export const CATEGORY_DEPARTMENT: Readonly<Record<WorkOrderCategory, string>> = {
  [WorkOrderCategory.POWER]: 'engineering',
  [WorkOrderCategory.LIGHTING]: 'engineering',
  [WorkOrderCategory.WATER]: 'engineering',
  [WorkOrderCategory.HVAC]: 'engineering',
  [WorkOrderCategory.ELEVATOR]: 'engineering',
  [WorkOrderCategory.FIRE]: 'engineering',
  [WorkOrderCategory.CIVIL]: 'engineering',
  [WorkOrderCategory.NETWORK]: 'engineering',
  [WorkOrderCategory.OTHER]: 'engineering',
  [WorkOrderCategory.DOOR_ACCESS]: 'security',
  [WorkOrderCategory.SECURITY]: 'security',
  [WorkOrderCategory.CLEANING]: 'cleaning',
  [WorkOrderCategory.LANDSCAPING]: 'landscaping',
  [WorkOrderCategory.SERVICE]: 'customer_service',
};

export type DispatchCandidate = {
  userId: string;
  departments: readonly string[];
  onShift: boolean;
  /** Orders assigned and not yet completed. */
  openOrders: number;
  /** Of those, in the order's building: the technician is already there. */
  openInBuilding: number;
};

/**
 * The technician to send: of the right department, on shift now, with the fewest open orders;
 * on a tie, one already working in the same building; then by id, so the choice is always the
 * same for the same situation. Undefined when nobody fits: the order waits for the desk.
 */
export function chooseTechnician(
  category: WorkOrderCategory,
  candidates: readonly DispatchCandidate[],
): string | undefined {
  const department = CATEGORY_DEPARTMENT[category];
  return [...candidates]
    .filter((c) => c.onShift && c.departments.includes(department))
    .sort(
      (a, b) =>
        a.openOrders - b.openOrders ||
        Math.sign(b.openInBuilding) - Math.sign(a.openInBuilding) ||
        a.userId.localeCompare(b.userId),
    )[0]?.userId;
}
