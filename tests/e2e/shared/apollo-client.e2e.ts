import { gql } from '@apollo/client/core';
import { createApolloClient, SessionStore } from '@park/web-shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl } from '../browser.js';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}

const UNITS = gql`
  query UnitsCount {
    units(first: 1) {
      totalCount
    }
  }
`;
const CHANGES = gql`
  subscription Changes($parkId: ID!) {
    equipmentChanged(parkId: $parkId) {
      kind
    }
  }
`;

let session: SessionStore;
/** HTTP requests of the watched query, counted on the wire. */
let requests = 0;
const countingFetch: typeof fetch = (input, init) => {
  if (String(init?.body ?? '').includes('UnitsCount')) requests += 1;
  return fetch(input, init);
};
beforeAll(async () => {
  const graphqlUrl = `${baseUrl()}/graphql`;
  session = new SessionStore({ storageKey: 's', graphqlUrl, storage: new MemoryStorage() });
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation { login(input: { login: "park.manager", password: "Demo@2026!" }) { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt } }',
    }),
  });
  session.signIn(
    ((await res.json()) as { data: { login: Parameters<SessionStore['signIn']>[0] } }).data.login,
  );
});
afterAll(() => session.signOut());

describe('the shared Apollo client against the real API', () => {
  it('refetches active queries after the WebSocket reconnects, so nothing missed stays stale', async () => {
    const graphqlUrl = `${baseUrl()}/graphql`;
    const { client, ws } = createApolloClient({
      httpUrl: graphqlUrl,
      authorization: () => session.authorization(),
      session,
      fetch: countingFetch,
    });
    const watched = client.watchQuery({ query: UNITS, fetchPolicy: 'network-only' });
    const values: number[] = [];
    const sub = watched.subscribe(({ data }) => {
      if (data) values.push((data as { units: { totalCount: number } }).units.totalCount);
    });
    await expect.poll(() => values.length).toBeGreaterThan(0);
    const { data } = await client.query<{ viewer: { parks: { id: string }[] } }>({
      query: gql`
        query ParkIds {
          viewer {
            id
            parks {
              id
            }
          }
        }
      `,
    });
    const connected: boolean[] = [];
    ws.on('connected', (_socket, _payload, wasRetry) => connected.push(wasRetry));
    const live = client
      .subscribe({ query: CHANGES, variables: { parkId: data.viewer.parks[0]!.id } })
      .subscribe({});
    await expect.poll(() => connected).toEqual([false]);
    const before = requests;

    ws.terminate(); // the network drops
    await expect.poll(() => connected, { timeout: 10_000 }).toEqual([false, true]);
    await expect.poll(() => requests, { timeout: 5000 }).toBeGreaterThan(before);

    live.unsubscribe();
    sub.unsubscribe();
    await ws.dispose();
  });
});
