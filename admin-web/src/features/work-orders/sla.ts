import { onScopeDispose, ref } from 'vue';
import type { SlaStatus, WorkOrderState } from '../../gql/graphql.js';

export type Sla = { respondBy: string; resolveBy: string; response: SlaStatus; resolution: SlaStatus };

export const RISK_COLOR: Record<SlaStatus, string> = {
  ON_TRACK: '#67c23a',
  AT_RISK: '#e6a23c',
  BREACHED: '#f56c6c',
  MET: '#909399',
};

/** The deadline that counts now: response until work has started, then resolution. */
export function slaFocus(sla: Sla, state: WorkOrderState): { at: string; status: SlaStatus } {
  return sla.response === 'MET' || state === 'COMPLETED'
    ? { at: sla.resolveBy, status: sla.resolution }
    : { at: sla.respondBy, status: sla.response };
}

const now = ref(Date.now());
let users = 0;
let timer: ReturnType<typeof setInterval> | undefined;

/** The time, ticking every 30 s while anything on screen uses it: one timer for every countdown. */
export function useNow() {
  if (users++ === 0) timer = setInterval(() => (now.value = Date.now()), 30_000);
  now.value = Date.now();
  onScopeDispose(() => {
    if (--users === 0) clearInterval(timer);
  });
  return now;
}
