import { createApolloClient } from '@park/web-shared';
import { env } from './env.js';

const CREDENTIAL_KEY = 'park.kiosk.credential';

/** The kiosk's device credential from pairing, kept on the device. */
export const device = {
  get credential(): string | null {
    return localStorage.getItem(CREDENTIAL_KEY);
  },
  pair(credential: string): void {
    localStorage.setItem(CREDENTIAL_KEY, credential);
  },
  forget(): void {
    localStorage.removeItem(CREDENTIAL_KEY);
  },
};

/** The client, and its WebSocket (a payment's screen watches it to know when to poll instead). */
export const { client: apolloClient, ws: socket } = createApolloClient({
  httpUrl: env.graphqlUrl,
  authorization: () => (device.credential ? `Device ${device.credential}` : undefined),
  // A revoked or re-paired kiosk goes back to the pairing screen.
  onSignedOut: () => {
    device.forget();
    void apolloClient.clearStore();
    if (!location.pathname.endsWith('/pair')) location.assign(`${import.meta.env.BASE_URL}pair`);
  },
});
