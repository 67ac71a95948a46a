import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAIRING_ATTEMPTS_PER_IP } from '../src/modules/auth/auth-services.js';
import { sha256 } from '../src/modules/auth/credentials.js';
import { demoSite, unique } from './factories.js';
import type { GqlResult, TestApp } from './test-app.js';
import { startTestApp } from './test-app.js';
import { overWs } from './ws.js';

let t: TestApp;
/** The seeded demo park and one of its buildings. */
let demo: { parkId: string; buildingId: string; floorId: string };
beforeAll(async () => {
  t = await startTestApp();
  demo = await demoSite(t);
});
afterAll(() => t.close());

const ext = (r: Pick<GqlResult, 'errors'>) => r.errors?.[0]?.extensions;
const codeOf = (r: Pick<GqlResult, 'errors'>) => ext(r)?.code;
const REVOKED = { code: 'UNAUTHENTICATED', domainCode: 'SESSION_REVOKED' };
const VIEWER = '{ viewer { kind id name permissions parks { id } kioskDevice { id state } } }';
const CREATE_KIOSK = `mutation ($input: CreateKioskDeviceInput!) {
  createKioskDevice(input: $input) { device { id state } pairingCode } }`;
const PAIR = 'mutation ($code: String!) { pairKioskDevice(input: { pairingCode: $code }) { credential } }';

/** Registers a kiosk as hq.admin and pairs it from an anonymous session, as a lobby screen does. */
async function insertKiosk() {
  const name = unique('大堂机-');
  const created = await t.gqlOk<{
    createKioskDevice: { device: { id: string; state: string }; pairingCode: string };
  }>(CREATE_KIOSK, {
    input: { parkId: demo.parkId, buildingId: demo.buildingId, name, location: 'A1 栋一楼大堂' },
  });
  const { device, pairingCode } = created.createKioskDevice;
  const paired = await t
    .withAuthorization(undefined)
    .gqlOk<{ pairKioskDevice: { credential: string } }>(PAIR, {
      code: pairingCode,
    });
  const credential = paired.pairKioskDevice.credential;
  return {
    id: device.id,
    name,
    pairingCode,
    credential,
    session: t.withAuthorization(`Device ${credential}`),
  };
}

