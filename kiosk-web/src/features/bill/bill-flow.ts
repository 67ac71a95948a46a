import { type InjectionKey, inject, provide, reactive } from 'vue';
import { useRouter } from 'vue-router';
import type { KioskBillQuery, KioskPaymentFragment } from '../../gql/graphql.js';
import { BILL_PREFIX } from './bill-input.js';

export type KioskBill = KioskBillQuery['kioskBill'];

/**
 * One payer's way through the bill screens: what they typed, the bill it found and the payment
 * opened on it. It lives in the frame of the screens (`BillFlowPage`), so leaving them (home, or
 * the idle reset) forgets the check code and the bill with them.
 */
export type BillFlow = {
  number: string;
  checkCode: string;
  bill: KioskBill | null;
  payment: KioskPaymentFragment | null;
  /**
   * The idempotency key of the current attempt to pay: sent again when the same attempt is
   * retried (a lost answer), so it opens one payment; a new attempt, after a failed or expired
   * payment, gets a new key.
   */
  attemptKey: string | null;
};

const FLOW: InjectionKey<BillFlow> = Symbol('bill-flow');

export function provideBillFlow(): BillFlow {
  const flow = reactive<BillFlow>({
    number: BILL_PREFIX,
    checkCode: '',
    bill: null,
    payment: null,
    attemptKey: null,
  });
  provide(FLOW, flow);
  return flow;
}

/**
 * The flow, for a screen that needs the bill or the payment already there: a screen opened
 * without them (a reload) starts over at the lookup.
 */
export function useBillFlow(requires?: 'bill' | 'payment'): BillFlow {
  const flow = inject(FLOW);
  if (!flow) throw new Error('useBillFlow() outside the bill screens');
  const router = useRouter();
  if ((requires === 'bill' && !flow.bill) || (requires === 'payment' && !(flow.bill && flow.payment)))
    void router.replace({ name: 'bill' });
  return flow;
}

/**
 * A key for one attempt to pay (the API takes 8–64 of A-Z a-z 0-9 _ -). `randomUUID` exists
 * only on secure pages; a kiosk reached over plain HTTP on the lobby network is not one, so the
 * same randomness comes from `getRandomValues` there.
 */
export function newAttemptKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}
