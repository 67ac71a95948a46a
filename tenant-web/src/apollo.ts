import { createApolloClient, SessionStore } from '@park/web-shared';
import { env } from './env.js';

/** The portal's session (tokens in localStorage), its Apollo client and the socket under its subscriptions. */
export const session = new SessionStore({ storageKey: 'park.portal.session', graphqlUrl: env.graphqlUrl });

export const { client: apolloClient, ws } = createApolloClient({
  httpUrl: env.graphqlUrl,
  authorization: () => session.authorization(),
  session,
  onSignedOut: () => {
    void apolloClient.clearStore();
    if (!location.pathname.endsWith('/login')) location.assign(`${import.meta.env.BASE_URL}login`);
  },
});
