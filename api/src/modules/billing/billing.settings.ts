import { type BillingConfig, loadConfig } from '../../config/env.js';

let active: BillingConfig | undefined;

/** What the billing feature runs with (`config/env.ts`), read once. */
export function billingSettings(): BillingConfig {
  active ??= loadConfig().billing;
  return active;
}

/** Replaces the settings (tests: small batches, so a demo park's run takes several); returns the previous ones. */
export function useBillingSettings(next: BillingConfig): BillingConfig {
  const previous = billingSettings();
  active = next;
  return previous;
}
