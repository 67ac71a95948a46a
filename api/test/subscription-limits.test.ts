import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../src/graphql/limits.js';
import { startTestApp, type TestApp } from './test-app.js';

/** One socket cannot hold more operations than the apps ever need; the cap frees as they end. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const NOTIFICATIONS = 'subscription { notificationReceived { id } }';

describe('operations per WebSocket', () => {
  it(`refuses the ${LIMITS.maxOperationsPerSocket + 1}th live subscription on one socket, and takes one again after another ends`, async () => {
    const tenant = await t.as('tenant.staff');
    const client = tenant.wsClient();
    const refusals: unknown[] = [];
    const open = () =>
      client.subscribe(
        { query: NOTIFICATIONS },
        { next: () => undefined, error: (e) => refusals.push(e), complete: () => undefined },
      );
    const stops = Array.from({ length: LIMITS.maxOperationsPerSocket }, open);
    // A query on the same socket answers only once the subscriptions above are registered.
    const ping = () =>
      new Promise<unknown>((resolve, reject) => {
        client.subscribe(
          { query: '{ viewer { id } }' },
          { next: resolve, error: reject, complete: () => undefined },
        );
      });
    await expect(ping()).rejects.toBeDefined();
    expect(refusals).toEqual([]);
    const extra = new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: NOTIFICATIONS },
        { next: resolve, error: resolve, complete: () => undefined },
      );
    });
    const refused = (await extra) as { extensions?: Record<string, unknown> }[];
    expect(refused[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      domainCode: 'TOO_MANY_SUBSCRIPTIONS',
    });
    stops[0]!();
    stops[1]!();
    // The server ends them as their complete messages arrive; ask until it has.
    let answer: { data?: { viewer: { id: string } } } = {};
    for (let attempt = 0; attempt < 50 && !answer.data; attempt += 1)
      answer = (await ping().catch(() => ({}))) as typeof answer;
    expect(answer.data?.viewer.id).toBe(tenant.userId);
    for (const stop of stops) stop();
  });
});
