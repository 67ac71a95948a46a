import type { Page } from 'playwright-core';
import { baseUrl, clientAddress } from '../browser.ts';

type GqlBody<T> = { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/** One operation against the product's /graphql, as the console or a kiosk would send it. */
async function gql<T>(query: string, variables: Record<string, unknown>, authorization?: string): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': clientAddress(),
      accept: 'application/graphql-response+json, application/json',
      ...(authorization && { authorization }),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GqlBody<T>;
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * The admin side of a kiosk's life, through the API (the console has no kiosk page yet): sign
 * in as the demo HQ admin, register kiosks in the demo park, revoke them.
 */
export async function kioskAdmin() {
  const { login } = await gql<{ login: { accessToken: string } }>(
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { login: 'hq.admin', password: 'Demo@2026!' } },
  );
  const authorization = `Bearer ${login.accessToken}`;
  const { parks } = await gql<{
    parks: { nodes: { id: string; name: string; buildings: { id: string; code: string }[] }[] };
  }>(
    '{ parks(first: 1, filter: { search: "SZ-XH" }) { nodes { id name buildings { id code } } } }',
    {},
    authorization,
  );
  const park = parks.nodes[0]!;
  const lobby = park.buildings.find((b) => b.code === 'A1')!;
  let sequence = 0;
  return {
    park,
    /** Registers a kiosk in the A1 lobby and returns its id and the one-time pairing code. */
    async createKiosk(): Promise<{ id: string; pairingCode: string }> {
      const { createKioskDevice } = await gql<{
        createKioskDevice: { device: { id: string }; pairingCode: string };
      }>(
        'mutation ($input: CreateKioskDeviceInput!) { createKioskDevice(input: $input) { device { id } pairingCode } }',
        {
          input: {
            parkId: park.id,
            buildingId: lobby.id,
            name: `e2e 大堂机 ${Date.now() % 100_000}-${++sequence}`,
            location: 'A1 栋一楼大堂',
          },
        },
        authorization,
      );
      return { id: createKioskDevice.device.id, pairingCode: createKioskDevice.pairingCode };
    },
    /**
     * Pairs a kiosk without a screen and returns its credential. Pairing is limited to ten
     * attempts per address in ten minutes (each test file has its own address: `clientAddress`),
     * so browser tests pair on the keypad only where that is what they test.
     */
    async pairedKiosk(): Promise<{ id: string; credential: string }> {
      const { id, pairingCode } = await this.createKiosk();
      const { pairKioskDevice } = await gql<{ pairKioskDevice: { credential: string } }>(
        'mutation ($code: String!) { pairKioskDevice(input: { pairingCode: $code }) { credential } }',
        { code: pairingCode },
      );
      return { id, credential: pairKioskDevice.credential };
    },
    async revokeKiosk(id: string): Promise<void> {
      await gql('mutation ($id: ID!) { revokeKioskDevice(id: $id) { id } }', { id }, authorization);
    },
  };
}

/** Where the kiosk app keeps its credential (kiosk-web/src/apollo.ts). */
export const CREDENTIAL_KEY = 'park.kiosk.credential';

/** Buttons on screen smaller than a fingertip (64 px either way), named by their text. */
export function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('button, [role="tab"], input')).flatMap((el) => {
      const r = el.getBoundingClientRect();
      const visible = r.width > 0 && r.bottom > 0 && r.top < innerHeight;
      return visible && Math.min(r.width, r.height) < 63.5
        ? [
            `${el.textContent?.trim() || el.getAttribute('data-test-id')} ${Math.round(r.width)}×${Math.round(r.height)}`,
          ]
        : [];
    }),
  );
}

/**
 * What a USB scanner in keyboard mode does: the code's characters as key presses a millisecond
 * or so apart, then Enter. Sent from inside the page in one go: typed over the DevTools protocol
 * on a loaded machine, key presses can arrive further apart than any scanner sends them.
 */
export async function scanWithScanner(page: Page, code: string): Promise<void> {
  await page.evaluate((text) => {
    for (const key of [...text, 'Enter'])
      window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }, code);
}
