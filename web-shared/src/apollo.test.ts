import { gql } from '@apollo/client/core';
import { describe, expect, it } from 'vitest';
import { createApolloClient } from './apollo.js';
import { SessionStore } from './session.js';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}

const tokens = (n: number) => ({
  accessToken: `access-${n}`,
  accessTokenExpiresAt: '2030-01-01T00:00:00Z',
  refreshToken: `refresh-${n}`,
  refreshTokenExpiresAt: '2030-02-01T00:00:00Z',
});
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const VIEWER = gql`
  query Viewer {
    viewer {
      id
    }
  }
`;

/** A fake API: the first access token has expired, refreshSession hands out the next pair. */
function fakeApi() {
  const seen: { operation: string; authorization: string | null }[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string; operationName?: string };
    const authorization = new Headers(init.headers).get('authorization');
    const operation = body.query.includes('refreshSession') ? 'refresh' : 'viewer';
    seen.push({ operation, authorization });
    if (operation === 'refresh') return json({ data: { refreshSession: tokens(2) } });
    if (authorization === 'Bearer access-1')
      return json({
        data: null,
        errors: [
          { message: 'expired', extensions: { code: 'UNAUTHENTICATED', domainCode: 'TOKEN_EXPIRED' } },
        ],
      });
    return json({ data: { viewer: { __typename: 'Viewer', id: 'u1' } } });
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

describe('createApolloClient', () => {
  it('refreshes an expired access token once and retries the operation with the new one', async () => {
    const api = fakeApi();
    const session = new SessionStore({
      storageKey: 's',
      graphqlUrl: 'http://api/graphql',
      storage: new MemoryStorage(),
      fetch: api.fetch,
    });
    session.signIn(tokens(1));
    const { client, ws } = createApolloClient({
      httpUrl: 'http://api/graphql',
      authorization: () => session.authorization(),
      session,
      fetch: api.fetch,
    });
    const result = await client.query({ query: VIEWER, fetchPolicy: 'network-only' });
    expect(result.data).toEqual({ viewer: { __typename: 'Viewer', id: 'u1' } });
    expect(api.seen).toEqual([
      { operation: 'viewer', authorization: 'Bearer access-1' },
      { operation: 'refresh', authorization: null },
      { operation: 'viewer', authorization: 'Bearer access-2' },
    ]);
    await ws.dispose();
  });

  it('signs out and tells the app when the session is over', async () => {
    const fetch = (async () =>
      json({
        data: null,
        errors: [
          { message: 'revoked', extensions: { code: 'UNAUTHENTICATED', domainCode: 'SESSION_REVOKED' } },
        ],
      })) as typeof globalThis.fetch;
    const session = new SessionStore({
      storageKey: 's',
      graphqlUrl: 'http://api/graphql',
      storage: new MemoryStorage(),
      fetch,
    });
    session.signIn(tokens(1));
    let signedOut = 0;
    const { client, ws } = createApolloClient({
      httpUrl: 'http://api/graphql',
      authorization: () => session.authorization(),
      session,
      fetch,
      onSignedOut: () => {
        signedOut += 1;
      },
    });
    await expect(client.query({ query: VIEWER, fetchPolicy: 'network-only' })).rejects.toThrow();
    expect(session.signedIn).toBe(false);
    expect(signedOut).toBe(1);
    await ws.dispose();
  });
});
