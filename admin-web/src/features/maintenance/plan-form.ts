import type {
  CreateMaintenancePlanInput,
  EquipmentCategory,
  MaintenancePlanFieldsFragment,
  RecurrenceUnit,
  UpdateMaintenancePlanInput,
  WorkOrderCategory,
} from '../../gql/graphql.js';

export const PLAN_UNITS: readonly RecurrenceUnit[] = ['DAY', 'WEEK', 'MONTH', 'YEAR'];

/** The trade that usually services a kind of equipment: the work category a new plan starts with. */
export const TRADE: Record<EquipmentCategory, WorkOrderCategory> = {
  POWER_DISTRIBUTION: 'POWER',
  HVAC: 'HVAC',
  WATER_SUPPLY_DRAINAGE: 'WATER',
  ELEVATOR: 'ELEVATOR',
  FIRE_PROTECTION: 'FIRE',
  WEAK_CURRENT_CCTV: 'SECURITY',
  LIGHTING: 'LIGHTING',
  EV_CHARGER: 'POWER',
  OTHER: 'OTHER',
};

/** What the plan form edits; `''` stands for "not chosen" (no assignee: automatic dispatch). */
export type PlanFormValues = {
  name: string;
  target: 'equipment' | 'category';
  equipmentId: string;
  equipmentCategory: EquipmentCategory | '';
  workCategory: WorkOrderCategory | '';
  assigneeId: string;
  recurrenceInterval: number;
  recurrenceUnit: RecurrenceUnit;
  checklist: string[];
  dueOn: string;
  graceDays: number;
  basis: string;
};

/** The form's values for a new plan, or as `plan` stands. */
export function planFormValues(plan?: MaintenancePlanFieldsFragment): PlanFormValues {
  return {
    name: plan?.name ?? '',
    target: plan?.equipmentId ? 'equipment' : 'category',
    equipmentId: plan?.equipmentId ?? '',
    equipmentCategory: plan?.equipmentCategory ?? '',
    workCategory: plan?.workCategory ?? '',
    assigneeId: plan?.assignee?.id ?? '',
    recurrenceInterval: plan?.recurrenceInterval ?? 1,
    recurrenceUnit: plan?.recurrenceUnit ?? 'MONTH',
    checklist: plan?.checklist.length ? [...plan.checklist] : [''],
    dueOn: plan?.nextDueOn ?? '',
    graceDays: plan?.graceDays ?? 0,
    basis: plan?.basis ?? '',
  };
}

const items = (f: PlanFormValues) => f.checklist.map((item) => item.trim()).filter(Boolean);

/** `createMaintenancePlan`'s input from the form. */
export function createPlanInput(f: PlanFormValues, parkId: string): CreateMaintenancePlanInput {
  const basis = f.basis.trim();
  return {
    parkId,
    name: f.name.trim(),
    ...(f.target === 'equipment'
      ? { equipmentId: f.equipmentId }
      : { equipmentCategory: f.equipmentCategory as EquipmentCategory }),
    workCategory: f.workCategory as WorkOrderCategory,
    ...(f.assigneeId && { assigneeId: f.assigneeId }),
    recurrenceUnit: f.recurrenceUnit,
    recurrenceInterval: f.recurrenceInterval,
    checklist: items(f),
    firstDueOn: f.dueOn,
    ...(basis && { basis }),
  };
}

/** `updateMaintenancePlan`'s input: every field the form shows, the due date and assignee when changed. */
export function updatePlanInput(
  f: PlanFormValues,
  plan: MaintenancePlanFieldsFragment,
): UpdateMaintenancePlanInput {
  const assigneeId = f.assigneeId || null;
  return {
    name: f.name.trim(),
    workCategory: f.workCategory as WorkOrderCategory,
    recurrenceUnit: f.recurrenceUnit,
    recurrenceInterval: f.recurrenceInterval,
    checklist: items(f),
    graceDays: f.graceDays,
    ...(f.dueOn !== plan.nextDueOn && { nextDueOn: f.dueOn }),
    ...(assigneeId !== (plan.assignee?.id ?? null) && { assigneeId }),
  };
}
