import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAIRING_ATTEMPTS_PER_IP } from '../src/modules/auth/auth-services.js';
import { sha256 } from '../src/modules/auth/credentials.js';
import { createSite, unique } from './factories.js';
import type { GqlResult, TestApp } from './test-app.js';
import { startTestApp } from './test-app.js';

let t: TestApp;
/** The seeded demo park and one of its buildings. */
let demo: { parkId: string; buildingId: string; floorId: string };
beforeAll(async () => {
  t = await startTestApp();
  const data = await t.gqlOk<{
    parks: { nodes: { id: string; buildings: { id: string; floors: { id: string }[] }[] }[] };
  }>('{ parks(first: 1, filter: { search: "SZ-XH" }) { nodes { id buildings { id floors { id } } } } }');
  const park = data.parks.nodes[0]!;
  const building = park.buildings.find((b) => b.floors.length > 0)!;
  demo = { parkId: park.id, buildingId: building.id, floorId: building.floors[0]!.id };
});
afterAll(() => t.close());

const ext = (r: GqlResult) => r.errors?.[0]?.extensions;
const codeOf = (r: GqlResult) => ext(r)?.code;
const REVOKED = { code: 'UNAUTHENTICATED', domainCode: 'SESSION_REVOKED' };
const VIEWER = '{ viewer { kind id name permissions parks { id } kioskDevice { id state } } }';
const CREATE_KIOSK = `mutation ($input: CreateKioskDeviceInput!) {
  createKioskDevice(input: $input) { device { id state } pairingCode } }`;
const PAIR = 'mutation ($code: String!) { pairKioskDevice(input: { pairingCode: $code }) { credential } }';
const CREATE_KEY = `mutation ($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { token apiKey { id prefix scopes } } }`;

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

/** Issues a partner key for the demo park as hq.admin. */
async function insertKey(opts: { scopes?: string[]; rateLimitPerMinute?: number } = {}) {
  const data = await t.gqlOk<{ createApiKey: { token: string; apiKey: { id: string; prefix: string } } }>(
    CREATE_KEY,
    {
      input: {
        name: unique('监管-'),
        partner: '园区管委会',
        scopes: opts.scopes ?? ['supervisor:read'],
        parkIds: [demo.parkId],
        rateLimitPerMinute: opts.rateLimitPerMinute ?? 600,
      },
    },
  );
  const { token, apiKey } = data.createApiKey;
  return { id: apiKey.id, prefix: apiKey.prefix, token, session: t.withAuthorization(`ApiKey ${token}`) };
}

/** One operation over graphql-ws. */
function overWs(client: Client, query: string): Promise<GqlResult> {
  return new Promise((resolve, reject) => {
    let out: GqlResult = { status: 0 };
    client.subscribe(
      { query },
      {
        next: (r) => {
          out = { ...(r as Omit<GqlResult, 'status'>), status: 0 };
        },
        error: (e) => (Array.isArray(e) ? resolve({ status: 0, errors: e }) : reject(e)),
        complete: () => resolve(out),
      },
    );
  });
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
});

