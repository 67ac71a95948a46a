import {
  ApolloClient,
  ApolloLink,
  from,
  HttpLink,
  InMemoryCache,
  Observable,
  split,
} from '@apollo/client/core';
import { onError } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { type Client, createClient } from 'graphql-ws';
import type { SessionStore } from './session.js';

export type ApolloOptions = {
  /** `/graphql` on the page's origin unless given. */
  httpUrl?: string;
  wsUrl?: string;
  /** Where the `Authorization` value comes from: a signed-in session, or a kiosk's credential. */
  authorization: () => string | undefined;
  /** Signed-in apps pass their session, so an expired access token is refreshed and retried. */
  session?: SessionStore;
  /** Called when the session cannot be renewed (sign in again) or a kiosk is revoked. */
  onSignedOut?: () => void;
  /** The HTTP transport; tests pass their own. */
  fetch?: typeof globalThis.fetch;
};

const isTokenExpired = (ext: Record<string, unknown> | undefined) =>
  ext?.code === 'UNAUTHENTICATED' && ext.domainCode === 'TOKEN_EXPIRED';
const isSignedOut = (ext: Record<string, unknown> | undefined) =>
  ext?.code === 'UNAUTHENTICATED' &&
  ext.domainCode !== 'TOKEN_EXPIRED' &&
  ext.domainCode !== 'BAD_CREDENTIALS';

/**
 * The Apollo client every app uses: HTTP for queries and mutations, graphql-ws for
 * subscriptions, one credential for both. An expired access token is refreshed once and the
 * operation retried; the WebSocket reconnects with the new token. After a reconnect, active
 * queries are refetched, so nothing missed while offline stays stale.
 */
export function createApolloClient(opts: ApolloOptions): { client: ApolloClient<unknown>; ws: Client } {
  const origin = globalThis.location?.origin ?? 'http://localhost';
  const httpUrl = opts.httpUrl ?? `${origin}/graphql`;
  const wsUrl = opts.wsUrl ?? httpUrl.replace(/^http/, 'ws');

  let client: ApolloClient<unknown> | undefined;
  const ws = createClient({
    url: wsUrl,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    connectionParams: () => {
      const authorization = opts.authorization();
      return authorization ? { authorization } : {};
    },
    on: {
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) void client?.refetchQueries({ include: 'active' });
      },
    },
  });

  const auth = new ApolloLink((operation, forward) => {
    const authorization = opts.authorization();
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, ...(authorization && { authorization }) },
    }));
    return forward(operation);
  });

  const renew = onError(({ graphQLErrors, operation, forward }) => {
    const ext = graphQLErrors?.[0]?.extensions as Record<string, unknown> | undefined;
    if (isTokenExpired(ext) && opts.session && !operation.getContext().retried) {
      const session = opts.session;
      return new Observable((observer) => {
        void session.refresh().then((ok) => {
          if (!ok) {
            opts.onSignedOut?.();
            observer.error(new Error('Session ended'));
            return;
          }
          ws.terminate(); // reconnects with the new access token
          operation.setContext({ retried: true });
          forward(operation).subscribe(observer);
        });
      });
    }
    if (isSignedOut(ext)) {
      opts.session?.signOut();
      opts.onSignedOut?.();
    }
    return undefined;
  });

  const http = new HttpLink({ uri: httpUrl, ...(opts.fetch && { fetch: opts.fetch }) });
  const link = split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    new GraphQLWsLink(ws),
    from([renew, auth, http]),
  );
  client = new ApolloClient({
    link,
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return { client, ws };
}
