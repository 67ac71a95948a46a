import { expect } from 'vitest';

/** The payer at the sandbox's checkout page: pays (or fails) the intent's order. */
export async function payAtSandbox(payUrl: string, action: 'pay' | 'fail' = 'pay') {
  const res = await fetch(payUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `action=${action}`,
  });
  expect(res.status).toBe(200);
  return res.text();
}
