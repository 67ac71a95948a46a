import { formatDateTime } from '@park/web-shared';
import { onBeforeUnmount, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { VisitPhase, VisitState } from '../../gql/graphql.js';
import { useViewer } from '../auth/use-viewer.js';

/** Tag colours of a visit's approval state. */
export const STATE_TAG: Record<VisitState, 'success' | 'warning' | 'info' | 'danger' | 'primary'> = {
  AWAITING_SECURITY: 'danger',
  AWAITING_HOST: 'warning',
  AWAITING_FRONT_DESK: 'warning',
  APPROVED: 'success',
  REJECTED: 'info',
  REVOKED: 'info',
};
/** Tag colours of where an approved visit stands. */
export const PHASE_TAG: Record<VisitPhase, 'success' | 'warning' | 'info' | 'danger' | 'primary'> = {
  EXPECTED: 'primary',
  ON_SITE: 'success',
  LEFT: 'info',
  MISSED: 'info',
  PENDING: 'warning',
  REJECTED: 'info',
  REVOKED: 'info',
};

/**
 * Times of visits in the park's zone and language, and a clock that ticks each half minute so
 * "overdue" and "waiting for" move on without a reload.
 */
export function useVisitFormat() {
  const { t, locale } = useI18n();
  const { park } = useViewer();
  const now = ref(Date.now());
  const timer = setInterval(() => (now.value = Date.now()), 30_000);
  onBeforeUnmount(() => clearInterval(timer));
  const time = (iso: string | null | undefined) =>
    iso ? formatDateTime(iso, park.value!.timeZone, locale.value) : '—';
  /** The window's start and end, the end's date left out when it is the start's day (two lines). */
  const window = (startsAt: string, endsAt: string): [string, string] => {
    const a = time(startsAt);
    const b = time(endsAt);
    const [dayA] = a.split(' ');
    return [a, `– ${b.startsWith(`${dayA} `) ? b.slice(dayA!.length + 1) : b}`];
  };
  const minutesSince = (iso: string) => {
    const n = Math.max(0, Math.floor((now.value - new Date(iso).getTime()) / 60_000));
    return t('visitors.waitedMinutes', { n }, n);
  };
  const overdue = (iso: string) => new Date(iso).getTime() < now.value;
  return { time, window, minutesSince, overdue, now };
}