describe('kiosk devices', () => {
  it('pairs once with the code from the console; only hashes are stored', async () => {
    const created = await t.gqlOk<{
      createKioskDevice: { device: { id: string; state: string }; pairingCode: string };
    }>(CREATE_KIOSK, {
      input: { parkId: demo.parkId, buildingId: demo.buildingId, name: unique('大堂机-') },
    });
    const { device, pairingCode } = created.createKioskDevice;
    expect(device.state).toBe('PENDING');
    expect(pairingCode).toMatch(/^\d{8}$/);
    const anonymous = t.withAuthorization(undefined);
    const paired = await anonymous.gqlOk<{
      pairKioskDevice: { credential: string; device: Record<string, unknown> };
    }>(
      'mutation ($code: String!) { pairKioskDevice(input: { pairingCode: $code }) { credential device { id state park { id } } } }',
      { code: pairingCode },
    );
    // The payload already reads as the kiosk: its park is in reach.
    expect(paired.pairKioskDevice.device).toEqual({
      id: device.id,
      state: 'ACTIVE',
      park: { id: demo.parkId },
    });
    const credential = paired.pairKioskDevice.credential;
    expect(credential.startsWith(`${device.id}.`)).toBe(true);
    const again = await anonymous.gql(PAIR, { code: pairingCode });
    expect(ext(again)).toMatchObject({ code: 'NOT_FOUND', field: 'input.pairingCode' });
    const [row] = await t.sql<{ cred: Buffer; code: Buffer | null; json: string }>(
      'select credential_hash as cred, pairing_code_hash as code, row_to_json(k)::text as json from kiosk_device k where id = $1',
      [device.id],
    );
    expect(row!.cred.equals(sha256(credential.slice(device.id.length + 1)))).toBe(true);
    expect(row!.code).toBeNull();
    expect(row!.json).not.toContain(credential.slice(device.id.length + 1));
  });

  it('lets a paired kiosk read its viewer over HTTP and WebSocket, and refuses a tampered credential', async () => {
    const kiosk = await insertKiosk();
    const { viewer } = await kiosk.session.gqlOk<{ viewer: Record<string, unknown> }>(VIEWER);
    expect(viewer).toEqual({
      kind: 'DEVICE',
      id: kiosk.id,
      name: kiosk.name,
      permissions: [],
      parks: [{ id: demo.parkId }],
      kioskDevice: { id: kiosk.id, state: 'ACTIVE' },
    });
    const ws = await overWs(kiosk.session.wsClient(), '{ viewer { kind kioskDevice { id } } }');
    expect(ws.data).toEqual({ viewer: { kind: 'DEVICE', kioskDevice: { id: kiosk.id } } });

    const last = kiosk.credential.at(-1) === 'A' ? 'B' : 'A';
    const tampered = await t.withAuthorization(`Device ${kiosk.credential.slice(0, -1)}${last}`).gql(VIEWER);
    expect(codeOf(tampered)).toBe('UNAUTHENTICATED');
    expect(tampered.data).toBeNull();
  });

  it('refuses staff operations to a kiosk and kiosk registration to a tenant admin, writing nothing', async () => {
    const { session } = await insertKiosk();
    const counts = 'select (select count(*) from unit) units, (select count(*) from kiosk_device) kiosks';
    const before = await t.sql(counts);
    const operations: [string, Record<string, unknown>?][] = [
      ['{ units(first: 1) { totalCount } }'],
      ['{ tenantCompanies(first: 1) { totalCount } }'],
      ['{ equipmentLedger(first: 1) { totalCount } }'],
      ['{ users(first: 1) { totalCount } }'],
      ['{ apiKeys { id } }'],
      ['query ($p: ID!) { kioskDevices(parkId: $p) { id } }', { p: demo.parkId }],
      [
        'mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }',
        { input: { floorId: demo.floorId, code: 'K-1', type: 'OFFICE', grossArea: 10, usableArea: 8 } },
      ],
      [CREATE_KIOSK, { input: { parkId: demo.parkId, name: 'rogue' } }],
    ];
    for (const [query, variables] of operations) {
      const res = await session.gql(query, variables);
      expect(codeOf(res), query).toBe('FORBIDDEN');
      expect(res.data, query).toBeNull();
    }
    const tenant = await t.as('tenant.admin');
    const res = await tenant.gql(CREATE_KIOSK, { input: { parkId: demo.parkId, name: 'tenant kiosk' } });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(await t.sql(counts)).toEqual(before);
  });

  it('answers a wrong code with NOT_FOUND and limits pairing attempts per address', async () => {
    const guesser = t.withAuthorization(undefined);
    for (let i = 0; i < PAIRING_ATTEMPTS_PER_IP; i += 1) {
      const res = await guesser.gql(PAIR, { code: String(10_000_000 + i) });
      expect(ext(res)).toMatchObject({ code: 'NOT_FOUND', field: 'input.pairingCode' });
    }
    const limited = await guesser.gql(PAIR, { code: '00000000' });
    expect(codeOf(limited)).toBe('TOO_MANY_REQUESTS');
    const wait = ext(limited)?.retryAfterSeconds as number;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(600);
    // Another address still gets an answer: the budget is per address.
    expect(codeOf(await t.withAuthorization(undefined).gql(PAIR, { code: '00000000' }))).toBe('NOT_FOUND');
  });

  it('stops a revoked kiosk at once, on open WebSockets too', async () => {
    const kiosk = await insertKiosk();
    const client = kiosk.session.wsClient();
    expect((await overWs(client, '{ viewer { kind } }')).data).toEqual({ viewer: { kind: 'DEVICE' } });
    const revoked = await t.gqlOk<{ revokeKioskDevice: { state: string } }>(
      'mutation ($id: ID!) { revokeKioskDevice(id: $id) { state } }',
      { id: kiosk.id },
    );
    expect(revoked.revokeKioskDevice.state).toBe('REVOKED');
    expect(ext(await kiosk.session.gql(VIEWER))).toMatchObject(REVOKED);
    expect(ext(await overWs(client, '{ viewer { kind } }'))).toMatchObject(REVOKED);
  });

  it('renews the pairing code: the old credential stops, and only a hash of the code is stored', async () => {
    const kiosk = await insertKiosk();
    const data = await t.gqlOk<{ renewKioskPairingCode: { pairingCode: string; device: { state: string } } }>(
      'mutation ($id: ID!) { renewKioskPairingCode(id: $id) { pairingCode device { state } } }',
      { id: kiosk.id },
    );
    const { pairingCode, device } = data.renewKioskPairingCode;
    expect(pairingCode).toMatch(/^\d{8}$/);
    expect(device.state).toBe('PENDING');
    expect(codeOf(await kiosk.session.gql(VIEWER))).toBe('UNAUTHENTICATED');

    const [row] = await t.sql<{ code: Buffer; cred: Buffer | null; json: string }>(
      `select pairing_code_hash as code, credential_hash as cred, row_to_json(k)::text as json
       from kiosk_device k where id = $1`,
      [kiosk.id],
    );
    expect(row!.code).toHaveLength(32);
    expect(row!.code.equals(sha256(pairingCode))).toBe(true);
    expect(row!.cred).toBeNull();
    expect(row!.json).not.toContain(pairingCode);
  });

  it('refuses a pairing code once its 15 minutes are over; a renewed code pairs', async () => {
    const created = await t.gqlOk<{ createKioskDevice: { device: { id: string }; pairingCode: string } }>(
      CREATE_KIOSK,
      {
        input: {
          parkId: demo.parkId,
          buildingId: demo.buildingId,
          name: unique('大堂机-'),
          location: '大堂',
        },
      },
    );
    const { device, pairingCode } = created.createKioskDevice;
    const [{ minutes }] = (await t.sql<{ minutes: number }>(
      'select round(extract(epoch from pairing_expires_at - now()) / 60)::int minutes from kiosk_device where id = $1',
      [device.id],
    )) as [{ minutes: number }];
    expect(minutes).toBe(15);
    // Fifteen minutes pass: the expiry, kept in the row, is wound back by as much.
    await t.sql(
      `update kiosk_device set pairing_expires_at = pairing_expires_at - interval '15 minutes' where id = $1`,
      [device.id],
    );
    const late = await t.withAuthorization(undefined).gql(PAIR, { code: pairingCode });
    expect(ext(late)).toMatchObject({ code: 'NOT_FOUND', field: 'input.pairingCode' });
    const [row] = await t.sql('select credential_hash, paired_at from kiosk_device where id = $1', [
      device.id,
    ]);
    expect(row).toEqual({ credential_hash: null, paired_at: null });

    const renewed = await t.gqlOk<{ renewKioskPairingCode: { pairingCode: string } }>(
      'mutation ($id: ID!) { renewKioskPairingCode(id: $id) { pairingCode } }',
      { id: device.id },
    );
    const paired = await t
      .withAuthorization(undefined)
      .gqlOk<{ pairKioskDevice: { credential: string } }>(PAIR, {
        code: renewed.renewKioskPairingCode.pairingCode,
      });
    const viewer = await t
      .withAuthorization(`Device ${paired.pairKioskDevice.credential}`)
      .gqlOk<{ viewer: { kind: string } }>('{ viewer { kind } }');
    expect(viewer.viewer.kind).toBe('DEVICE');
  });
});
