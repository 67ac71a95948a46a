import { coalescedRefetch } from '@park/web-shared';
import { useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
import { computed } from 'vue';
import {
  MarkNotificationsReadDocument,
  NotificationReceivedDocument,
  UnreadNotificationCountDocument,
} from '../../gql/graphql.js';

/**
 * How many of the user's notifications are unread, for the title bar's badge on every page: each
 * one sent arrives over `notificationReceived` and the count is read again (coalesced, so a burst
 * is one request). The list page reads them itself.
 */
export function useUnreadNotifications() {
  const { result, refetch } = useQuery(UnreadNotificationCountDocument, null, {
    fetchPolicy: 'cache-and-network',
  });
  const live = useSubscription(NotificationReceivedDocument);
  live.onResult(coalescedRefetch(() => refetch()));
  return { unread: computed(() => result.value?.unreadNotificationCount ?? 0) };
}

/**
 * Marks notifications read: those given, or (none given) all of them. The list shows it at once
 * (their `readAt` in Apollo's cache is set to now) and the badge's count is read again.
 */
export function useMarkNotificationsRead() {
  const { mutate, loading } = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: ['UnreadNotificationCount'],
  });
  /** `ids` undefined marks all; `shown` are the ones on screen the cache should mark meanwhile. */
  async function markRead(ids: string[] | undefined, shown: string[] = ids ?? []): Promise<void> {
    const now = new Date().toISOString();
    await mutate(
      { ids: ids ?? null },
      {
        update(cache) {
          for (const id of shown)
            cache.modify({
              id: cache.identify({ __typename: 'Notification', id }),
              fields: { readAt: (readAt: string | null) => readAt ?? now },
            });
        },
      },
    );
  }
  return { markRead, marking: loading };
}
