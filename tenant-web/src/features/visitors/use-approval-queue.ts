import { useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, onBeforeUnmount, ref } from 'vue';
import { ws } from '../../apollo.js';
import {
  PendingVisitApprovalsDocument,
  VisitApprovalRequestedDocument,
  type VisitFieldsFragment,
} from '../../gql/graphql.js';
import { useViewer } from '../auth/use-viewer.js';
import { beep } from './beep.js';
import { AWAITING_COMPANY } from './visit-meta.js';

/**
 * Walk-ins waiting for the company's answer, oldest first: those already waiting when the
 * portal opens (or the socket comes back after a drop, when events may have been missed), then
 * each one the subscription announces, with a chime. An event about a visit that is no longer
 * waiting (answered by a colleague, or by the front desk) takes it off the queue.
 */
export function useApprovalQueue() {
  const { can } = useViewer();
  const enabled = computed(() => can('visitor.invite'));
  const queue = ref<VisitFieldsFragment[]>([]);
  /** Visits the user put off with "later": kept out of the prompt until they change. */
  const postponed = ref(new Set<string>());
  /** Whether the user asked for every waiting visit (the bell), not just the new ones. */
  const opened = ref(false);

  function upsert(visit: VisitFieldsFragment, announce: boolean) {
    const i = queue.value.findIndex((v) => v.id === visit.id);
    if (!AWAITING_COMPANY.includes(visit.state)) {
      if (i >= 0) queue.value.splice(i, 1);
      if (queue.value.length === 0) opened.value = false;
      return;
    }
    if (i >= 0) queue.value[i] = visit;
    else {
      queue.value.push(visit);
      if (announce) {
        postponed.value.delete(visit.id);
        beep();
      }
    }
  }

  const pending = useQuery(PendingVisitApprovalsDocument, null, () => ({
    enabled: enabled.value,
    fetchPolicy: 'network-only',
  }));
  pending.onResult(({ data }) => {
    if (!data) return;
    const ids = new Set(data.pendingVisitApprovals.map((v) => v.id));
    queue.value = queue.value.filter((v) => ids.has(v.id));
    const fresh = data.pendingVisitApprovals.some((v) => !queue.value.some((q) => q.id === v.id));
    for (const v of data.pendingVisitApprovals) upsert(v, false);
    if (fresh) beep();
  });

  const live = useSubscription(VisitApprovalRequestedDocument, null, () => ({ enabled: enabled.value }));
  live.onResult(({ data }) => {
    if (data) upsert(data.visitApprovalRequested, true);
  });

  // After a (re)connect the socket may have missed events: read the queue again.
  const off = ws.on('connected', () => {
    if (enabled.value) void pending.refetch();
  });
  onBeforeUnmount(off);

  /**
   * The prompt opens by itself for walk-ins still waiting for the host; those already handed to
   * the front desk (the host may still answer) wait behind the bell until the user opens them.
   */
  const visible = computed(() =>
    queue.value.filter((v) => !postponed.value.has(v.id) && (opened.value || v.state === 'AWAITING_HOST')),
  );
  return {
    queue,
    /** The visit to ask about now, oldest first. */
    current: computed(() => visible.value[0] ?? null),
    /** How many more wait behind it. */
    behind: computed(() => Math.max(visible.value.length - 1, 0)),
    /** Every visit waiting, put off or not (the badge). */
    waiting: computed(() => queue.value.length),
    postpone: (id: string) => {
      postponed.value = new Set([...postponed.value, id]);
      if (visible.value.length === 0) opened.value = false;
    },
    /** The bell: every waiting visit, put off or handed on, one after another. */
    resume: () => {
      postponed.value = new Set();
      opened.value = true;
    },
    settle: (visit: VisitFieldsFragment) => upsert(visit, false),
    /** Reads the queue again (a visit answered elsewhere meanwhile). */
    refresh: () => void pending.refetch(),
  };
}
