import { describe, expect, it } from 'vitest';
import { SessionStore, type SessionTokens } from './session.js';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

const tokens = (n: number): SessionTokens => ({
  accessToken: `access-${n}`,
  accessTokenExpiresAt: '2026-01-01T00:00:00Z',
  refreshToken: `refresh-${n}`,
  refreshTokenExpiresAt: '2026-02-01T00:00:00Z',
});

describe('SessionStore', () => {
  it('keeps tokens across page loads and shares one refresh between concurrent callers', async () => {
    const storage = new MemoryStorage();
    const sent: string[] = [];
    const fetch = (async (_url: string, init: { body: string }) => {
      sent.push((JSON.parse(init.body) as { variables: { refreshToken: string } }).variables.refreshToken);
      await new Promise((r) => setTimeout(r, 10));
      return { json: async () => ({ data: { refreshSession: tokens(2) } }) };
    }) as unknown as typeof globalThis.fetch;
    const a = new SessionStore({ storageKey: 's', graphqlUrl: '/graphql', storage, fetch });
    a.signIn(tokens(1));
    const b = new SessionStore({ storageKey: 's', graphqlUrl: '/graphql', storage, fetch });
    expect(b.authorization()).toBe('Bearer access-1');

    const results = await Promise.all([b.refresh(), b.refresh(), b.refresh()]);
    expect(results).toEqual([true, true, true]);
    expect(sent).toEqual(['refresh-1']); // a refresh token works once: never sent twice
    expect(b.authorization()).toBe('Bearer access-2');
  });

  it('signs out when the session cannot be renewed, and tells listeners', async () => {
    const storage = new MemoryStorage();
    const fetch = (async () => ({
      json: async () => ({ data: null, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] }),
    })) as unknown as typeof globalThis.fetch;
    const s = new SessionStore({ storageKey: 's', graphqlUrl: '/graphql', storage, fetch });
    s.signIn(tokens(1));
    const seen: boolean[] = [];
    s.onChange((v) => seen.push(v));
    expect(await s.refresh()).toBe(false);
    expect(s.signedIn).toBe(false);
    expect(storage.items.size).toBe(0);
    expect(seen).toEqual([false]);
  });
});
