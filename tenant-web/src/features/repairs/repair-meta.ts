import type { WorkOrderCategory, WorkOrderPriority, WorkOrderState } from '../../gql/graphql.js';

type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'default';

/** The kinds of work a tenant reports, most common first, each with its tile colour. */
export const REPAIR_CATEGORIES: readonly { value: WorkOrderCategory; color: string }[] = [
  { value: 'WATER', color: '#1989fa' },
  { value: 'POWER', color: '#ff8a00' },
  { value: 'LIGHTING', color: '#e6a700' },
  { value: 'HVAC', color: '#00a8b5' },
  { value: 'DOOR_ACCESS', color: '#7b5cf0' },
  { value: 'CLEANING', color: '#07a35a' },
  { value: 'NETWORK', color: '#3f6ad8' },
  { value: 'CIVIL', color: '#b26b3e' },
  { value: 'ELEVATOR', color: '#d6456b' },
  { value: 'OTHER', color: '#6b7785' },
];

export const categoryColor = (c: WorkOrderCategory) =>
  REPAIR_CATEGORIES.find((x) => x.value === c)?.color ?? '#6b7785';

export const PRIORITIES: readonly WorkOrderPriority[] = ['NORMAL', 'URGENT', 'EMERGENCY'];

/** Waiting on the park: blue; waiting on the tenant: orange; done: green; over: grey. */
export const STATE_TAG: Record<WorkOrderState, TagType> = {
  SUBMITTED: 'primary',
  DISPATCHED: 'primary',
  ACCEPTED: 'primary',
  IN_PROGRESS: 'primary',
  ON_HOLD: 'warning',
  COMPLETED: 'warning',
  VERIFIED: 'success',
  CLOSED: 'success',
  CANCELLED: 'default',
};

/** The filter tabs of My requests; `null` is every order. */
export const REPAIR_FILTERS: readonly { key: string; states: WorkOrderState[] | null }[] = [
  { key: 'open', states: ['SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'] },
  { key: 'toConfirm', states: ['COMPLETED'] },
  { key: 'done', states: ['VERIFIED', 'CLOSED', 'CANCELLED'] },
  { key: 'all', states: null },
];

/** The place of a problem outside the company's units (a corridor, the car park). */
export const ELSEWHERE = 'elsewhere';
