import { useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, onBeforeUnmount, ref, watch } from 'vue';
import { socket } from '../../apollo.js';
import {
  type KioskPaymentFragment,
  KioskPaymentIntentChangedDocument,
  KioskPaymentIntentDocument,
} from '../../gql/graphql.js';

/** How often the kiosk asks for the payment while its live connection is down. */
const POLL_MS = 5_000;
/**
 * How often it asks while the connection is up: a safety net for a change that came between
 * the first read and the subscription taking hold.
 */
const CHECK_MS = 30_000;

/**
 * A payment's status, live: the subscription tells each change; while the WebSocket is down (or
 * the subscription failed) the kiosk asks every five seconds instead. Each answer for the
 * payment still shown is passed to `onChange`; it all stops once the payment is over.
 */
export function usePaymentStatus(
  payment: () => KioskPaymentFragment | null,
  onChange: (p: KioskPaymentFragment) => void,
) {
  const id = computed(() => payment()?.id ?? '');
  const pending = computed(() => payment()?.status === 'PENDING');
  const connected = ref(false);
  const offs = [
    socket.on('connected', () => {
      connected.value = true;
    }),
    socket.on('closed', () => {
      connected.value = false;
    }),
  ];
  onBeforeUnmount(() => {
    for (const off of offs) off();
  });

  const live = useSubscription(
    KioskPaymentIntentChangedDocument,
    () => ({ id: id.value }),
    () => ({
      enabled: pending.value,
    }),
  );
  const subscribed = computed(() => connected.value && !live.error.value);
  // A changed interval restarts the query: each switch to polling asks at once.
  const read = useQuery(
    KioskPaymentIntentDocument,
    () => ({ id: id.value }),
    () => ({
      enabled: pending.value,
      fetchPolicy: 'network-only',
      pollInterval: subscribed.value ? CHECK_MS : POLL_MS,
    }),
  );

  // Only news of the payment shown, and only while it is open: a read that left before the
  // subscription said "paid" must not turn it back to waiting.
  const take = (p: KioskPaymentFragment | undefined) => {
    if (p && p.id === id.value && pending.value) onChange(p);
  };
  watch(live.result, (r) => take(r?.kioskPaymentIntentChanged));
  watch(read.result, (r) => take(r?.kioskPaymentIntent));
}
