import { createApolloClient, SessionStore } from '@park/web-shared';
import { ref } from 'vue';
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

/**
 * Whether the subscription socket is connected now. Watched from the start (the socket opens
 * lazily, with the first subscription), so a page that needs live news can tell a quiet socket
 * from a dropped one and poll meanwhile.
 */
export const socketConnected = ref(false);
ws.on('connected', () => {
  socketConnected.value = true;
});
ws.on('closed', () => {
  socketConnected.value = false;
});
