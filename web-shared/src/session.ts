/** What the API returns from login and refreshSession. */
export type SessionTokens = {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
};

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

const REFRESH = `mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }
}`;

/**
 * A signed-in session kept in the browser: access and refresh tokens in storage (one key per
 * app), a refresh that concurrent requests share, and listeners for sign-in and sign-out. The
 * refresh goes straight to the API with fetch so it can never loop through the Apollo links.
 */
export class SessionStore {
  private tokens: SessionTokens | null;
  private refreshing: Promise<boolean> | null = null;
  private readonly listeners = new Set<(signedIn: boolean) => void>();

  constructor(
    private readonly opts: {
      storageKey: string;
      graphqlUrl: string;
      storage?: Storage;
      fetch?: typeof globalThis.fetch;
    },
  ) {
    const raw = this.storage.getItem(opts.storageKey);
    this.tokens = raw ? (JSON.parse(raw) as SessionTokens) : null;
  }

  private get storage(): Storage {
    return this.opts.storage ?? globalThis.localStorage;
  }

  get signedIn(): boolean {
    return this.tokens !== null;
  }

  get accessToken(): string | undefined {
    return this.tokens?.accessToken;
  }

  /** `Bearer …` for the current access token, if signed in. */
  authorization(): string | undefined {
    return this.tokens ? `Bearer ${this.tokens.accessToken}` : undefined;
  }

  signIn(tokens: SessionTokens): void {
    this.tokens = tokens;
    this.storage.setItem(this.opts.storageKey, JSON.stringify(tokens));
    for (const l of this.listeners) l(true);
  }

  signOut(): void {
    const was = this.tokens !== null;
    this.tokens = null;
    this.storage.removeItem(this.opts.storageKey);
    if (was) for (const l of this.listeners) l(false);
  }

  onChange(listener: (signedIn: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Trades the refresh token for a new pair. Concurrent callers share one request, since a
   * refresh token works once and a second use would end the session. Resolves false (and signs
   * out) when the session is over.
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async doRefresh(): Promise<boolean> {
    const refreshToken = this.tokens?.refreshToken;
    if (!refreshToken) return false;
    const fetchFn = this.opts.fetch ?? globalThis.fetch;
    try {
      const res = await fetchFn(this.opts.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: REFRESH, variables: { refreshToken } }),
      });
      const body = (await res.json()) as { data?: { refreshSession?: SessionTokens } | null };
      const next = body.data?.refreshSession;
      if (!next) {
        this.signOut();
        return false;
      }
      this.signIn(next);
      return true;
    } catch {
      // The network failed: keep the session; the next request tries again.
      return false;
    }
  }
}
