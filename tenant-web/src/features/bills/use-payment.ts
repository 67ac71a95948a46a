import { useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, onBeforeUnmount, type Ref, ref, watchEffect } from 'vue';
import { socketConnected } from '../../apollo.js';
import { PaymentChangedDocument, PaymentDocument } from '../../gql/graphql.js';

/** How often the payment is asked for while the socket is down. */
const POLL_MS = 5_000;

/**
 * One payment of the company's, kept current while it waits for the payer: `paymentIntentChanged`
 * brings each change (paid, failed, closed) into Apollo's cache; while the socket is down (or not
 * yet up) the payment is asked for every 5 s instead, so the page never waits on a dead socket.
 * Also the seconds left before its QR stops working, ticking while it is pending.
 */
export function usePayment(id: Ref<string>) {
  /** Polling, because the socket is down (set below, once the payment is known). */
  const polling = ref(false);
  const query = useQuery(
    PaymentDocument,
    () => ({ id: id.value }),
    () => ({ fetchPolicy: 'cache-and-network', pollInterval: polling.value ? POLL_MS : 0 }),
  );
  const payment = computed(() => query.result.value?.paymentIntent ?? null);
  const pending = computed(() => payment.value?.status === 'PENDING');

  useSubscription(
    PaymentChangedDocument,
    () => ({ id: id.value }),
    () => ({ enabled: pending.value }),
  );
  // Polling on or off restarts the query, which reads the payment afresh: so a socket coming (back)
  // up also catches what changed while it was down.
  watchEffect(() => {
    polling.value = pending.value && !socketConnected.value;
  });

  const now = ref(Date.now());
  let timer: ReturnType<typeof setInterval> | undefined;
  watchEffect(() => {
    clearInterval(timer);
    timer = pending.value
      ? setInterval(() => {
          now.value = Date.now();
        }, 1000)
      : undefined;
  });
  onBeforeUnmount(() => clearInterval(timer));

  return {
    payment,
    loading: query.loading,
    error: query.error,
    refetch: () => query.refetch(),
    polling: computed(() => polling.value),
    /** Whole seconds until the QR stops working (0 once it has). */
    secondsLeft: computed(() =>
      payment.value ? Math.max(0, Math.ceil((Date.parse(payment.value.expiresAt) - now.value) / 1000)) : 0,
    ),
  };
}
