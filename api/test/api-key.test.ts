import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../src/modules/auth/credentials.js';
import { createSite, demoSite, unique } from './factories.js';
import type { GqlResult, TestApp } from './test-app.js';
import { startTestApp } from './test-app.js';

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
const CREATE_KEY = `mutation ($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { token apiKey { id prefix scopes } } }`;

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