describe('partner API keys', () => {
  it('issues a key once: the token starts with its prefix, only its hash is stored', async () => {
    const manager = await t.as('park.manager');
    const data = await manager.gqlOk<{
      createApiKey: { token: string; apiKey: { id: string; prefix: string; scopes: string[] } };
    }>(CREATE_KEY, {
      input: { name: '道闸对接', partner: '捷顺科技', scopes: ['equipment:read'], parkIds: [demo.parkId] },
    });
    const { token, apiKey } = data.createApiKey;
    expect(token.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey.scopes).toEqual(['equipment:read']);
    const secret = token.slice('psk_'.length + 32 + 1); // psk_<key id hex>_<secret>; the secret may hold '_'
    const [row] = await t.sql<{ hash: Buffer; json: string }>(
      'select secret_hash as hash, row_to_json(k)::text as json from api_key k where id = $1',
      [apiKey.id],
    );
    expect(row!.hash.equals(sha256(secret))).toBe(true);
    expect(row!.json).not.toContain(secret);
    const viewer = await t
      .withAuthorization(`ApiKey ${token}`)
      .gqlOk<{ viewer: { kind: string } }>('{ viewer { kind } }');
    expect(viewer.viewer.kind).toBe('PARTNER');
  });

  it('reads its park as a PARTNER with the scope’s permissions, with ApiKey or Bearer', async () => {
    const key = await insertKey();
    for (const session of [key.session, t.withAuthorization(`Bearer ${key.token}`)]) {
      const { viewer } = await session.gqlOk<{ viewer: Record<string, unknown> }>(VIEWER);
      expect(viewer).toMatchObject({
        kind: 'PARTNER',
        id: key.id,
        permissions: ['asset.read', 'equipment.read', 'tenant.read'],
        parks: [{ id: demo.parkId }],
        kioskDevice: null,
      });
      const lists = await session.gqlOk<
        Record<string, { totalCount: number; nodes: { park: { id: string } }[] }>
      >(
        `{ tenantCompanies(first: 20) { totalCount nodes { park { id } } }
           units(first: 20) { totalCount nodes { park { id } } }
           equipmentLedger(first: 20) { totalCount nodes { park { id } } } }`,
      );
      for (const [name, list] of Object.entries(lists)) {
        expect(list.totalCount, name).toBeGreaterThan(0);
        expect(new Set(list.nodes.map((n) => n.park.id)), name).toEqual(new Set([demo.parkId]));
      }
    }
  });

  it('refuses writes, and reads outside the key’s scopes', async () => {
    const key = await insertKey();
    const { units } = await key.session.gqlOk<{ units: { nodes: { id: string; code: string }[] } }>(
      '{ units(first: 1) { nodes { id code } } }',
    );
    const unit = units.nodes[0]!;
    const writes: [string, Record<string, unknown>][] = [
      ['mutation ($id: ID!) { updateUnit(id: $id, input: { code: "HACKED" }) { id } }', { id: unit.id }],
      [
        'mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }',
        { input: { floorId: demo.floorId, code: 'P-1', type: 'OFFICE', grossArea: 10, usableArea: 8 } },
      ],
      ['mutation ($id: ID!) { revokeApiKey(id: $id) { id } }', { id: key.id }],
    ];
    for (const [query, variables] of writes)
      expect(codeOf(await key.session.gql(query, variables)), query).toBe('FORBIDDEN');
    expect(await t.sql('select code from unit where id = $1', [unit.id])).toEqual([{ code: unit.code }]);

    const equipment = await insertKey({ scopes: ['equipment:read'] });
    expect(codeOf(await equipment.session.gql('{ tenantCompanies(first: 1) { totalCount } }'))).toBe(
      'FORBIDDEN',
    );
    const ledger = await equipment.session.gqlOk<{ equipmentLedger: { totalCount: number } }>(
      '{ equipmentLedger(first: 1) { totalCount } }',
    );
    expect(ledger.equipmentLedger.totalCount).toBeGreaterThan(0);
  });

  it('validates new keys: known scopes, a future expiry, the issuer’s own parks', async () => {
    const other = await createSite(t);
    const base = {
      name: '停车数据',
      partner: '捷顺科技',
      scopes: ['supervisor:read'],
      parkIds: [demo.parkId],
    };
    const before = await t.sql('select count(*) from api_key');
    const unknownScope = await t.gql(CREATE_KEY, { input: { ...base, scopes: ['everything:write'] } });
    expect(ext(unknownScope)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scopes.0' });
    const past = await t.gql(CREATE_KEY, { input: { ...base, expiresAt: '2020-01-01T00:00:00Z' } });
    expect(ext(past)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresAt' });
    const manager = await t.as('park.manager');
    const unbound = await manager.gql(CREATE_KEY, { input: { ...base, parkIds: [other.park.id] } });
    expect(ext(unbound)).toMatchObject({ code: 'NOT_FOUND', field: 'input.parkIds' });
    const tenant = await t.as('tenant.admin');
    expect(codeOf(await tenant.gql(CREATE_KEY, { input: base }))).toBe('FORBIDDEN');
    expect(await t.sql('select count(*) from api_key')).toEqual(before);
  });

  it('refuses an expired or revoked key at once', async () => {
    const expired = await insertKey();
    await expired.session.gqlOk(VIEWER);
    await t.sql(`update api_key set expires_at = now() - interval '1 minute' where id = $1`, [expired.id]);
    expect(codeOf(await expired.session.gql(VIEWER))).toBe('UNAUTHENTICATED');

    const revoked = await insertKey();
    await revoked.session.gqlOk(VIEWER);
    const data = await t.gqlOk<{ revokeApiKey: { revokedAt: string | null } }>(
      'mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
      { id: revoked.id },
    );
    expect(data.revokeApiKey.revokedAt).not.toBeNull();
    expect(ext(await revoked.session.gql(VIEWER))).toMatchObject(REVOKED);
  });

  it('holds a key to its requests per minute', async () => {
    const key = await insertKey({ rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i += 1) await key.session.gqlOk('{ viewer { id } }');
    const limited = await key.session.gql('{ viewer { id } }');
    expect(ext(limited)).toMatchObject({ code: 'TOO_MANY_REQUESTS', domainCode: 'API_KEY_RATE_LIMITED' });
    const wait = ext(limited)?.retryAfterSeconds as number;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
  });

  it('records when a key was last used, and never lists its secret', async () => {
    const key = await insertKey();
    await key.session.gqlOk('{ viewer { id } }');
    // Written after the request, outside its transaction.
    const lastUsed = async () => (await t.sql('select last_used_at from api_key where id = $1', [key.id]))[0];
    await expect.poll(async () => (await lastUsed())?.last_used_at, { timeout: 2000 }).toBeInstanceOf(Date);
    const { apiKeys } = await t.gqlOk<{
      apiKeys: { id: string; prefix: string; lastUsedAt: string | null }[];
    }>('{ apiKeys { id prefix lastUsedAt name partner scopes parkIds createdAt } }');
    const listed = apiKeys.find((k) => k.id === key.id)!;
    expect(key.token.startsWith(listed.prefix)).toBe(true);
    expect(listed.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(apiKeys)).not.toContain(key.token.slice('psk_'.length + 32 + 1));
    expect(codeOf(await t.gql('{ apiKeys { token } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('sees nothing of another park', async () => {
    const other = await createSite(t);
    const key = await insertKey();
    const data = await key.session.gqlOk<Record<string, { totalCount: number }>>(
      `query ($p: ID!) {
        buildings(filter: { parkId: $p }) { totalCount }
        tenantCompanies(filter: { parkId: $p }) { totalCount }
        units(filter: { parkId: $p }) { totalCount } }`,
      { p: other.park.id },
    );
    expect(data).toEqual({
      buildings: { totalCount: 0 },
      tenantCompanies: { totalCount: 0 },
      units: { totalCount: 0 },
    });
    for (const [query, id] of [
      ['query ($id: ID!) { building(id: $id) { id } }', other.building.id],
      ['query ($id: ID!) { tenantCompany(id: $id) { id } }', other.tenant.id],
      ['query ($id: ID!) { park(id: $id) { id } }', other.park.id],
    ] as const) {
      const res = await key.session.gql(query, { id });
      expect(codeOf(res), query).toBe('NOT_FOUND');
    }
    // The same ids are there for HQ: the key is what hides them.
    const hq = await t.gqlOk('query ($id: ID!) { building(id: $id) { id } }', { id: other.building.id });
    expect(hq).toEqual({ building: { id: other.building.id } });
  });
});
