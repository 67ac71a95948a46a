import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPark } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let parkId: string;
let equipmentId: string;
beforeAll(async () => {
  t = await startTestApp();
  const [row] = await t.sql<{ id: string; park_id: string }>(
    `select id, park_id from equipment where status = 'RUNNING' order by code limit 1`,
  );
  parkId = row!.park_id;
  equipmentId = row!.id;
});
afterAll(() => t.close());

const SUBSCRIPTION =
  'subscription ($p: ID!) { equipmentChanged(parkId: $p) { kind equipment { id status } } }';
type Event = { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] };

/** Subscribes and collects events; `done` resolves when the server completes or errors. */
function watch(client: Client, park: string) {
  const events: Event[] = [];
  let finished = false;
  const done = new Promise<void>((resolve) => {
    client.subscribe(
      { query: SUBSCRIPTION, variables: { p: park } },
      {
        next: (e) => events.push(e as Event),
        error: (e) => {
          const close = e as { code?: number; reason?: string };
          const detail = `${close.code} ${close.reason}`;
          events.push({ errors: Array.isArray(e) ? e : [{ extensions: { code: 'SOCKET', detail } }] });
          finished = true;
          resolve();
        },
        complete: () => {
          finished = true;
          resolve();
        },
      },
    );
  });
  return { events, done, isFinished: () => finished };
}

let status = 0;
async function touchEquipment() {
  status += 1;
  await t.gqlOk(
    'mutation ($id: ID!, $s: EquipmentStatus!) { changeEquipmentStatus(id: $id, status: $s) { status } }',
    {
      id: equipmentId,
      s: status % 2 === 1 ? 'UNDER_MAINTENANCE' : 'RUNNING',
    },
  );
}
const settle = () => new Promise((r) => setTimeout(r, 300));
const codes = (events: Event[]) => events.flatMap((e) => (e.errors ?? []).map((x) => x.extensions?.code));

describe('subscriptions under authorization', () => {
  it('refuses a tenant user (no equipment.read) before subscribing', async () => {
    const tenant = await t.as('tenant.admin');
    const w = watch(tenant.wsClient(), parkId);
    await w.done;
    expect(codes(w.events)).toEqual(['FORBIDDEN']);
  });

  it('refuses a park outside the caller’s reach as NOT_FOUND', async () => {
    const other = await createPark(t);
    const manager = await t.as('park.manager');
    const w = watch(manager.wsClient(), other.id);
    await w.done;
    expect(codes(w.events)).toEqual(['NOT_FOUND']);
  });

  it('ends a subscription at the next event once the session is revoked', async () => {
    const engineer = await t.as('engineer');
    const w = watch(engineer.wsClient(), parkId);
    await settle();
    await touchEquipment();
    await expect.poll(() => w.events.length, { timeout: 5000 }).toBe(1);
    expect(w.events[0]!.data).toMatchObject({ equipmentChanged: { equipment: { id: equipmentId } } });

    await engineer.gqlOk('mutation { logoutEverywhere }');
    await touchEquipment();
    await w.done;
    expect(codes(w.events)).toEqual(['UNAUTHENTICATED']);
    expect(w.events[1]!.data ?? null).toBeNull();
  });

  it('re-checks the permission on every event: a role change takes effect at once', async () => {
    const role = await t.gqlOk<{ createRole: { id: string } }>(
      `mutation { createRole(input: { key: "ws_watcher", name: "设备观察员", nameEn: "Equipment watcher", audience: STAFF,
        permissions: ["asset.read", "equipment.read"] }) { id } }`,
    );
    const created = await t.gqlOk<{ createUser: { id: string } }>(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          kind: 'STAFF',
          login: 'ws.watcher',
          displayName: '观察员',
          parkIds: [parkId], // the demo park, where the watched equipment is
          roleIds: [role.createRole.id],
          password: 'Watcher-2026',
        },
      },
    );
    expect(created.createUser.id).toBeTruthy();
    const watcher = await t.as('ws.watcher', 'Watcher-2026');
    // A new user sets their own password before anything else.
    await watcher.gqlOk(
      'mutation { changePassword(currentPassword: "Watcher-2026", newPassword: "Watcher-own-2026") }',
    );
    const w = watch(watcher.wsClient(), parkId);
    await settle();
    await touchEquipment();
    await expect.poll(() => w.events.length, { timeout: 5000 }).toBe(1);

    await t.gqlOk(
      'mutation ($id: ID!) { updateRole(id: $id, input: { permissions: ["asset.read"] }) { id } }',
      {
        id: role.createRole.id,
      },
    );
    await touchEquipment();
    await w.done;
    expect(codes(w.events)).toEqual(['FORBIDDEN']);
  });

  it('refuses a WebSocket whose connection_init carries no credential', async () => {
    const w = watch(t.withAuthorization(undefined).wsClient(), parkId);
    await w.done;
    expect(w.events[0]?.errors?.[0]?.extensions?.detail).toMatch(/4403|Forbidden/);
  });
});
